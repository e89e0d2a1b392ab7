package dev.meshgovernance.core.sql;

import java.util.List;
import java.util.Set;

/**
 * Keywords that BigQuery, Snowflake and T-SQL let a statement leave out but JSqlParser requires:
 * {@code MERGE dataset.target t USING …} becomes {@code MERGE INTO dataset.target t USING …}, and
 * {@code DELETE dbo.t WHERE …} becomes {@code DELETE FROM dbo.t WHERE …}. Only for the statement's
 * first keyword followed by a table name, and for DELETE only when no FROM follows the name (T-SQL's
 * {@code DELETE t FROM t JOIN …} is left alone). The optional word adds nothing to the meaning.
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
    if (tokens.size() < 3 || !tokens.get(1).isName() || NOT_NAMES.contains(tokens.get(1).lower())) {
      return List.of();
    }
    SqlToken first = tokens.get(0);
    if (first.is("merge")) {
      return List.of(new TextEdit(first.end(), first.end(), " INTO"));
    }
    if (first.is("delete") && tokens.stream().noneMatch(t -> t.is("from"))) {
      return List.of(new TextEdit(first.end(), first.end(), " FROM"));
    }
    return List.of();
  }
}
