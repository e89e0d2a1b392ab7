package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Builds one document's tree from a parser's tokens, iteratively, with the position of every value:
 * expands YAML aliases (within the {@link Budget} of the file), merges YAML merge keys, reports
 * duplicate keys to the problems given and refuses nesting deeper than {@link TreeParser#MAX_DEPTH}.
 * Used once, by one thread.
 */
final class TreeBuilder {

  /** The merge key of YAML 1.1 ({@code <<}). */
  static final String MERGE_KEY = "<<";

  /** How many values aliases copied so far in one file, across its documents. */
  static final class Budget {
    private int copied;
  }

  /** Why a document is refused, where, at which pointer. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Position at;
    private final String pointer;

    Refused(String message, Position at, String pointer) {
      super(message);
      this.at = at;
      this.pointer = pointer;
    }

    Position at() {
      return at;
    }

    String pointer() {
      return pointer;
    }
  }

  private final String file;
  private final JsonParser parser;
  private final boolean yaml;
  private final JsonNodeFactory nodes;
  private final Budget budget;
  private final List<Violation> problems;
  private final NavigableMap<String, Position> positions = new TreeMap<>();
  /** Anchor name → the anchored value and its pointer. */
  private final Map<String, Anchored> anchors = new HashMap<>();
  /** Copies made for aliases → the pointer of the anchored value, where their positions are. */
  private final Map<JsonNode, String> aliasSources = new IdentityHashMap<>();

  private record Anchored(JsonNode value, String pointer) {}

  TreeBuilder(String file, JsonParser parser, boolean yaml, JsonNodeFactory nodes, Budget budget,
      List<Violation> problems) {
    this.file = file;
    this.parser = parser;
    this.yaml = yaml;
    this.nodes = nodes;
    this.budget = budget;
    this.problems = problems;
  }

  /** The positions of the values built, by JSON pointer. */
  Map<String, Position> positions() {
    return positions;
  }

  /** The document whose first token is {@code first}; the parser is left on its last token. */
  JsonNode build(JsonToken first) throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = MissingNode.getInstance();
    for (JsonToken token = first; token != null; token = parser.nextToken()) {
      Frame parent = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        parent.key(parser.currentName(), position(parser.currentTokenLocation()));
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop().finish();
        if (stack.isEmpty()) {
          return root;
        }
        continue;
      }
      String pointer = parent == null ? "" : parent.childPointer();
      Position at = position(parser.currentTokenLocation());
      if (token.isStructStart() && stack.size() >= TreeParser.MAX_DEPTH) {
        throw new Refused("nesting deeper than " + TreeParser.MAX_DEPTH + " levels at line " + at.line()
            + ", column " + at.column() + " (element " + abbreviated(pointer) + "); flatten the document",
            at, pointer);
      }
      positions.put(pointer, at);
      JsonNode value = switch (token) {
        case START_OBJECT -> nodes.objectNode();
        case START_ARRAY -> nodes.arrayNode();
        default -> parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()
            ? alias(yamlParser, stack.size())
            : scalar(token);
      };
      Object anchor = parser.getObjectId();
      if (anchor != null) {
        anchors.put(anchor.toString(), new Anchored(value, pointer));
      }
      if (parent == null) {
        root = value;
      } else {
        parent.add(value);
      }
      if (token.isStructStart()) {
        stack.push(new Frame((ContainerNode<?>) value, pointer));
      } else if (parent == null) {
        return root;
      }
    }
    return root;
  }

  private static Position position(JsonLocation at) {
    return new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  /** A pointer short enough for a message: its start and its end. */
  private static String abbreviated(String pointer) {
    return pointer.length() <= 100 ? pointer : pointer.substring(0, 60) + "…" + pointer.substring(pointer.length() - 30);
  }

  private JsonNode scalar(JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> nodes.numberNode(parser.getIntValue());
        case LONG -> nodes.numberNode(parser.getLongValue());
        default -> nodes.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
          ? nodes.numberNode(parser.getDecimalValue())
          : nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> nodes.textNode(parser.getText());
    };
  }

  /** A copy of the value the current alias names, inserted at nesting {@code depth}. */
  private JsonNode alias(YAMLParser yamlParser, int depth) throws IOException {
    Position at = position(yamlParser.currentTokenLocation());
    Anchored anchored = anchors.get(yamlParser.getText());
    if (anchored == null) {
      throw new Refused("alias *" + yamlParser.getText() + " names no anchored object or list in this document"
          + " (anchors on single values are not supported): write the value out", at, "");
    }
    int[] sizeAndHeight = measure(anchored.value());
    budget.copied += sizeAndHeight[0];
    if (budget.copied > TreeParser.MAX_ALIASED_VALUES) {
      throw new Refused("YAML aliases expand to more than " + TreeParser.MAX_ALIASED_VALUES + " values", at, "");
    }
    if (depth + sizeAndHeight[1] > TreeParser.MAX_DEPTH) {
      throw new Refused("alias *" + yamlParser.getText() + " nests values deeper than "
          + TreeParser.MAX_DEPTH + " levels", at, "");
    }
    JsonNode copy = anchored.value().deepCopy();
    aliasSources.put(copy, anchored.pointer());
    return copy;
  }

  /** Number of values and nesting height of {@code value} (whose height is at most {@link TreeParser#MAX_DEPTH}). */
  private static int[] measure(JsonNode value) {
    int size = 1;
    int height = 0;
    for (JsonNode child : value) {
      int[] inner = measure(child);
      size += inner[0];
      height = Math.max(height, inner[1]);
    }
    return new int[] {size, height + (value.isContainerNode() ? 1 : 0)};
  }

  /** The positions at {@code pointer} and below it. */
  private Map<String, Position> subtree(String pointer) {
    Map<String, Position> subtree = new LinkedHashMap<>();
    if (positions.containsKey(pointer)) {
      subtree.put(pointer, positions.get(pointer));
    }
    subtree.putAll(positions.subMap(pointer + "/", true, pointer + "0", false));
    return subtree;
  }

  private void removeSubtree(String pointer) {
    positions.remove(pointer);
    positions.subMap(pointer + "/", true, pointer + "0", false).clear();
  }

  /** An object or array being filled, and where the next child goes. */
  private final class Frame {
    private final ContainerNode<?> node;
    private final String pointer;
    /** The keys written in this object so far, and where the last of each name is. */
    private final Map<String, Position> keys = new LinkedHashMap<>();
    /** The values of this object's merge keys, in order. */
    private final List<JsonNode> merges = new ArrayList<>();
    private Position mergeAt;
    private String field = "";
    private int index;

    private Frame(ContainerNode<?> node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    private void key(String name, Position at) {
      Position earlier = keys.put(name, at);
      if (yaml && name.equals(MERGE_KEY)) {
        mergeAt = at;
      } else if (earlier != null) {
        String child = pointer + "/" + ParsedDocument.escape(name);
        problems.add(Diagnostics.error(Diagnostics.INPUT_DUPLICATE_KEY, "duplicate-key",
            "key '" + name + "' occurs twice in one mapping, at line " + earlier.line() + " and line " + at.line()
                + "; the later value (line " + at.line() + ") is read and the earlier one is lost",
            Diagnostics.fileSubject(file), new Origin(file, at.line(), at.column(), child)));
        removeSubtree(child);
      }
      field = name;
    }

    private String childPointer() {
      return node instanceof ObjectNode
          ? pointer + "/" + ParsedDocument.escape(field)
          : pointer + "/" + index;
    }

    private void add(JsonNode value) {
      if (node instanceof ObjectNode object) {
        if (yaml && field.equals(MERGE_KEY)) {
          merges.add(value);
        } else {
          object.set(field, value);
        }
      } else {
        ((ArrayNode) node).add(value);
        index++;
      }
    }

    /**
     * Merges the merge keys' mappings into this object as YAML 1.1 does: keys written in the object
     * win over merged ones, and of a list of mappings the earlier win over the later. A merged
     * value keeps the position where it is written (in the anchored mapping).
     */
    private void finish() throws Refused {
      if (merges.isEmpty()) {
        return;
      }
      ObjectNode object = (ObjectNode) node;
      String own = pointer + "/" + MERGE_KEY;
      List<JsonNode> sources = new ArrayList<>();
      List<String> sourcePointers = new ArrayList<>();
      for (JsonNode merge : merges) {
        String base = aliasSources.getOrDefault(merge, own);
        List<JsonNode> mappings = new ArrayList<>();
        if (merge.isArray()) {
          merge.forEach(mappings::add);
        } else {
          mappings.add(merge);
        }
        for (int i = 0; i < mappings.size(); i++) {
          JsonNode mapping = mappings.get(i);
          if (!mapping.isObject()) {
            throw new Refused("the merge key << at line " + mergeAt.line() + ", column " + mergeAt.column()
                + " takes a mapping or a list of mappings (YAML 1.1 merge), not " + describe(mapping), mergeAt, own);
          }
          sources.add(mapping);
          sourcePointers.add(aliasSources.getOrDefault(mapping, merge.isArray() ? base + "/" + i : base));
        }
      }
      Map<String, Position> moved = new LinkedHashMap<>();
      for (int s = 0; s < sources.size(); s++) {
        String from = sourcePointers.get(s);
        for (Map.Entry<String, JsonNode> entry : sources.get(s).properties()) {
          if (object.has(entry.getKey())) {
            continue;
          }
          object.set(entry.getKey(), entry.getValue());
          String key = "/" + ParsedDocument.escape(entry.getKey());
          subtree(from + key).forEach((p, at) -> moved.put(pointer + key + p.substring((from + key).length()), at));
        }
      }
      removeSubtree(own);
      positions.putAll(moved);
    }

    private static String describe(JsonNode value) {
      return value.isArray() ? "a list" : value.isNull() ? "null" : "the single value '" + value.asText() + "'";
    }
  }
}
