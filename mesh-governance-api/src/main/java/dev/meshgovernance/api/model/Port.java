package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * An input or output port of a data product.
 *
 * @param path subject path, {@code product:<product id>/outputPort:<name>}; when the product has two
 *     ports of this direction and name (versions of a port, as ODPS allows), {@code …:<name>@<version>}
 * @param productId id of the product holding it
 * @param direction input or output
 * @param name port name
 * @param version port version as written, {@code ""} when not given
 * @param contractId the ODPS {@code contractId} linking it to a contract, {@code ""} when none
 * @param description description, {@code ""} when not given
 * @param origin where it was read
 */
public record Port(
    String path,
    String productId,
    PortDirection direction,
    String name,
    String version,
    String contractId,
    String description,
    Origin origin) implements Subject {

  public Port {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(origin, "origin");
  }

  /** The contract id, if the port names one. */
  public Optional<String> contract() {
    return contractId.isEmpty() ? Optional.empty() : Optional.of(contractId);
  }
}
