package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data product, read from an ODPS product or a DPDS descriptor.
 *
 * @param path subject path, {@code product:<id>}
 * @param id ODPS {@code id}, or DPDS {@code info.fullyQualifiedName}
 * @param name name, {@code ""} when not given
 * @param standard the standard it was read from
 * @param apiVersion the standard version the document declares
 * @param version product version as written
 * @param status e.g. {@code active}, {@code deprecated}; {@code ""} when not given
 * @param domain domain, {@code ""} when not given
 * @param description the description's purpose (or the whole text), {@code ""} when not given
 * @param team owning team (DPDS: the owner as a member with role {@code owner})
 * @param support support channels
 * @param tags tags as written
 * @param customProperties ODPS customProperties as property → value
 * @param inputPorts ports it consumes from
 * @param outputPorts ports it publishes
 * @param directory the workspace-relative directory of its descriptor ({@code ""} for the root)
 * @param origin where it was read (the document)
 */
public record DataProduct(
    String path,
    String id,
    String name,
    Standard standard,
    String apiVersion,
    String version,
    String status,
    String domain,
    String description,
    Team team,
    List<SupportChannel> support,
    List<String> tags,
    Map<String, Object> customProperties,
    List<Port> inputPorts,
    List<Port> outputPorts,
    String directory,
    Origin origin) implements MetadataDocument {

  public DataProduct {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(team, "team");
    support = List.copyOf(support);
    tags = List.copyOf(tags);
    customProperties = Map.copyOf(customProperties);
    inputPorts = List.copyOf(inputPorts);
    outputPorts = List.copyOf(outputPorts);
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(origin, "origin");
  }

  /** The path of product {@code id}. */
  public static String pathOf(String id) {
    return SubjectPath.product(id).toString();
  }
}
