package dev.meshgovernance.core.read.odcs;

import dev.meshgovernance.core.read.tree.Element;
import java.util.Locale;
import java.util.Map;

/**
 * Where each ODCS server type keeps the namespace that holds its tables (what the model calls the
 * server's schema). The ODCS JSON Schema defines one object per server type: most relational types
 * have a {@code schema}; MySQL, ClickHouse, Hive, Impala, Glue and Denodo have only a
 * {@code database}, which is their schema ({@code database.table}); BigQuery a {@code dataset}
 * ({@code project.dataset.table}). A server that declares {@code schema} is read by it, whatever its
 * type. Types without such a namespace (Oracle's {@code serviceName}, object stores, streams, APIs)
 * have none.
 */
final class ServerSchemas {

  /** The key of the schema for the types that keep it elsewhere than under {@code schema}. */
  private static final Map<String, String> KEYS = Map.of(
      "mysql", "database",
      "clickhouse", "database",
      "hive", "database",
      "impala", "database",
      "glue", "database",
      "denodo", "database",
      "bigquery", "dataset");

  private ServerSchemas() {}

  /** The schema a server declares, {@code ""} when it declares none. */
  static String of(Element server) {
    String schema = server.text("schema");
    if (!schema.isBlank()) {
      return schema;
    }
    String key = KEYS.get(server.text("type").strip().toLowerCase(Locale.ROOT));
    return key == null ? "" : server.text(key);
  }

  /**
   * The database (catalog, project) a server declares around its schema, {@code ""} when none:
   * BigQuery's {@code project}; else, when the schema is read from {@code schema}, the server's
   * {@code database} or (Databricks) {@code catalog}. Where the database is the schema (MySQL…) there is none.
   */
  static String databaseOf(Element server) {
    String type = server.text("type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("bigquery")) {
      return server.text("project");
    }
    if (server.text("schema").isBlank()) {
      return "";
    }
    String database = server.text("database");
    return database.isBlank() ? server.text("catalog") : database;
  }
}
