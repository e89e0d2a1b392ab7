package dev.meshgovernance.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where an element or a violation comes from: a file relative to the workspace root (with
 * {@code /} separators), a 1-based line and column ({@code 0} when unknown) and the JSON pointer of
 * the element inside a YAML or JSON document ({@code ""} for the whole document or for SQL).
 *
 * @param file path relative to the workspace root, {@code ""} when the element was not read from a file
 * @param line 1-based line, {@code 0} when unknown
 * @param column 1-based column, {@code 0} when unknown
 * @param pointer RFC 6901 JSON pointer inside the document, {@code ""} for the root
 */
public record Origin(String file, int line, int column, String pointer) implements Comparable<Origin> {

  /** The origin of something that was not read from a file. */
  public static final Origin NONE = new Origin("", 0, 0, "");

  private static final Comparator<Origin> ORDER =
      Comparator.comparing(Origin::file)
          .thenComparingInt(Origin::line)
          .thenComparingInt(Origin::column)
          .thenComparing(Origin::pointer);

  public Origin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** The whole of {@code file}. */
  public static Origin of(String file) {
    return new Origin(file, 0, 0, "");
  }

  /** A position in {@code file}. */
  public static Origin of(String file, int line, int column) {
    return new Origin(file, line, column, "");
  }

  /** This origin at another JSON pointer. */
  public Origin withPointer(String newPointer) {
    return new Origin(file, line, column, newPointer);
  }

  /** {@code file:line:column}, leaving out what is unknown. */
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
