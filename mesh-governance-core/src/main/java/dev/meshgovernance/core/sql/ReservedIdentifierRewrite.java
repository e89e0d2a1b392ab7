package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words JSqlParser reserves but a dialect lets queries use as plain names, e.g. {@code returns} in
 * TPC-DS for Spark ({@code sum(return_amt) as returns}): each unquoted occurrence is quoted with the
 * dialect's identifier quote ({@code `returns`}). Only applied to data-flow statements, where these
 * words are never keywords (RETURNS is a keyword of CREATE FUNCTION only). Names are compared
 * case-insensitively by the library, so quoting changes nothing it reads.
 */
final class ReservedIdentifierRewrite implements Rewrite {

  private final Set<String> words;
  private final char quote;

  ReservedIdentifierRewrite(Set<String> words, char quote) {
    this.words = Set.copyOf(words);
    this.quote = quote;
  }

  @Override
  public String name() {
    return "reserved-identifier";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (SqlToken token : tokens) {
      if (token.kind() == SqlToken.Kind.WORD && words.contains(token.lower())) {
        edits.add(new TextEdit(token.offset(), token.end(), quote + token.text() + quote));
      }
    }
    return edits;
  }
}
