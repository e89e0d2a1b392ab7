package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.SqlStatement;

/** {@code sql.select-star}: SQL names the columns it reads. */
public final class SelectStar implements Rule<SqlStatement> {

  private static final RuleInfo INFO = RuleInfo.builder("sql.select-star", SqlStatement.class)
      .title("SQL names the columns it reads")
      .description("A statement uses `SELECT *` or `t.*` instead of naming its columns. `COUNT(*)` is fine.")
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
    if (statement.selectStar()) {
      context.report("select-star", "statement uses SELECT * or t.*; name the columns instead");
    }
  }
}
