package dev.meshgovernance.core.sql;

import java.util.List;
import java.util.Set;

/**
 * Keywords that BigQuery, Snowflake and T-SQL let a statement leave out but JSqlParser requires:
 * {@code MERGE dataset.target t USING …} becomes {@code MERGE INTO dataset.target t USING …}, and
 * {@code DELETE dbo.t WHERE …} becomes {@code DELETE FROM dbo.t WHERE …}, also after a WITH list.
 * Only for the statement's main keyword followed by a table name, and for DELETE only when no FROM
 * follows the name at the top level (T-SQL's {@code DELETE t FROM t JOIN …} is left alone). The
 * other way round, T-SQL's {@code DELETE FROM t FROM t JOIN u …}, which JSqlParser reads only without
 * the first, optional FROM, becomes {@code DELETE t FROM t JOIN u …}. The optional word adds nothing
 * to the meaning.
 */
final class OptionalKeywordRewrite implements Rewrite {

  /** Words that cannot be the table name after MERGE or DELETE. */
  private static final Set<String> NOT_NAMES = Set.of("into", "from", "where", "top", "when", "using");

  @Override
  public String name() {
    return "optional-keyword";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    int main = mainKeyword(tokens);
    if (main < 0 || main + 2 >= tokens.size()) {
      return List.of();
    }
    SqlToken first = tokens.get(main);
    SqlToken next = tokens.get(main + 1);
    if (first.is("delete") && next.is("from") && TokenScan.topLevelWord(tokens, main + 2, "from") > 0) {
      return List.of(TokenScan.remove(tokens, main + 1, main + 1));
    }
    if (!next.isName() || NOT_NAMES.contains(next.lower())) {
      return List.of();
    }
    if (first.is("merge")) {
      return List.of(new TextEdit(first.end(), first.end(), " INTO"));
    }
    if (first.is("delete") && TokenScan.topLevelWord(tokens, main + 1, "from") < 0) {
      return List.of(new TextEdit(first.end(), first.end(), " FROM"));
    }
    return List.of();
  }

  /** The index of the statement's MERGE or DELETE: the first token, or the first after a WITH list; {@code -1} if none. */
  private static int mainKeyword(List<SqlToken> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).is("with")) {
      return tokens.isEmpty() ? -1 : 0;
    }
    int depth = 0;
    for (int i = 1; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (depth == 0 && (token.is("merge") || token.is("delete"))) {
        return i;
      } else if (depth == 0 && (token.is("select") || token.is("insert") || token.is("update"))) {
        return -1;
      }
    }
    return -1;
  }
}

