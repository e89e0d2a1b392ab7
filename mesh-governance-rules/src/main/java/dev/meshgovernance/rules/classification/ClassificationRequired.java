package dev.meshgovernance.rules.classification;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.Field;

/** {@code classification.required}: every field is classified. */
public final class ClassificationRequired implements Rule<Field> {

  private static final RuleInfo INFO = RuleInfo.builder("classification.required", Field.class)
      .title("Every field has a classification")
      .description("Every field of a contract, nested ones included, declares a `classification` "
          + "(e.g. public, internal, restricted, pii).")
      .rationale("Encryption, masking and access rules all start from the classification; an unclassified "
          + "field escapes every one of them.")
      .hint("Add a classification, e.g. classification: internal.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    if (field.classification().isBlank()) {
      context.report("missing", "field '" + field.name() + "' has no classification");
    }
  }
}
