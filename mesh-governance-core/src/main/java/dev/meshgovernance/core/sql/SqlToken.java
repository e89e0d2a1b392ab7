package dev.meshgovernance.core.sql;

import java.util.Locale;

/**
 * One significant token of a statement, as {@link SqlTokenizer} cuts it (comments and blanks are not tokens).
 *
 * @param kind what it is
 * @param text the token as written
 * @param offset where it starts in the tokenized text
 */
record SqlToken(Kind kind, String text, int offset) {

  /** Kinds of tokens. */
  enum Kind {
    /** An unquoted word: keyword, identifier, or a variable such as {@code @v} or {@code #temp}. */
    WORD,
    /** A quoted identifier: {@code "x"}, {@code `x`} or (T-SQL) {@code [x]}. */
    QUOTED,
    /** A string literal, dollar-quoted bodies included. */
    STRING,
    /** A number. */
    NUMBER,
    /** Anything else, one character: {@code ( ) , . ;} and operators. */
    SYMBOL
  }

  /** The end offset, exclusive. */
  int end() {
    return offset + text.length();
  }

  /** Whether this is the unquoted word {@code word} (lower-case), ignoring case. */
  boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Whether this is the symbol {@code c}. */
  boolean is(char c) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** Whether this is a word or a quoted identifier. */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }

  /** The word in lower case; the text as written for other kinds. */
  String lower() {
    return kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text;
  }
}
