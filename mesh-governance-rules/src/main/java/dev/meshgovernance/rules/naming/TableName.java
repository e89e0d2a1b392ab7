package dev.meshgovernance.rules.naming;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.rules.internal.TableReach;
import dev.meshgovernance.rules.internal.Tables;
import dev.meshgovernance.rules.internal.UpperCaseNames;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code naming.table-name}: physical names are {@code schema.table_v<major>} in snake_case. */
public final class TableName implements Rule<Dataset> {

  static final RuleOption<Pattern> PATTERN = RuleOption.regex("pattern",
      "^[a-z][a-z0-9]*(_[a-z0-9]+)*\\.[a-z][a-z0-9]*(_[a-z0-9]+)*_v[0-9]+$",
      "Regular expression every physicalName must match; the default is snake_case schema.table_v<major>.");

  private static final RuleInfo INFO = RuleInfo.builder("naming.table-name", Dataset.class)
      .title("Physical table names are schema.table_v<major> in snake_case")
      .description("Every dataset of a contract has a `physicalName` that matches the configured pattern: by "
          + "default `schema.table` in snake_case, ending with the major version, e.g. `sales.orders_v1`. A physicalName without a schema is judged "
          + "qualified by its contract's server schema (`orders_v1` on a server with schema `sales` is "
          + "`sales.orders_v1`), as tables are matched to SQL. On engines that fold unquoted names to "
          + "upper case (`upperCaseServerTypes`: Snowflake, Oracle, Db2) an all-upper-case name such as "
          + "`SALES.ORDERS_V1` is judged in lower case. "
          + TableReach.SENTENCE)
      .rationale("A schema-qualified, versioned name says who owns a table and which contract version it "
          + "serves, so a breaking change ships as a new table next to the old one instead of under it.")
      .hint("Rename the table, e.g. OrderLines -> sales.order_lines_v1.")
      .option(PATTERN)
      .option(UpperCaseNames.SERVER_TYPES)
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
    if (!TableReach.judges(dataset, contract, context)) {
      return;
    }
    if (dataset.physicalName().isBlank()) {
      context.report("no-physical-name", "dataset '" + dataset.name() + "' declares no physicalName");
      return;
    }
    Pattern pattern = context.option(PATTERN);
    String name = dataset.physicalName();
    String qualified = name.contains(".") ? name
        : contract.flatMap(c -> Tables.schema(dataset, c)).map(schema -> schema + "." + name).orElse(name);
    if (!pattern.matcher(UpperCaseNames.judged(qualified, contract, context)).matches()) {
      String as = qualified.equals(name) ? "" : " (qualified by its server's schema: '" + qualified + "')";
      context.report("pattern-mismatch",
          "physicalName '" + name + "'" + as + " of dataset '" + dataset.name() + "' does not match " + pattern);
    }
  }
}
