package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML ({@code .yaml}, {@code .yml}) and JSON documents into a Jackson tree plus the position
 * of every value, with Jackson's streaming parser. YAML aliases are expanded and merge keys
 * ({@code <<: *base}, {@code <<: [*a, *b]}) merged as YAML 1.1 defines them. Problems (syntax
 * errors, documents too large or too deep, alias bombs) are returned as {@code input.unreadable}
 * violations, never thrown; a key that occurs twice in one mapping is an {@code input.duplicate-key}.
 * Immutable and thread-safe.
 */
public final class TreeParser {

  /** Largest document read, in characters. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;
  /** Deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 200;
  private static final int MAX_ALIASES = 50;
  /** Most values YAML aliases may copy in one file (guards against "billion laughs"). */
  public static final int MAX_ALIASED_VALUES = 100_000;
  /**
   * The parsers' own nesting limits, a backstop behind {@link #MAX_DEPTH}, which the tree builder
   * enforces itself so that it can say where.
   */
  private static final int PARSER_DEPTH_LIMIT = 2 * MAX_DEPTH;

  private final JsonFactory json;
  private final YAMLFactory yaml;

  /** A parser with the limits above. */
  public TreeParser() {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(PARSER_DEPTH_LIMIT)
        .maxDocumentLength(MAX_CHARS)
        .maxStringLength(MAX_CHARS)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CHARS);
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(PARSER_DEPTH_LIMIT);
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
   * Parses {@code text}, YAML or JSON as the name of {@code file} says, as exactly one document (a
   * policy or baseline file): an empty document parses to a missing root; a file holding more than
   * one document is unreadable, and so is one with a duplicate key ({@link ParseResult.Failed}).
   */
  public ParseResult parse(String file, String text) {
    ParseResult result = read(file, text, false);
    if (result instanceof ParseResult.Stream stream) {
      return stream.problems().isEmpty()
          ? new ParseResult.Parsed(stream.documents().get(0))
          : new ParseResult.Failed(stream.problems().get(0));
    }
    return result;
  }

  /**
   * Parses every document of {@code text} ({@link ParseResult.Stream}): each document of a YAML
   * stream ({@code ---} separated, anchors local to their document; empty documents between others
   * are left out), or the one document of a JSON file, where a second top-level value is unreadable.
   * A key that occurs twice in one mapping is an {@code input.duplicate-key} error located at the
   * later key and naming the earlier one's line; the later value is the one read, as YAML and JSON
   * loaders do, and the error fails the gate.
   */
  public ParseResult parseStream(String file, String text) {
    return read(file, text, true);
  }

  private ParseResult read(String file, String text, boolean stream) {
    if (text.length() > MAX_CHARS) {
      return failed(file, 0, 0, "", "the document has " + text.length() + " characters, more than the "
          + MAX_CHARS + " read");
    }
    boolean isYaml = isYaml(file);
    try (JsonParser parser = (isYaml ? yaml : json).createParser(text)) {
      List<ParsedDocument> documents = new ArrayList<>();
      List<Violation> problems = new ArrayList<>();
      TreeBuilder.Budget budget = new TreeBuilder.Budget();
      JsonToken first = parser.nextToken();
      if (first == null) {
        documents.add(new ParsedDocument(file, MissingNode.getInstance(), Map.of()));
      }
      for (; first != null; first = parser.nextToken()) {
        if (!documents.isEmpty() && !(stream && isYaml)) {
          JsonLocation at = parser.currentTokenLocation();
          return failed(file, at.getLineNr(), at.getColumnNr(), "",
              "more than one document in the file; put each document in its own file");
        }
        TreeBuilder builder = new TreeBuilder(file, parser, isYaml, JsonNodeFactory.instance, budget, problems);
        JsonNode root = builder.build(first);
        documents.add(new ParsedDocument(file, root, builder.positions()));
      }
      return new ParseResult.Stream(withoutEmpty(documents), problems);
    } catch (TreeBuilder.Refused refused) {
      return failed(file, refused.at().line(), refused.at().column(), refused.pointer(), refused.getMessage());
    } catch (JsonProcessingException e) {
      int[] at = ParseErrors.position(e);
      return failed(file, at[0], at[1], "", ParseErrors.describe(e));
    } catch (IOException | RuntimeException e) {
      return failed(file, 0, 0, "", ParseErrors.clean(String.valueOf(e.getMessage())));
    }
  }

  /** The documents of a stream but the empty ones ({@code ---} with nothing after it); at least one. */
  private static List<ParsedDocument> withoutEmpty(List<ParsedDocument> documents) {
    if (documents.size() == 1) {
      return documents;
    }
    List<ParsedDocument> kept = documents.stream()
        .filter(d -> !d.root().isNull() && !d.root().isMissingNode())
        .toList();
    return kept.isEmpty() ? documents.subList(0, 1) : kept;
  }

  private static ParseResult failed(String file, int line, int column, String pointer, String message) {
    return new ParseResult.Failed(Diagnostics.error(Diagnostics.INPUT_UNREADABLE, "syntax",
        message, Diagnostics.fileSubject(file),
        new Origin(file, Math.max(0, line), Math.max(0, column), pointer)));
  }
}
