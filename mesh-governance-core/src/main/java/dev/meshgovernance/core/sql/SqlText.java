package dev.meshgovernance.core.sql;

/**
 * Scanning SQL text by hand, shared by the splitter and the tokenizer: where a line, a comment or a
 * quoted string that starts at a position ends. Never throws; unterminated input ends at the text's end.
 */
final class SqlText {

  private SqlText() {}

  /** The character after {@code i}, or {@code '\0'} at the end. */
  static char next(String s, int i) {
    return i + 1 < s.length() ? s.charAt(i + 1) : '\0';
  }

  /** The position of the line break ending the line that holds {@code i} (or the end of the text). */
  static int endOfLine(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
      j++;
    }
    return j;
  }

  /**
   * The position after the (possibly nested) block comment starting at {@code i}, or {@code -1} when
   * it is not closed.
   */
  static int endOfBlockComment(String s, int i) {
    int depth = 0;
    int j = i;
    while (j < s.length()) {
      if (s.charAt(j) == '/' && next(s, j) == '*') {
        depth++;
        j += 2;
      } else if (s.charAt(j) == '*' && next(s, j) == '/') {
        j += 2;
        if (--depth == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return -1;
  }

  /**
   * The position after the string or quoted identifier starting with {@code quote} at {@code i}
   * (a doubled quote escapes it, and a backslash when {@code backslashEscapes}); the end of the text
   * when it is not closed.
   */
  static int endOfQuoted(String s, int i, char quote, boolean backslashEscapes) {
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (backslashEscapes && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (next(s, j) != quote) {
          return j + 1;
        }
        j += 2;
      } else {
        j++;
      }
    }
    return s.length();
  }

  static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /**
   * The end of the dollar-quoted string ({@code $$…$$}, {@code $tag$…$tag$}) starting at {@code i},
   * the text's length when it is not closed, or {@code i + 1} when the {@code $} there starts none
   * (a tag starts with a letter or {@code _}, so {@code $1} is a parameter).
   */
  static int endOfDollarQuoted(String s, int i) {
    int n = s.length();
    int j = i + 1;
    if (j < n && isWordStart(s.charAt(j))) {
      while (j < n && isWordChar(s.charAt(j)) && s.charAt(j) != '$') {
        j++;
      }
    }
    if (j >= n || s.charAt(j) != '$') {
      return i + 1;
    }
    String tag = s.substring(i, j + 1);
    int close = s.indexOf(tag, j + 1);
    return close < 0 ? n : close + tag.length();
  }
}
