package dev.meshgovernance.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where an element or a violation comes from: a file relative to the workspace root (with
 * {@code /} separators), a 1-based line and column ({@code 0} when unknown), the JSON pointer of
 * the element inside a YAML or JSON document ({@code ""} for the whole document or for SQL), and —
 * when the origin is a span of text, such as a table reference in SQL — where the span ends.
 *
 * <p>The end follows SARIF's {@code region}: {@code endLine} is the line of the last character and
 * {@code endColumn} the 1-based column just past it, so {@code FROM orders} with {@code orders} at
 * column 6 has {@code column} 6 and {@code endColumn} 12. Both are {@code 0} when unknown.
 *
 * @param file path relative to the workspace root, {@code ""} when the element was not read from a file
 * @param line 1-based line, {@code 0} when unknown
 * @param column 1-based column, {@code 0} when unknown
 * @param pointer RFC 6901 JSON pointer inside the document, {@code ""} for the root
 * @param endLine 1-based line where the span ends, {@code 0} when unknown
 * @param endColumn 1-based column just past the span's last character, {@code 0} when unknown
 */
public record Origin(String file, int line, int column, String pointer, int endLine, int endColumn)
    implements Comparable<Origin> {

  /** The origin of something that was not read from a file. */
  public static final Origin NONE = new Origin("", 0, 0, "");

  private static final Comparator<Origin> ORDER =
      Comparator.comparing(Origin::file)
          .thenComparingInt(Origin::line)
          .thenComparingInt(Origin::column)
          .thenComparing(Origin::pointer)
          .thenComparingInt(Origin::endLine)
          .thenComparingInt(Origin::endColumn);

  /** Checks that positions are not negative and that an end is after the start. */
  public Origin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
    if (endLine > 0 && (endLine < line || endLine == line && endColumn <= column) || endLine == 0 && endColumn > 0) {
      throw new IllegalArgumentException("the end " + endLine + ":" + endColumn + " is not after the start "
          + line + ":" + column);
    }
  }

  /** An origin without an end: a point, or a whole document or element. */
  public Origin(String file, int line, int column, String pointer) {
    this(file, line, column, pointer, 0, 0);
  }

  /** The whole of {@code file}. */
  public static Origin of(String file) {
    return new Origin(file, 0, 0, "");
  }

  /** A position in {@code file}. */
  public static Origin of(String file, int line, int column) {
    return new Origin(file, line, column, "");
  }

  /**
   * A span of text in {@code file}, from {@code line:column} to just before {@code endLine:endColumn}.
   *
   * @throws IllegalArgumentException when the end is not after the start
   */
  public static Origin span(String file, int line, int column, int endLine, int endColumn) {
    return new Origin(file, line, column, "", endLine, endColumn);
  }

  /** This origin at another JSON pointer. */
  public Origin withPointer(String newPointer) {
    return new Origin(file, line, column, newPointer, endLine, endColumn);
  }

  /** True when this origin says where its span ends. */
  public boolean hasEnd() {
    return endLine > 0;
  }

  /** {@code file:line:column}, leaving out what is unknown (and the end, which editors take from the fields). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file.isEmpty() ? "<input>" : file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.toString();
  }

  @Override
  public int compareTo(Origin other) {
    return ORDER.compare(this, other);
  }
}
