package dev.meshgovernance.rules.naming;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.rules.internal.FieldTree;
import dev.meshgovernance.rules.internal.TableReach;
import dev.meshgovernance.rules.internal.UpperCaseNames;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code naming.column-name}: column names follow the naming convention. */
public final class ColumnName implements Rule<Field> {

  static final RuleOption<Pattern> PATTERN = RuleOption.regex("pattern", "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
      "Regular expression every field name must match; the default is snake_case.");
  static final RuleOption<Integer> MAX_LENGTH = RuleOption.integer("maxLength", 63,
      "Longest allowed name; 63 is PostgreSQL's identifier limit.");
  static final RuleOption<Boolean> NESTED = RuleOption.bool("nested", false,
      "Also judge nested fields (the properties of an object or array column); off by default, since nested "
          + "fields are usually JSON or struct payloads that follow their producer's convention.");

  private static final RuleInfo INFO = RuleInfo.builder("naming.column-name", Field.class)
      .title("Column names follow the naming convention")
      .description("Every column of a table has a name that matches the configured pattern (snake_case by "
          + "default) and is not longer than the configured maximum. Columns are the top-level fields of a "
          + "dataset (nested ones too with `nested: true`). On engines that fold unquoted names to upper case "
          + "(`upperCaseServerTypes`: Snowflake, Oracle, Db2) an all-upper-case name is judged in lower case, so "
          + "CUSTOMER_ID passes and CustomerId does not. " + TableReach.SENTENCE)
      .rationale("Consistent column names across domains let consumers join products without guessing, and "
          + "keep names valid identifiers on every engine the mesh runs on.")
      .hint("Rename the field, e.g. customerEmail -> customer_email.")
      .option(PATTERN)
      .option(MAX_LENGTH)
      .option(NESTED)
      .option(UpperCaseNames.SERVER_TYPES)
      .option(TableReach.PHYSICAL_TYPES)
      .option(TableReach.SERVER_TYPES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Optional<Dataset> dataset = context.mesh().datasetOf(field);
    Optional<DataContract> contract = context.mesh().contractOf(field);
    if (dataset.isPresent() && (!TableReach.judges(dataset.get(), contract, context)
        || !context.option(NESTED) && !FieldTree.isTopLevel(field, dataset.get()))) {
      return;
    }
    String name = field.name();
    String judged = UpperCaseNames.judged(name, contract, context);
    Pattern pattern = context.option(PATTERN);
    if (!pattern.matcher(judged).matches()) {
      context.report("pattern-mismatch", "field name '" + name + "' does not match " + pattern);
    }
    int maxLength = context.option(MAX_LENGTH);
    if (name.length() > maxLength) {
      context.report("too-long", "field name '" + name + "' is " + name.length()
          + " characters long, more than " + maxLength);
    }
  }
}
