package dev.meshgovernance.rules.naming;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.Field;
import java.util.regex.Pattern;

/** {@code naming.column-name}: field names follow the naming convention. */
public final class ColumnName implements Rule<Field> {

  static final RuleOption<Pattern> PATTERN = RuleOption.regex("pattern", "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
      "Regular expression every field name must match; the default is snake_case.");
  static final RuleOption<Integer> MAX_LENGTH = RuleOption.integer("maxLength", 63,
      "Longest allowed name; 63 is PostgreSQL's identifier limit.");

  private static final RuleInfo INFO = RuleInfo.builder("naming.column-name", Field.class)
      .title("Field names follow the naming convention")
      .description("Every field of a contract has a name that matches the configured pattern (snake_case by "
          + "default) and is not longer than the configured maximum.")
      .rationale("Consistent column names across domains let consumers join products without guessing, and "
          + "keep names valid identifiers on every engine the mesh runs on.")
      .hint("Rename the field, e.g. customerEmail -> customer_email.")
      .option(PATTERN)
      .option(MAX_LENGTH)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Pattern pattern = context.option(PATTERN);
    if (!pattern.matcher(field.name()).matches()) {
      context.report("pattern-mismatch", "field name '" + field.name() + "' does not match " + pattern);
    }
    int maxLength = context.option(MAX_LENGTH);
    if (field.name().length() > maxLength) {
      context.report("too-long", "field name '" + field.name() + "' is " + field.name().length()
          + " characters long, more than " + maxLength);
    }
  }
}
