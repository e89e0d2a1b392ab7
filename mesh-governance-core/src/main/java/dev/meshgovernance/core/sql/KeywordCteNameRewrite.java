package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common table expressions named with a word JSqlParser reserves, Snowflake's
 * {@code WITH pivot AS (SELECT 1) SELECT * FROM pivot}: the name is quoted wherever it names the CTE,
 * {@code WITH "pivot" AS (…) SELECT * FROM "pivot"}. A CTE's name is local to its statement, so
 * quoting it the same way at its definition and at its uses changes nothing outside. Only for the
 * words listed, and not where the word is followed by {@code (} (the PIVOT operator itself).
 */
final class KeywordCteNameRewrite implements Rewrite {

  /** Reserved by JSqlParser, yet plain names in the dialects. */
  private static final Set<String> WORDS = Set.of("pivot", "unpivot");

  private final char quote;

  KeywordCteNameRewrite(char quote) {
    this.quote = quote;
  }

  @Override
  public String name() {
    return "keyword-cte-name";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (!TokenScan.isWord(tokens, 0, "with")) {
      return List.of();
    }
    Set<String> names = new HashSet<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      SqlToken before = tokens.get(i - 1);
      if ((before.is("with") || before.is(',')) && TokenScan.isOneOf(tokens, i, WORDS)
          && tokens.get(i + 1).is("as") && tokens.get(i + 2).is('(')) {
        names.add(tokens.get(i).lower());
      }
    }
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (TokenScan.isOneOf(tokens, i, names) && !TokenScan.isSymbol(tokens, i + 1, '(')) {
        edits.add(new TextEdit(token.offset(), token.end(), quote + token.text() + quote));
      }
    }
    return edits;
  }
}
