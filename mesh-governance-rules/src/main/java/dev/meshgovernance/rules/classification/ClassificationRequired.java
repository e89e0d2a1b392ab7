package dev.meshgovernance.rules.classification;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.rules.internal.NestedReach;
import java.util.List;
import java.util.Optional;

/** {@code classification.required}: every field is classified. */
public final class ClassificationRequired implements Rule<Field> {

  private static final RuleInfo INFO = RuleInfo.builder("classification.required", Field.class)
      .title("Every field has a classification")
      .description("Every field of a contract declares a `classification` (e.g. public, internal, restricted, "
          + "pii), itself or through the object field that holds it. " + NestedReach.SENTENCE)
      .rationale("Encryption, masking and access rules all start from the classification; an unclassified "
          + "field escapes every one of them.")
      .hint("Add a classification, e.g. classification: internal.")
      .option(NestedReach.NESTED)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Optional<List<Field>> missing = NestedReach.missing(field, context.mesh().datasetOf(field),
        f -> !f.classification().isBlank(), context);
    missing.ifPresent(leaves -> context.report("missing", "field '" + field.name() + "' has no classification"
        + NestedReach.nestedPart(field, leaves, "do")));
  }
}
