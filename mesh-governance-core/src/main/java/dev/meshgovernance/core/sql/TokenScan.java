package dev.meshgovernance.core.sql;

import java.util.List;

/** Walking the {@link SqlToken tokens} of a statement by parenthesis depth, for the {@link Rewrite rewrites}. */
final class TokenScan {

  private TokenScan() {}

  /** The index of the {@code )} closing the {@code (} at {@code open}, or {@code -1} when it is not closed. */
  static int closing(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is('(')) {
        depth++;
      } else if (tokens.get(i).is(')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token {@code i} exists and is the unquoted word {@code word}. */
  static boolean isWord(List<SqlToken> tokens, int i, String word) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(word);
  }

  /** Whether token {@code i} exists and is the symbol {@code c}. */
  static boolean isSymbol(List<SqlToken> tokens, int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(c);
  }

  /** An edit removing tokens {@code from} to {@code to} (inclusive), leaving one blank in their place. */
  static TextEdit remove(List<SqlToken> tokens, int from, int to) {
    return new TextEdit(tokens.get(from).offset(), tokens.get(to).end(), " ");
  }
}
