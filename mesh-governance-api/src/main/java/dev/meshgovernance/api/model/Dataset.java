package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset of a contract: an ODCS {@code schema[]} object (a table, a view, a topic…).
 *
 * @param path subject path, {@code contract:<contract id>/<name>}
 * @param contractId id of the contract holding it
 * @param name logical name
 * @param physicalName physical name, e.g. {@code sales.orders_v1}; {@code ""} when not given
 * @param physicalType e.g. {@code table}; {@code ""} when not given
 * @param description description, {@code ""} when not given
 * @param tags tags as written
 * @param customProperties ODCS customProperties as property → value
 * @param fields top-level fields
 * @param origin where it was read
 */
public record Dataset(
    String path,
    String contractId,
    String name,
    String physicalName,
    String physicalType,
    String description,
    List<String> tags,
    Map<String, Object> customProperties,
    List<Field> fields,
    Origin origin) implements Subject {

  public Dataset {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(physicalName, "physicalName");
    Objects.requireNonNull(physicalType, "physicalType");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    customProperties = Map.copyOf(customProperties);
    fields = List.copyOf(fields);
    Objects.requireNonNull(origin, "origin");
  }

  /** Every field, nested ones included, parents before their children. */
  public List<Field> allFields() {
    List<Field> all = new ArrayList<>();
    addAll(fields, all);
    return all;
  }

  private static void addAll(List<Field> fields, List<Field> into) {
    for (Field field : fields) {
      into.add(field);
      addAll(field.fields(), into);
    }
  }

  /** The top-level field of that name (case-insensitive, as SQL compares column names). */
  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
  }
}
