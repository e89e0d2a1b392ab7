package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshgovernance.api.Origin;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML or JSON document read into a tree, with the position where each value starts.
 *
 * @param file path relative to the workspace root, {@code /} separators
 * @param root the document's root value
 * @param positions JSON pointer (RFC 6901) → where that value starts
 */
public record ParsedDocument(String file, JsonNode root, Map<String, Position> positions) {

  public ParsedDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(root, "root");
    positions = Map.copyOf(positions);
  }

  /**
   * The origin of the value at {@code pointer}; a pointer to no value (e.g. a missing property)
   * takes the position of its nearest existing ancestor but keeps its own pointer.
   */
  public Origin origin(String pointer) {
    String at = pointer;
    Position position = positions.get(at);
    while (position == null && !at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
      position = positions.get(at);
    }
    return position == null
        ? new Origin(file, 0, 0, pointer)
        : new Origin(file, position.line(), position.column(), pointer);
  }

  /** The root as an element. */
  public Element rootElement() {
    return new Element(this, root, "");
  }

  /** The directory of the file relative to the workspace root, {@code ""} for the root. */
  public String directory() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** Escapes one reference token of a JSON pointer (RFC 6901: {@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
