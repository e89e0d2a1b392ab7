package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments, tags and options on the columns of a view or of a table created from a query, Snowflake
 * {@code CREATE VIEW v (c1 WITH TAG (t = 'x'), c2 COMMENT 'two') AS SELECT …} and BigQuery
 * {@code CREATE VIEW v (x OPTIONS (description = 'x')) AS …}: metadata about a column, not what it
 * holds, removed so that the column list is {@code (c1, c2)}. Only when every item of the list is a
 * column name followed by nothing but {@code COMMENT '…'}, {@code WITH TAG (…)} and
 * {@code OPTIONS (…)}: a column with a type, or with a masking or projection policy (which changes
 * what is read), leaves the statement alone.
 */
final class CreateColumnOptionsRewrite implements Rewrite {

  @Override
  public String name() {
    return "create-column-options";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (!TokenScan.isWord(tokens, 0, "create")) {
      return List.of();
    }
    int open = -1;
    for (int i = 1; i < tokens.size() && open < 0; i++) {
      if (tokens.get(i).is("as")) {
        return List.of();
      }
      if (tokens.get(i).is('(') && (hasWordBefore(tokens, i, "view") || hasWordBefore(tokens, i, "table"))) {
        open = i;
      }
    }
    int close = open < 0 ? -1 : TokenScan.closing(tokens, open);
    if (close < 0) {
      return List.of();
    }
    List<TextEdit> edits = new ArrayList<>();
    int i = open + 1;
    while (i < close) {
      if (!tokens.get(i).isName()) {
        return List.of();
      }
      int optionsStart = i + 1;
      int at = optionsStart;
      while (at < close && !tokens.get(at).is(',')) {
        int next = afterOption(tokens, at);
        if (next <= at) {
          return List.of();
        }
        at = next;
      }
      if (at > optionsStart) {
        edits.add(TokenScan.remove(tokens, optionsStart, at - 1));
      }
      i = at + 1;
    }
    return edits;
  }

  /** Whether {@code word} stands before index {@code i} in the statement. */
  private static boolean hasWordBefore(List<SqlToken> tokens, int i, String word) {
    return tokens.subList(0, i).stream().anyMatch(t -> t.is(word));
  }

  /** The index after the column option at {@code i}: {@code COMMENT '…'}, {@code WITH TAG (…)}, {@code OPTIONS (…)}; {@code i} when none. */
  private static int afterOption(List<SqlToken> tokens, int i) {
    if (tokens.get(i).is("comment") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == SqlToken.Kind.STRING) {
      return i + 2;
    }
    int open = tokens.get(i).is("with") && TokenScan.isWord(tokens, i + 1, "tag") ? i + 2
        : tokens.get(i).is("options") ? i + 1 : -1;
    if (open > 0 && TokenScan.isSymbol(tokens, open, '(')) {
      int close = TokenScan.closing(tokens, open);
      return close < 0 ? i : close + 1;
    }
    return i;
  }
}
