package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * Clauses after the query of CREATE TABLE … AS and CREATE VIEW that JSqlParser lacks: PostgreSQL's
 * {@code WITH DATA} (the default: the table or materialized view is filled by the query now) and
 * Redshift's {@code WITH NO SCHEMA BINDING} (a late-binding view, whose tables are looked up when it
 * is queried). Neither changes the table written, the tables read or the rows, and they are removed.
 * {@code WITH NO DATA}, which leaves the table empty, is left alone.
 */
final class CreateTrailingOptionsRewrite implements Rewrite {

  @Override
  public String name() {
    return "create-trailing-options";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (!TokenScan.isWord(tokens, 0, "create")) {
      return List.of();
    }
    int end = TokenScan.end(tokens);
    if (TokenScan.isWord(tokens, end - 2, "with") && TokenScan.isWord(tokens, end - 1, "data")) {
      return List.of(TokenScan.remove(tokens, end - 2, end - 1));
    }
    if (TokenScan.isWord(tokens, end - 4, "with") && TokenScan.isWord(tokens, end - 3, "no")
        && TokenScan.isWord(tokens, end - 2, "schema") && TokenScan.isWord(tokens, end - 1, "binding")) {
      return List.of(TokenScan.remove(tokens, end - 4, end - 1));
    }
    return List.of();
  }
}
