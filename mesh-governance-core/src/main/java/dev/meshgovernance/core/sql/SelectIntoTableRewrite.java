package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL and Redshift {@code SELECT … INTO [TEMP | TEMPORARY | UNLOGGED] [TABLE] t}: the words
 * between INTO and the name say how long the new table lives and whether it is logged, not which
 * table is written or what goes into it, and are removed ({@code SELECT … INTO t}, which JSqlParser
 * reads). Only in a statement that starts with SELECT or WITH, never after INSERT.
 */
final class SelectIntoTableRewrite implements Rewrite {

  private static final Set<String> LIFETIMES = Set.of("temp", "temporary", "unlogged");
  /** Words that follow the INTO clause: when one comes next, the word before it was the table's name. */
  private static final Set<String> CLAUSES = Set.of(
      "from", "where", "group", "having", "order", "limit", "union", "intersect", "except", "window");

  @Override
  public String name() {
    return "select-into-table";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    if (!TokenScan.isWord(tokens, 0, "select") && !TokenScan.isWord(tokens, 0, "with")) {
      return edits;
    }
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).is("into") || TokenScan.isWord(tokens, i - 1, "insert")) {
        continue;
      }
      int at = i + 1;
      if (TokenScan.isOneOf(tokens, at, LIFETIMES)) {
        at++;
      }
      if (TokenScan.isWord(tokens, at, "table")) {
        at++;
      }
      if (at > i + 1 && TokenScan.afterName(tokens, at) > at && !TokenScan.isOneOf(tokens, at, CLAUSES)) {
        edits.add(TokenScan.remove(tokens, i + 1, at - 1));
      }
    }
    return edits;
  }
}
