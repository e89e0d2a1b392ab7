package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * The query {@code TABLE t}, standard SQL for {@code SELECT * FROM t}, as the query of a CREATE TABLE
 * ({@code CREATE TABLE t1 AS TABLE t2}) or of an INSERT ({@code INSERT INTO students TABLE visitors}):
 * it becomes {@code SELECT * FROM t}, which is its definition. Only when {@code TABLE name} ends the
 * statement and follows the AS of a CREATE or the target (and column list) of an INSERT.
 */
final class TableQueryRewrite implements Rewrite {

  @Override
  public String name() {
    return "table-query";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    int end = TokenScan.end(tokens);
    for (int i = 2; i + 1 < end; i++) {
      if (!tokens.get(i).is("table") || TokenScan.afterName(tokens, i + 1) != end) {
        continue;
      }
      SqlToken before = tokens.get(i - 1);
      boolean create = tokens.get(0).is("create") && before.is("as");
      boolean insert = tokens.get(0).is("insert") && (before.isName() || before.is(')'))
          && !before.is("into") && !before.is("overwrite");
      if (create || insert) {
        return List.of(new TextEdit(tokens.get(i).offset(), tokens.get(i).end(), "SELECT * FROM"));
      }
    }
    return List.of();
  }
}
