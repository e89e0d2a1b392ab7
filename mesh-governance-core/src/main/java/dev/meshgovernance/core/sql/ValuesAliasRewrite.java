package dev.meshgovernance.core.sql;

import java.util.List;
import java.util.Set;

/**
 * Spark's inline table as a whole statement with an alias, {@code VALUES (1, 2), (3, 4) AS t(a, b)}:
 * it becomes {@code SELECT * FROM (VALUES (1, 2), (3, 4)) AS t(a, b)}, the query Spark defines it as
 * (the same rows and column names). Only when the statement is the VALUES rows, each in parentheses,
 * followed by {@code [AS] name [(columns)]} and nothing else.
 */
final class ValuesAliasRewrite implements Rewrite {

  /** Words that may follow VALUES rows but are no alias. */
  private static final Set<String> NOT_ALIASES = Set.of(
      "order", "limit", "offset", "union", "intersect", "except", "minus", "fetch", "where");

  @Override
  public String name() {
    return "values-alias";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (!TokenScan.isWord(tokens, 0, "values")) {
      return List.of();
    }
    int end = TokenScan.end(tokens);
    int at = 1;
    int lastRow = -1;
    while (TokenScan.isSymbol(tokens, at, '(')) {
      lastRow = TokenScan.closing(tokens, at);
      if (lastRow < 0) {
        return List.of();
      }
      at = lastRow + 1;
      if (!TokenScan.isSymbol(tokens, at, ',')) {
        break;
      }
      at++;
    }
    if (lastRow < 0 || at != lastRow + 1) {
      return List.of();
    }
    if (TokenScan.isWord(tokens, at, "as")) {
      at++;
    }
    if (at >= end || !tokens.get(at).isName() || TokenScan.isOneOf(tokens, at, NOT_ALIASES)) {
      return List.of();
    }
    at++;
    if (TokenScan.isSymbol(tokens, at, '(')) {
      at = TokenScan.closing(tokens, at) + 1;
    }
    if (at != end) {
      return List.of();
    }
    SqlToken values = tokens.get(0);
    return List.of(new TextEdit(values.offset(), values.offset(), "SELECT * FROM ("),
        new TextEdit(tokens.get(lastRow).end(), tokens.get(lastRow).end(), ")"));
  }
}
