package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Server;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Not API. Which datasets are tables, for the rules that judge tables and their columns: a dataset
 * whose ODCS {@code physicalType} is one of {@link #PHYSICAL_TYPES}; one that declares none, when
 * its contract declares no server or one of {@link #SERVER_TYPES} (or a server without a type). A
 * Kafka topic, an API payload or a file in an object store is not judged by table conventions.
 */
public final class TableReach {

  /** The physical types that are tables. */
  public static final RuleOption<List<String>> PHYSICAL_TYPES = RuleOption.strings("physicalTypes",
      List.of("table", "view", "materialized view", "materialized_view"),
      "Dataset physicalTypes the rule judges (case-insensitive); a dataset of another physicalType "
          + "(topic, file, object, …) is not judged.");

  /** The server types whose datasets are tables. */
  public static final RuleOption<List<String>> SERVER_TYPES = RuleOption.strings("serverTypes",
      List.of("athena", "bigquery", "clickhouse", "cloudsql", "custom", "databricks", "db2", "denodo", "dremio",
          "duckdb", "glue", "hive", "impala", "informix", "mysql", "oracle", "postgres", "postgresql", "presto",
          "redshift", "snowflake", "sqlserver", "synapse", "trino", "vertica", "zen"),
      "Server types whose datasets the rule judges when a dataset declares no physicalType: it is judged "
          + "when its contract declares no server, or a server of one of these types; datasets whose "
          + "servers are all of other types (kafka, kinesis, pubsub, api, s3, azure, sftp, local) are not.");

  /** The reach, as the rules' descriptions say it. */
  public static final String SENTENCE = "Reach: tables only — a dataset whose `physicalType` is one of "
      + "`physicalTypes` (table, view, materialized view), or that declares no physicalType and whose contract "
      + "has no server or a server of one of `serverTypes` (the relational and lakehouse engines). Kafka "
      + "topics, API payloads and object-store files are not judged by table conventions.";

  private TableReach() {}

  /** True when the rule's options make {@code dataset} a table it judges. */
  public static boolean judges(Dataset dataset, Optional<DataContract> contract, RuleContext context) {
    if (!dataset.physicalType().isBlank()) {
      return containsIgnoreCase(context.option(PHYSICAL_TYPES), dataset.physicalType());
    }
    List<Server> servers = contract.map(DataContract::servers).orElse(List.of());
    List<String> serverTypes = context.option(SERVER_TYPES);
    return servers.isEmpty()
        || servers.stream().anyMatch(s -> s.type().isBlank() || containsIgnoreCase(serverTypes, s.type()));
  }

  /** True when {@code values} holds {@code value}, ignoring case and surrounding blanks. */
  public static boolean containsIgnoreCase(List<String> values, String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }
}
