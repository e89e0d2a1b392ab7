package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of a dataset: an ODCS {@code properties[]} entry, nested ones included (their paths join
 * the names with {@code .}, e.g. {@code contract:c/orders/address.street}).
 *
 * @param path subject path
 * @param name field name
 * @param logicalType ODCS logicalType, {@code ""} when not given
 * @param physicalType ODCS physicalType, {@code ""} when not given
 * @param description description, {@code ""} when not given
 * @param classification e.g. {@code restricted}; {@code ""} when not given
 * @param tags tags as written
 * @param customProperties ODCS customProperties as property → value (String, Number, Boolean, List or Map)
 * @param encryptedName name of the encrypted twin column, {@code ""} when not given
 * @param required whether a value is required
 * @param unique whether values are unique
 * @param primaryKey whether it is part of the primary key
 * @param transformSourceObjects declared lineage: the source objects
 * @param transformLogic declared lineage: the logic (often SQL), {@code ""} when not given
 * @param logicalTypeOptions ODCS logicalTypeOptions (maxLength, minimum, format…) as plain Java values
 * @param validValues the values allowed by an {@code invalidValues}/{@code validValues} quality rule
 *     ({@code arguments.validValues}), the contract's enumeration; empty when none
 * @param fields nested fields
 * @param origin where it was read
 */
public record Field(
    String path,
    String name,
    String logicalType,
    String physicalType,
    String description,
    String classification,
    List<String> tags,
    Map<String, Object> customProperties,
    String encryptedName,
    boolean required,
    boolean unique,
    boolean primaryKey,
    List<String> transformSourceObjects,
    String transformLogic,
    Map<String, Object> logicalTypeOptions,
    List<String> validValues,
    List<Field> fields,
    Origin origin) implements Subject {

  public Field {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logicalType, "logicalType");
    Objects.requireNonNull(physicalType, "physicalType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(classification, "classification");
    tags = List.copyOf(tags);
    customProperties = Map.copyOf(customProperties);
    Objects.requireNonNull(encryptedName, "encryptedName");
    transformSourceObjects = List.copyOf(transformSourceObjects);
    Objects.requireNonNull(transformLogic, "transformLogic");
    logicalTypeOptions = Map.copyOf(logicalTypeOptions);
    validValues = List.copyOf(validValues);
    fields = List.copyOf(fields);
    Objects.requireNonNull(origin, "origin");
  }

  /** The custom property of that name. */
  public Optional<Object> customProperty(String property) {
    return Optional.ofNullable(customProperties.get(property));
  }
}
