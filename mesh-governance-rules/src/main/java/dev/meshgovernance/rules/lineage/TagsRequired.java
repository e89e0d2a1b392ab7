package dev.meshgovernance.rules.lineage;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.rules.internal.NestedReach;
import java.util.List;
import java.util.Optional;

/** {@code lineage.tags-required}: published fields declare where they come from. */
public final class TagsRequired implements Rule<Field> {

  static final RuleOption<String> TAG_PREFIX = RuleOption.string("lineageTagPrefix", "",
      "A tag prefix that also declares lineage, e.g. 'source:' for tags such as source:sales.orders_v1; "
          + "empty: only transformSourceObjects counts.");

  private static final RuleInfo INFO = RuleInfo.builder("lineage.tags-required", Field.class)
      .title("Published fields declare their lineage")
      .description("Every field of a contract that a product's output port publishes declares its sources "
          + "in `transformSourceObjects` (or, when configured, with a tag of the lineage prefix), itself or "
          + "through the object field that holds it. " + NestedReach.SENTENCE)
      .rationale("Column-level lineage is a global policy of the mesh: it lets consumers trace a value to its "
          + "origin and lets the platform check it against what the SQL really does (`lineage.matches-sql`).")
      .hint("Add transformSourceObjects: [<schema.table>, ...] to the field.")
      .option(TAG_PREFIX)
      .option(NestedReach.NESTED)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Optional<DataContract> contract = context.mesh().contractOf(field);
    if (contract.isEmpty() || context.mesh().publishersOfContract(contract.get().id()).isEmpty()) {
      return;
    }
    String prefix = context.option(TAG_PREFIX);
    Optional<List<Field>> missing = NestedReach.missing(field, context.mesh().datasetOf(field),
        f -> !f.transformSourceObjects().isEmpty()
            || !prefix.isEmpty() && f.tags().stream().anyMatch(t -> t.startsWith(prefix)), context);
    missing.ifPresent(leaves -> context.report("missing", "published field '" + field.name()
        + "' declares no lineage (transformSourceObjects)" + NestedReach.nestedPart(field, leaves, "do")));
  }
}
