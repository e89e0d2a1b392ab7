package dev.meshgovernance.rules.naming;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.rules.internal.TableReach;
import dev.meshgovernance.rules.internal.Tables;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code naming.schema-matches-domain}: a domain's tables live in the domain's schema. */
public final class SchemaMatchesDomain implements Rule<Dataset> {

  static final RuleOption<Map<String, String>> SCHEMAS = RuleOption.mapping("schemas", Map.of(),
      "Domain -> schema, for domains whose schema is not their name in snake_case.");

  private static final RuleInfo INFO = RuleInfo.builder("naming.schema-matches-domain", Dataset.class)
      .title("Tables live in their domain's schema")
      .description("The schema of a dataset (the part of its `physicalName` before the table, else its "
          + "contract's server schema) equals the contract's `domain` in snake_case, or the schema the "
          + "`schemas` option maps the domain to. Contracts without a domain are not judged. A server's "
          + "schema is where its type keeps it: `schema` (PostgreSQL, Snowflake, Databricks, Trino, …), "
          + "`database` for MySQL, ClickHouse, Hive, Impala, Glue and Denodo, `dataset` for BigQuery. "
          + TableReach.SENTENCE)
      .rationale("One schema per domain makes ownership visible in every query and lets the platform grant "
          + "access per domain.")
      .hint("Move the table to the domain's schema, or map the domain to its schema with the `schemas` option.")
      .option(SCHEMAS)
      .option(TableReach.PHYSICAL_TYPES)
      .option(TableReach.SERVER_TYPES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dataset dataset, RuleContext context) {
    Optional<DataContract> contract = context.mesh().contractOf(dataset);
    if (contract.isEmpty() || contract.get().domain().isBlank()
        || !TableReach.judges(dataset, contract, context)) {
      return;
    }
    String domain = contract.get().domain();
    String expected = context.option(SCHEMAS).getOrDefault(domain, snakeCase(domain));
    Optional<String> schema = Tables.schema(dataset, contract.get());
    if (schema.isEmpty()) {
      context.report("no-schema", "dataset '" + dataset.name() + "' has no schema (physicalName '"
          + dataset.physicalName() + "', and no server declares a schema); domain '" + domain + "' expects '" + expected + "'");
    } else if (!schema.get().equalsIgnoreCase(expected)) {
      context.report("schema-mismatch", "dataset '" + dataset.name() + "' is in schema '" + schema.get()
          + "' but its domain '" + domain + "' expects schema '" + expected + "'");
    }
  }

  private static String snakeCase(String domain) {
    return domain.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }
}
