package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson and SnakeYAML exceptions into a position and a message without source-reference noise. */
final class ParseErrors {

  private ParseErrors() {}

  /** Line and column (1-based, 0 when unknown) of the problem. */
  static int[] position(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      if (mark != null) {
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
      }
    }
    JsonLocation location = e.getLocation();
    return location == null ? new int[] {0, 0} : new int[] {location.getLineNr(), location.getColumnNr()};
  }

  /** What went wrong, in one line. */
  static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      String problem = clean(String.valueOf(marked.getProblem()));
      String context = marked.getContext() == null ? "" : " (" + clean(marked.getContext()) + ")";
      return "YAML syntax error: " + problem + context;
    }
    if (e.getCause() != null && e.getCause().getClass().getName().startsWith("org.yaml.")) {
      return clean(String.valueOf(e.getCause().getMessage()));
    }
    return clean(String.valueOf(e.getOriginalMessage()));
  }

  /**
   * A message without Jackson's source references and settings names, on one line; a parenthesis the
   * source reference cut short (e.g. {@code (for Array starting at [Source: …]}) goes too.
   */
  static String clean(String message) {
    String text = message;
    int source = text.indexOf(" at [Source:");
    if (source >= 0) {
      text = text.substring(0, source);
    }
    text = text.replaceAll(", from `[^`]*`", "")
        .replaceAll("\\s*\\(for [A-Za-z]+\\)", "")
        .replaceAll("\\s*\\([^()]*$", "")
        .replaceAll("\\s+", " ")
        .strip();
    return text.isEmpty() ? "the document does not parse" : text;
  }
}
