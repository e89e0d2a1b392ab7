package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * {@code INSERT OVERWRITE t …} (Spark, where TABLE is optional) and Snowflake's
 * {@code INSERT OVERWRITE INTO t …}: both replace the rows of {@code t} with those of the query, which
 * JSqlParser reads as {@code INSERT OVERWRITE TABLE t …}; the overwrite stays in the statement. Only
 * when a table name follows (not {@code DIRECTORY}).
 */
final class InsertOverwriteRewrite implements Rewrite {

  @Override
  public String name() {
    return "insert-overwrite";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    int i = 0;
    while (TokenScan.isSymbol(tokens, i, '(')) {
      i++;
    }
    if (!TokenScan.isWord(tokens, i, "insert") || !TokenScan.isWord(tokens, i + 1, "overwrite")
        || i + 2 >= tokens.size()) {
      return List.of();
    }
    SqlToken next = tokens.get(i + 2);
    if (next.is("into")) {
      return List.of(new TextEdit(next.offset(), next.end(), "TABLE"));
    }
    if (next.isName() && !next.is("table") && !next.is("directory") && !next.is("local")) {
      return List.of(new TextEdit(next.offset(), next.offset(), "TABLE "));
    }
    return List.of();
  }
}
