package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.List;

/** {@code sql.select-star}: SQL names the columns it reads. */
public final class SelectStar implements Rule<SqlStatement> {

  private static final RuleInfo INFO = RuleInfo.builder("sql.select-star", SqlStatement.class)
      .title("SQL names the columns it reads")
      .description("A statement uses `SELECT *` or `t.*` instead of naming its columns. `COUNT(*)` is fine. One "
          + "finding per statement, at its first star.")
      .rationale("A star couples a product to every column of its inputs: a new upstream column silently changes "
          + "the output, and column-level lineage cannot say which columns flow where.")
      .hint("List the columns the statement needs.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(SqlStatement statement, RuleContext context) {
    if (!statement.selectStar()) {
      return;
    }
    List<Origin> stars = statement.locations().stars();
    String more = stars.size() > 1 ? " (" + stars.size() + " stars)" : "";
    Finding finding = Finding.of("select-star", "statement uses SELECT * or t.*" + more + "; name the columns instead");
    context.report(stars.isEmpty() ? finding : finding.at(stars.get(0)));
  }
}
