package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Snowflake's and Redshift's {@code SELECT * EXCLUDE col1 FROM t}, excluded columns without
 * parentheses, becomes {@code SELECT * EXCLUDE (col1) FROM t}, the form JSqlParser reads, with the same
 * columns excluded. Only for names between {@code * EXCLUDE} and FROM (or the end), and a list of
 * several ({@code * EXCLUDE a, b FROM t}) only in Redshift, which excludes them all; in Snowflake
 * {@code b} would be a column selected after the star, and the statement is left alone.
 */
final class ExcludeColumnRewrite implements Rewrite {

  private final boolean unparenthesizedList;

  /** @param unparenthesizedList whether a comma-separated list may follow EXCLUDE without parentheses (Redshift) */
  ExcludeColumnRewrite(boolean unparenthesizedList) {
    this.unparenthesizedList = unparenthesizedList;
  }

  @Override
  public String name() {
    return "exclude-column";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).is("exclude") && tokens.get(i - 1).is('*') && tokens.get(i + 1).isName()) {
        int after = TokenScan.afterName(tokens, i + 1);
        while (unparenthesizedList && TokenScan.isSymbol(tokens, after, ',') && after + 1 < tokens.size()
            && tokens.get(after + 1).isName() && !tokens.get(after + 1).is("from")) {
          after = TokenScan.afterName(tokens, after + 1);
        }
        if (after >= TokenScan.end(tokens) || tokens.get(after).is("from")) {
          edits.add(new TextEdit(tokens.get(i + 1).offset(), tokens.get(i + 1).offset(), "("));
          edits.add(new TextEdit(tokens.get(after - 1).end(), tokens.get(after - 1).end(), ")"));
        }
      }
    }
    return edits;
  }
}
