package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.core.internal.Diagnostics;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML ({@code .yaml}, {@code .yml}) and JSON documents into a Jackson tree plus the position
 * of every value, with Jackson's streaming parser. Problems (syntax errors, documents too large or
 * too deep, alias bombs) are returned as {@code input.unreadable} violations, never thrown.
 * Immutable and thread-safe.
 */
public final class TreeParser {

  /** Largest document read, in characters. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;
  /** Deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 200;
  private static final int MAX_ALIASES = 50;
  /** Most values YAML aliases may copy in one document (guards against "billion laughs"). */
  public static final int MAX_ALIASED_VALUES = 100_000;

  private final JsonFactory json;
  private final YAMLFactory yaml;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  public TreeParser() {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxDocumentLength(MAX_CHARS)
        .maxStringLength(MAX_CHARS)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CHARS);
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_DEPTH);
    json = JsonFactory.builder().streamReadConstraints(constraints).build();
    // an empty plain value ("key:") is null in YAML, as in every YAML loader and the reference validators;
    // the builder (unlike the factory's constructor) would leave it an empty string, which the schemas accept
    yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  }

  /** True for the names of files this parser reads as YAML ({@code .yaml}, {@code .yml}). */
  public static boolean isYaml(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** True for the names of files this parser reads: YAML or JSON. */
  public static boolean isTree(String file) {
    return isYaml(file) || file.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Parses {@code text}, YAML or JSON as the name of {@code file} says. An empty document parses
   * to a missing root. A file holding more than one document is unreadable.
   */
  public ParseResult parse(String file, String text) {
    if (text.length() > MAX_CHARS) {
      return failed(file, 0, 0, "the document has " + text.length() + " characters, more than the "
          + MAX_CHARS + " read");
    }
    JsonFactory factory = isYaml(file) ? yaml : json;
    try (JsonParser parser = factory.createParser(text)) {
      Map<String, Position> positions = new HashMap<>();
      JsonNode root = build(parser, positions);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        return failed(file, at.getLineNr(), at.getColumnNr(),
            "more than one document in the file; put each document in its own file");
      }
      return new ParseResult.Parsed(new ParsedDocument(file, root, positions));
    } catch (JsonProcessingException e) {
      return failed(file, e, ParseErrors.describe(e));
    } catch (IOException | RuntimeException e) {
      return failed(file, 0, 0, ParseErrors.clean(String.valueOf(e.getMessage())));
    }
  }

  private JsonNode build(JsonParser parser, Map<String, Position> positions) throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    Aliases aliases = new Aliases();
    JsonNode root = MissingNode.getInstance();
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      Frame parent = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        parent.field = parser.currentName();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        if (stack.isEmpty()) {
          return root;
        }
        continue;
      }
      String pointer = parent == null ? "" : parent.childPointer();
      JsonLocation at = parser.currentTokenLocation();
      positions.put(pointer, new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
      JsonNode value = switch (token) {
        case START_OBJECT -> nodes.objectNode();
        case START_ARRAY -> nodes.arrayNode();
        default -> parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()
            ? aliases.resolve(yamlParser, stack.size())
            : scalar(parser, token);
      };
      Object anchor = parser.getObjectId();
      if (anchor != null) {
        aliases.anchor(anchor.toString(), value);
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

  private JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
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

  private static ParseResult failed(String file, JsonProcessingException e, String message) {
    int[] at = ParseErrors.position(e);
    return failed(file, at[0], at[1], message);
  }

  private static ParseResult failed(String file, int line, int column, String message) {
    return new ParseResult.Failed(Diagnostics.error(Diagnostics.INPUT_UNREADABLE, "syntax",
        message, Diagnostics.fileSubject(file), new Origin(file, Math.max(0, line), Math.max(0, column), "")));
  }

  /** The anchored values of a YAML document, and how many values aliases copied so far. */
  private static final class Aliases {
    private final Map<String, JsonNode> anchored = new HashMap<>();
    private int copied;

    private void anchor(String name, JsonNode value) {
      anchored.put(name, value);
    }

    /** A copy of the value the current alias names, inserted at nesting {@code depth}. */
    private JsonNode resolve(YAMLParser parser, int depth) throws IOException {
      JsonNode value = anchored.get(parser.getText());
      if (value == null) {
        throw new JsonParseException(parser, "alias *" + parser.getText() + " names no anchored object or"
            + " list (anchors on single values are not supported): write the value out");
      }
      int[] sizeAndHeight = measure(value);
      copied += sizeAndHeight[0];
      if (copied > MAX_ALIASED_VALUES) {
        throw new JsonParseException(parser, "YAML aliases expand to more than " + MAX_ALIASED_VALUES + " values");
      }
      if (depth + sizeAndHeight[1] > MAX_DEPTH) {
        throw new JsonParseException(parser, "alias *" + parser.getText() + " nests values deeper than "
            + MAX_DEPTH + " levels");
      }
      return value.deepCopy();
    }

    /** Number of values and nesting height of {@code value} (whose height is at most {@link #MAX_DEPTH}). */
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
  }

  /** An object or array being filled, and where the next child goes. */
  private static final class Frame {
    private final ContainerNode<?> node;
    private final String pointer;
    private String field = "";
    private int index;

    private Frame(ContainerNode<?> node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    private String childPointer() {
      return node instanceof ObjectNode
          ? pointer + "/" + ParsedDocument.escape(field)
          : pointer + "/" + index;
    }

    private void add(JsonNode value) {
      if (node instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) node).add(value);
        index++;
      }
    }
  }
}
