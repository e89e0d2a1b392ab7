package dev.meshgovernance.rules.lineage;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.rules.internal.Sensitivity;
import dev.meshgovernance.rules.internal.Upstream;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code lineage.classification-propagates}: sensitivity flows with the data. */
public final class ClassificationPropagates implements Rule<Field> {

  static final RuleOption<Boolean> STOP_AT_AGGREGATES = RuleOption.bool("stopAtAggregates", true,
      "An aggregate (count, sum…) of a sensitive column does not make the result sensitive.");

  private static final RuleInfo INFO = RuleInfo.builder("lineage.classification-propagates", Field.class)
      .title("Fields fed by sensitive columns are classified sensitive")
      .severity(Severity.ERROR)
      .description("A field whose values come, through the SQL that builds its dataset (across intermediate "
          + "tables), from a sensitive column without passing a masking function is itself sensitive. "
          + "Propagation stops at masking, hashing and encryption functions, and at aggregates unless "
          + "`stopAtAggregates` is false. The message shows the path, source column → … → field.")
      .rationale("Classification drives encryption, masking and access; a copy of personal data that lost its "
          + "classification on the way escapes all of them.")
      .hint("Classify the field like its source (e.g. classification: pii), or mask the value in the SQL (e.g. sha256(email)).")
      .option(Sensitivity.CLASSIFICATIONS)
      .option(Sensitivity.TAGS)
      .option(STOP_AT_AGGREGATES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Predicate<Field> sensitive = Sensitivity.sensitive(context);
    Optional<Dataset> dataset = context.mesh().datasetOf(field);
    if (sensitive.test(field) || dataset.isEmpty() || dataset.get().physicalName().isBlank()) {
      return;
    }
    String target = Upstream.table(dataset.get()) + "." + field.name();
    for (SqlStatement producer : Upstream.producers(context.mesh(), dataset.get().physicalName())) {
      List<ColumnSource> sources = producer.lineage().column(field.name()).map(c -> c.sources()).orElse(List.of());
      List<Upstream.Hop> path = Upstream.sensitivePath(context.mesh(), sources, producer.path(), sensitive,
          context.option(STOP_AT_AGGREGATES));
      if (!path.isEmpty()) {
        context.report("unclassified:" + path.get(0), "field '" + field.name() + "' receives sensitive data unmasked "
            + "but is not classified sensitive: " + Upstream.describe(path, target));
        return;
      }
    }
  }
}
