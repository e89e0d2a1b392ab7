package dev.meshgovernance.core.sql;

import java.util.Arrays;

/**
 * Line starts of a text, to turn offsets into 1-based lines and columns and back. A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as the JSqlParser tokenizer counts them.
 */
final class TextPositions {

  private final int length;
  private final int[] lineStarts;

  TextPositions(CharSequence text) {
    length = text.length();
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, count);
  }

  /** The 1-based line of {@code offset} (clamped to the text). */
  int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, clamp(offset));
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of {@code offset} (clamped to the text). */
  int column(int offset) {
    int clamped = clamp(offset);
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  int offset(int line, int column) {
    int lineIndex = Math.max(0, Math.min(line, lineStarts.length) - 1);
    return clamp(lineStarts[lineIndex] + Math.max(0, column - 1));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, length));
  }
}
