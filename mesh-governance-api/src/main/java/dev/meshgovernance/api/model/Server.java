package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.Map;
import java.util.Objects;

/**
 * A server of a contract (ODCS {@code servers[]}).
 *
 * @param name the {@code server} identifier
 * @param type e.g. {@code postgres}, {@code snowflake}
 * @param environment e.g. {@code prod}; {@code ""} when not given
 * @param schema the namespace that holds its tables: {@code schema}, or where the server type keeps
 *     it elsewhere, MySQL's (ClickHouse's, Hive's, …) {@code database}, BigQuery's {@code dataset};
 *     {@code ""} when not given
 * @param customProperties ODCS {@code customProperties} as property → value
 * @param origin where it was read
 */
public record Server(
    String name, String type, String environment, String schema, Map<String, Object> customProperties, Origin origin) {
  public Server {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(schema, "schema");
    customProperties = Map.copyOf(customProperties);
    Objects.requireNonNull(origin, "origin");
  }
}
