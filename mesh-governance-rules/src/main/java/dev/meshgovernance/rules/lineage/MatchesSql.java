package dev.meshgovernance.rules.lineage;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.rules.internal.Upstream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code lineage.matches-sql}: declared lineage agrees with what the SQL does. */
public final class MatchesSql implements Rule<Field> {

  private static final RuleInfo INFO = RuleInfo.builder("lineage.matches-sql", Field.class)
      .title("Declared lineage agrees with the SQL")
      .description("A field that declares `transformSourceObjects` names exactly the tables its values come from "
          + "in the SQL that builds its dataset — the statements writing its `physicalName`, or the publishing "
          + "product's plain SELECTs in a file named after the dataset (`cross_sell.sql` for "
          + "`marketing.cross_sell_v1`, dbt style) — followed through the product's own internal tables "
          + "(staging), which may be named or skipped. A source the SQL uses but the contract does not name, "
          + "and a named source the SQL does not use, are each reported. Fields whose dataset no parsed SQL "
          + "builds are not judged.")
      .rationale("Declared lineage is what catalogs show and governance reviews; when it drifts from the SQL, "
          + "every decision made from it is made on a wrong picture.")
      .hint("Make transformSourceObjects list the tables the SQL really reads for this column.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Optional<Dataset> dataset = context.mesh().datasetOf(field);
    if (field.transformSourceObjects().isEmpty() || dataset.isEmpty() || dataset.get().physicalName().isBlank()) {
      return;
    }
    Optional<Upstream.Sources> computed =
        Upstream.sourceTables(context.mesh(), dataset.get().physicalName(), field.name());
    if (computed.isEmpty()) {
      return;
    }
    Set<String> declared = new TreeSet<>();
    field.transformSourceObjects().forEach(t -> declared.add(Mesh.normalize(t)));
    boolean namesAnIntermediate = computed.get().intermediates().stream().anyMatch(declared::contains);
    for (String table : computed.get().origins()) {
      if (!declared.contains(table) && !namesAnIntermediate) {
        context.report("undeclared-source:" + table, "field '" + field.name() + "' is computed from " + table
            + " by the SQL, which its transformSourceObjects " + declared + " do not name");
      }
    }
    // a count (COUNT(*)) uses the tables whose rows it counts, and an ambiguous column may use each
    // of its candidates: declaring them is right, and none of them is an undeclared source
    Set<String> used = new TreeSet<>(computed.get().origins());
    used.addAll(computed.get().rows());
    used.addAll(computed.get().candidates());
    for (String table : declared) {
      if (!used.contains(table) && !computed.get().intermediates().contains(table)) {
        context.report("unused-source:" + table, "field '" + field.name() + "' declares source " + table
            + ", which the SQL building " + dataset.get().physicalName() + " does not use for it (it uses "
            + used + ")");
      }
    }
  }
}
