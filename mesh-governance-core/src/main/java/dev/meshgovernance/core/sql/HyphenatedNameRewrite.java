package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * BigQuery's unquoted hyphenated project and dataset names, {@code FROM my-project.dataset-b.table-c}:
 * each part holding a hyphen is quoted, {@code `my-project`.`dataset-b`.`table-c`}, which is the same
 * name (BigQuery allows the hyphens unquoted only in these names). Only for a table name right after
 * FROM or JOIN, written without blanks, so that {@code col1-col2} in an expression stays a
 * subtraction.
 */
final class HyphenatedNameRewrite implements Rewrite {

  @Override
  public String name() {
    return "hyphenated-name";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("from") && !tokens.get(i).is("join")) {
        continue;
      }
      int first = i + 1;
      int last = first;
      while (TokenScan.touching(tokens, last) && isNamePiece(tokens.get(last + 1))) {
        last++;
      }
      if (last > first && isHyphenated(tokens, first, last)) {
        edits.addAll(quoteParts(tokens, first, last));
        i = last;
      }
    }
    return edits;
  }

  private static boolean isNamePiece(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.NUMBER || token.is('-')
        || token.is('.');
  }

  /** Whether tokens {@code first}..{@code last} are words and numbers joined by hyphens and dots, with a hyphen. */
  private static boolean isHyphenated(List<SqlToken> tokens, int first, int last) {
    boolean hyphen = false;
    for (int k = first; k <= last; k++) {
      SqlToken token = tokens.get(k);
      boolean separator = token.is('-') || token.is('.');
      boolean expectSeparator = (k - first) % 2 == 1;
      if (separator != expectSeparator || k == first && token.kind() != SqlToken.Kind.WORD) {
        return false;
      }
      hyphen |= token.is('-');
    }
    return hyphen && !tokens.get(last).is('-') && !tokens.get(last).is('.');
  }

  /** Edits quoting each dot-separated part of the name that holds a hyphen. */
  private static List<TextEdit> quoteParts(List<SqlToken> tokens, int first, int last) {
    List<TextEdit> edits = new ArrayList<>();
    int partStart = first;
    for (int k = first; k <= last + 1; k++) {
      if (k == last + 1 || tokens.get(k).is('.')) {
        boolean hyphen = tokens.subList(partStart, k).stream().anyMatch(t -> t.is('-'));
        if (hyphen) {
          edits.add(new TextEdit(tokens.get(partStart).offset(), tokens.get(partStart).offset(), "`"));
          edits.add(new TextEdit(tokens.get(k - 1).end(), tokens.get(k - 1).end(), "`"));
        }
        partStart = k + 1;
      }
    }
    return edits;
  }
}
