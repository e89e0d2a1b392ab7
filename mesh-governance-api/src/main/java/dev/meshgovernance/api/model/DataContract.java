package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data contract (ODCS v3).
 *
 * @param path subject path, {@code contract:<id>}
 * @param id contract id
 * @param name name, {@code ""} when not given
 * @param version contract version as written
 * @param apiVersion the ODCS version the document declares, e.g. {@code v3.1.0}
 * @param status e.g. {@code active}, {@code deprecated}
 * @param domain domain, {@code ""} when not given
 * @param dataProduct the {@code dataProduct} name it declares, {@code ""} when not given
 * @param description the description's purpose (or the whole text), {@code ""} when not given
 * @param team owning team
 * @param support support channels
 * @param tags tags as written
 * @param customProperties ODCS customProperties as property → value
 * @param datasets schema objects
 * @param servers servers
 * @param slaProperties SLA properties
 * @param origin where it was read (the document)
 */
public record DataContract(
    String path,
    String id,
    String name,
    String version,
    String apiVersion,
    String status,
    String domain,
    String dataProduct,
    String description,
    Team team,
    List<SupportChannel> support,
    List<String> tags,
    Map<String, Object> customProperties,
    List<Dataset> datasets,
    List<Server> servers,
    List<SlaProperty> slaProperties,
    Origin origin) implements MetadataDocument {

  public DataContract {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(dataProduct, "dataProduct");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(team, "team");
    support = List.copyOf(support);
    tags = List.copyOf(tags);
    customProperties = Map.copyOf(customProperties);
    datasets = List.copyOf(datasets);
    servers = List.copyOf(servers);
    slaProperties = List.copyOf(slaProperties);
    Objects.requireNonNull(origin, "origin");
  }

  /** The path of contract {@code id}. */
  public static String pathOf(String id) {
    return SubjectPath.contract(id).toString();
  }
}
