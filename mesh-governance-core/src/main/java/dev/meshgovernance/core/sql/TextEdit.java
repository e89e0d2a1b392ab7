package dev.meshgovernance.core.sql;

/**
 * One replacement made by a {@link Rewrite}: the characters {@code [start, end)} of the statement
 * become {@code replacement}.
 */
record TextEdit(int start, int end, String replacement) {

  TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
  }
}
