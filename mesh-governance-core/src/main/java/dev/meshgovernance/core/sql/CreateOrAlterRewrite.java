package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * T-SQL and Snowflake {@code CREATE OR ALTER VIEW v AS …}, which JSqlParser lacks, becomes
 * {@code CREATE OR REPLACE VIEW v AS …}: either way the view is defined by the same query, whether it
 * existed before or not, so the view written and the tables and columns read are the same.
 */
final class CreateOrAlterRewrite implements Rewrite {

  @Override
  public String name() {
    return "create-or-alter";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (TokenScan.isWord(tokens, 0, "create") && TokenScan.isWord(tokens, 1, "or")
        && TokenScan.isWord(tokens, 2, "alter") && TokenScan.isWord(tokens, 3, "view")) {
      SqlToken alter = tokens.get(2);
      return List.of(new TextEdit(alter.offset(), alter.end(), "REPLACE"));
    }
    return List.of();
  }
}
