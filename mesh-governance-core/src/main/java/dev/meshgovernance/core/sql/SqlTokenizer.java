package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, tolerant SQL tokenizer for what JSqlParser is not asked: classifying statements by their
 * leading keywords and the {@link TableFallback token-level fallback}. It knows the quotes and
 * comments of the {@link SqlDialect}: {@code '…'} strings (doubled quote; backslash escapes where the
 * dialect has them, and in {@code E'…'}), {@code "…"} and {@code `…`} identifiers, {@code [x]} in
 * T-SQL, dollar quoting, {@code --}, nested {@code /* *}{@code /} and (BigQuery) {@code #} comments.
 * It never throws: an unterminated quote or comment runs to the end of the text.
 */
final class SqlTokenizer {

  private final String s;
  private final int n;
  private final SqlDialect dialect;
  private final List<SqlToken> tokens = new ArrayList<>();

  private SqlTokenizer(String text, SqlDialect dialect) {
    this.s = text;
    this.n = text.length();
    this.dialect = dialect;
  }

  /** The significant tokens of {@code text}, in order. */
  static List<SqlToken> tokenize(String text, SqlDialect dialect) {
    return new SqlTokenizer(text, dialect).run();
  }

  private List<SqlToken> run() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && next(i) == '-' || c == '#' && dialect.hashComments()) {
        i = SqlText.endOfLine(s, i);
      } else if (c == '/' && next(i) == '*') {
        i = endOfComment(i);
      } else {
        i = token(i, c);
      }
    }
    return List.copyOf(tokens);
  }

  private int token(int i, char c) {
    if (c == '\'') {
      boolean escapes = dialect.backslashEscapes() || isEscapePrefix(i);
      return add(SqlToken.Kind.STRING, i, SqlText.endOfQuoted(s, i, '\'', escapes));
    }
    if (c == '"') {
      return add(SqlToken.Kind.QUOTED, i, SqlText.endOfQuoted(s, i, '"', dialect.backslashEscapes()));
    }
    if (c == '`') {
      return add(SqlToken.Kind.QUOTED, i, SqlText.endOfQuoted(s, i, '`', false));
    }
    if (c == '[' && dialect.squareBrackets()) {
      int close = s.indexOf(']', i + 1);
      return add(SqlToken.Kind.QUOTED, i, close < 0 ? n : close + 1);
    }
    if (c == '$') {
      int end = SqlText.endOfDollarQuoted(s, i);
      if (end > i + 1) {
        return add(SqlToken.Kind.STRING, i, end);
      }
    }
    if (Character.isDigit(c) || c == '.' && Character.isDigit(next(i))) {
      int j = i + 1;
      while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' && Character.isDigit(next(j)))) {
        j++;
      }
      return add(SqlToken.Kind.NUMBER, i, j);
    }
    if (SqlText.isWordStart(c) || (c == '@' || c == '#' || c == ':' && next(i) != ':') && SqlText.isWordChar(next(i))
        || c == '#' && next(i) == '#' && dialect.squareBrackets()) {
      int j = i + 1;
      while (j < n && (SqlText.isWordChar(s.charAt(j)) || s.charAt(j) == '#' && c == '#')) {
        j++;
      }
      return add(SqlToken.Kind.WORD, i, j);
    }
    return add(SqlToken.Kind.SYMBOL, i, i + 1);
  }

  /** An {@code E'…'} string (PostgreSQL), the {@code E} not being the end of a longer word. */
  private boolean isEscapePrefix(int i) {
    if (tokens.isEmpty()) {
      return false;
    }
    SqlToken last = tokens.get(tokens.size() - 1);
    return last.end() == i && last.kind() == SqlToken.Kind.WORD && last.text().equalsIgnoreCase("e");
  }

  private int add(SqlToken.Kind kind, int start, int end) {
    tokens.add(new SqlToken(kind, s.substring(start, end), start));
    return end;
  }

  /** The end of a dollar-quoted string at {@code i}, or {@code i + 1} if {@code $} starts none. */
  private int endOfComment(int i) {
    int end = SqlText.endOfBlockComment(s, i);
    return end < 0 ? n : end;
  }

  private char next(int i) {
    return SqlText.next(s, i);
  }
}
