package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the text of a SQL file into statements.
 *
 * <p>A statement ends at a top-level {@code ;} or at a T-SQL {@code GO} line. The splitter knows
 * single, double and backtick quotes (a doubled quote escapes itself; {@code E'…'} strings also take
 * backslash escapes), {@code --} and nested {@code /* *}{@code /} comments, dollar quoting
 * ({@code $$…$$}, {@code $tag$…$tag$}) and procedural {@code BEGIN … END} blocks, inside which a
 * {@code ;} does not end the statement. {@code BEGIN;}, {@code BEGIN TRANSACTION} and the like are
 * statements of their own, not blocks. Chunks holding only blanks and comments are dropped.
 *
 * <p>It never throws: an unterminated quote, comment or block makes the rest of the text part of
 * the current chunk (an unterminated comment too, so that the parser reports it).
 */
final class SqlSplitter {

  /** Words after {@code BEGIN} that make it a transaction statement rather than a block. */
  private static final Set<String> TRANSACTION_WORDS = Set.of(
      "transaction", "tran", "work", "isolation", "distributed", "deferred", "immediate", "exclusive",
      "read", "not");
  /** Words after {@code END} that close a construct whose opening word is not counted. */
  private static final Set<String> UNCOUNTED_ENDS = Set.of("if", "loop", "while", "repeat", "for");

  private SqlSplitter() {}

  /** The statements of {@code text}, in order, read as {@link SqlDialect#ANSI}. */
  static List<SqlChunk> split(String text) {
    return split(text, SqlDialect.ANSI);
  }

  /**
   * The statements of {@code text}, in order, knowing the quoting of {@code dialect}: backslash
   * escapes in strings and {@code #} line comments where the dialect has them.
   */
  static List<SqlChunk> split(String text, SqlDialect dialect) {
    return new Scan(text, dialect).run();
  }

  /** The state of one split; confined to the calling thread. */
  private static final class Scan {
    private final String s;
    private final int n;
    private final SqlDialect dialect;
    private final TextPositions positions;
    private final List<SqlChunk> chunks = new ArrayList<>();
    private int chunkStart = -1;
    private int blockDepth;
    private boolean atLineStart = true;
    private char previous;
    private boolean unterminatedComment;

    Scan(String text, SqlDialect dialect) {
      this.dialect = dialect;
      s = text;
      n = text.length();
      positions = new TextPositions(text);
    }

    List<SqlChunk> run() {
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
          atLineStart = true;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '-' && next(i) == '-' || c == '#' && dialect.hashComments()) {
          i = SqlText.endOfLine(s, i);
        } else if (c == '/' && next(i) == '*') {
          int end = endOfBlockComment(i);
          if (unterminatedComment && chunkStart < 0) {
            chunkStart = i; // the parser reports it: nothing is dropped silently
          }
          i = end;
        } else if (atLineStart && isGoLine(i)) {
          emit(i);
          blockDepth = 0;
          atLineStart = false;
          i = SqlText.endOfLine(s, i);
        } else {
          atLineStart = false;
          i = token(i, c);
          previous = c;
        }
      }
      emit(n);
      return List.copyOf(chunks);
    }

    /** Consumes the significant token starting at {@code i}; returns where the next one may start. */
    private int token(int i, char c) {
      if (c == ';' && blockDepth == 0) {
        emit(i);
        return i + 1;
      }
      if (chunkStart < 0) {
        chunkStart = i;
      }
      if (c == '\'') {
        boolean escapeString = i > 0 && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')
            && (i < 2 || !SqlText.isWordChar(s.charAt(i - 2)));
        boolean backslashEscapes = dialect.backslashEscapes() || escapeString;
        return SqlText.endOfQuoted(s, i, '\'', backslashEscapes);
      }
      if (c == '"') {
        return SqlText.endOfQuoted(s, i, c, dialect.backslashEscapes());
      }
      if (c == '`') {
        return SqlText.endOfQuoted(s, i, c, false);
      }
      if (c == '$') {
        return SqlText.endOfDollarQuoted(s, i);
      }
      if (SqlText.isWordStart(c)) {
        int end = endOfWord(i);
        if (previous != '.') {
          word(s.substring(i, end).toLowerCase(Locale.ROOT), end);
        }
        return end;
      }
      return i + 1;
    }

    private void word(String word, int end) {
      switch (word) {
        case "begin" -> {
          if (opensBlock(end)) {
            blockDepth++;
          }
        }
        case "case" -> {
          if (blockDepth > 0) {
            blockDepth++;
          }
        }
        case "end" -> {
          if (blockDepth > 0 && !UNCOUNTED_ENDS.contains(nextWord(end))) {
            blockDepth--;
          }
        }
        default -> { }
      }
    }

    private boolean opensBlock(int end) {
      if (previous == ',' || previous == '(') {
        return false;
      }
      int j = skipBlanksAndComments(end);
      if (j >= n) {
        return false;
      }
      char c = s.charAt(j);
      if (c == ';' || c == ',' || c == ')' || c == '.' || c == '=') {
        return false;
      }
      return !TRANSACTION_WORDS.contains(nextWord(end));
    }

    /** The lower-case word after {@code from}, skipping blanks and comments; {@code ""} if none. */
    private String nextWord(int from) {
      int j = skipBlanksAndComments(from);
      if (j >= n || !SqlText.isWordStart(s.charAt(j))) {
        return "";
      }
      return s.substring(j, endOfWord(j)).toLowerCase(Locale.ROOT);
    }

    private int skipBlanksAndComments(int from) {
      int j = from;
      while (j < n) {
        char c = s.charAt(j);
        if (Character.isWhitespace(c)) {
          j++;
        } else if (c == '-' && next(j) == '-') {
          j = SqlText.endOfLine(s, j);
        } else if (c == '/' && next(j) == '*') {
          j = endOfBlockComment(j);
        } else {
          break;
        }
      }
      return j;
    }

    /** A line holding only {@code GO}, optionally a repeat count, and blanks or a line comment. */
    private boolean isGoLine(int i) {
      if (i + 1 >= n || Character.toLowerCase(s.charAt(i)) != 'g'
          || Character.toLowerCase(s.charAt(i + 1)) != 'o'
          || (i + 2 < n && SqlText.isWordChar(s.charAt(i + 2)))) {
        return false;
      }
      int j = i + 2;
      while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || Character.isDigit(s.charAt(j)))) {
        j++;
      }
      return j >= n || s.charAt(j) == '\n' || s.charAt(j) == '\r' || (s.charAt(j) == '-' && next(j) == '-');
    }

    private void emit(int end) {
      if (chunkStart >= 0) {
        String text = s.substring(chunkStart, Math.max(chunkStart, end)).stripTrailing();
        if (!text.isEmpty()) {
          chunks.add(new SqlChunk(text, chunkStart, positions.line(chunkStart), positions.column(chunkStart)));
        }
      }
      chunkStart = -1;
      blockDepth = 0;
    }

    private int endOfBlockComment(int i) {
      int end = SqlText.endOfBlockComment(s, i);
      unterminatedComment = end < 0;
      return unterminatedComment ? n : end;
    }

    private char next(int i) {
      return SqlText.next(s, i);
    }

    private int endOfWord(int i) {
      int j = i;
      while (j < n && SqlText.isWordChar(s.charAt(j))) {
        j++;
      }
      return j;
    }
  }

}
