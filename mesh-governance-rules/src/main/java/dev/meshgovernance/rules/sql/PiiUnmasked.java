package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.rules.internal.Sensitivity;
import dev.meshgovernance.rules.internal.Upstream;
import java.util.List;
import java.util.function.Predicate;

/** {@code sql.pii-unmasked}: SQL does not hand out sensitive columns unmasked. */
public final class PiiUnmasked implements Rule<SqlStatement> {

  static final RuleOption<Boolean> STOP_AT_AGGREGATES = RuleOption.bool("stopAtAggregates", true,
      "An aggregate (count, sum…) of a sensitive column is not a leak.");

  private static final RuleInfo INFO = RuleInfo.builder("sql.pii-unmasked", SqlStatement.class)
      .title("SQL does not output sensitive columns unmasked")
      .severity(Severity.ERROR)
      .description("An output column of a statement is fed by a sensitive column (across intermediate tables) "
          + "without passing a masking, hashing or encryption function — unless the statement writes it into a "
          + "contract field that is itself classified sensitive. Meant for consumer and ad-hoc SQL, e.g. what a "
          + "query gateway checks before running it. Reported at the output column's select item.")
      .rationale("Personal data leaves governed storage through queries; masking at the query is the last "
          + "point where the platform can still stop it.")
      .hint("Mask the column (e.g. sha256(email), mask(phone)), or leave it out.")
      .option(Sensitivity.CLASSIFICATIONS)
      .option(Sensitivity.TAGS)
      .option(STOP_AT_AGGREGATES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(SqlStatement statement, RuleContext context) {
    Predicate<Field> sensitive = Sensitivity.sensitive(context);
    List<ColumnLineage> columns = statement.lineage().columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnLineage column = columns.get(i);
      boolean protectedTarget = !statement.targetTable().isEmpty()
          && Upstream.field(context.mesh(), statement.targetTable(), column.column()).filter(sensitive).isPresent();
      if (protectedTarget) {
        continue;
      }
      List<Upstream.Hop> path = Upstream.sensitivePath(context.mesh(), column.sources(), statement.path(), sensitive,
          context.option(STOP_AT_AGGREGATES));
      if (!path.isEmpty()) {
        Finding finding = Finding.of("unmasked:" + column.column(), "output column '" + column.column()
            + "' carries sensitive " + path.get(0) + " unmasked: " + Upstream.describe(path, "output " + column.column()));
        context.report(statement.locations().column(column.column(), i, columns.size()).map(finding::at)
            .orElse(finding));
      }
    }
  }
}
