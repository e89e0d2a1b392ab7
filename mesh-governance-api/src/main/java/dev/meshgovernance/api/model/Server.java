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
 * @param database the database (catalog, project) that holds {@code schema} where the server declares
 *     one apart from its schema (Postgres' or Snowflake's {@code database}, Databricks' {@code catalog},
 *     BigQuery's {@code project}); {@code ""} otherwise
 * @param customProperties ODCS {@code customProperties} as property → value
 * @param origin where it was read
 */
public record Server(String name, String type, String environment, String schema, String database,
    Map<String, Object> customProperties, Origin origin) {
  public Server {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(schema, "schema");
    customProperties = Map.copyOf(customProperties);
    Objects.requireNonNull(origin, "origin");
  }

  /** A server that declares no database apart from its schema. */
  public Server(String name, String type, String environment, String schema, Map<String, Object> customProperties,
      Origin origin) {
    this(name, type, environment, schema, "", customProperties, origin);
  }
}
