package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * Snowflake's {@code CREATE [SECURE] RECURSIVE VIEW v AS SELECT a FROM t} without a column list, which
 * JSqlParser refuses (it wants the columns of a recursive view): when the view's query never names
 * the view, the query is not recursive and RECURSIVE changes nothing, so it is removed. A view whose
 * query names it is left alone.
 */
final class NonRecursiveViewRewrite implements Rewrite {

  @Override
  public String name() {
    return "non-recursive-view";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (!TokenScan.isWord(tokens, 0, "create")) {
      return List.of();
    }
    int recursive = -1;
    int view = -1;
    for (int i = 1; i < tokens.size() && view < 0; i++) {
      if (tokens.get(i).is("recursive")) {
        recursive = i;
      } else if (tokens.get(i).is("view")) {
        view = i;
      } else if (tokens.get(i).kind() != SqlToken.Kind.WORD) {
        return List.of();
      }
    }
    int name = TokenScan.isWord(tokens, view + 1, "if") ? view + 4 : view + 1;
    if (recursive < 0 || view < 0 || name >= tokens.size() || !tokens.get(name).isName()) {
      return List.of();
    }
    int after = TokenScan.afterName(tokens, name);
    String last = bare(tokens.get(after - 1));
    boolean named = tokens.subList(after, tokens.size()).stream().anyMatch(t -> t.isName() && bare(t).equals(last));
    return named ? List.of() : List.of(TokenScan.remove(tokens, recursive, recursive));
  }

  private static String bare(SqlToken token) {
    return TableNames.normalise(token.text());
  }
}
