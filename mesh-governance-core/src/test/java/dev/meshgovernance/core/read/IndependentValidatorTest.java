package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.read.tree.ParseResult;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks the library's schema findings with an independent validator (dev.harrel json-schema,
 * drafts 2019-09 and 2020-12) over every metadata document of the corpus: the same bundled schema of
 * the same version, compared by the JSON pointer of each error. Each pointer only one side reports
 * must be one of the explained differences below; anything else fails the test, so a new
 * difference is either fixed or explained here.
 */
class IndependentValidatorTest {

  private static final Schemas SCHEMAS = new Schemas();
  private static final TreeParser PARSER = new TreeParser();
  private static final Map<String, URI> REGISTERED = new HashMap<>();
  private static Validator independent;

  /** Why a pointer is reported by one validator only. */
  enum Explanation {
    /**
     * The independent validator reports every branch of a failed {@code oneOf}/{@code anyOf}; the
     * library only the best-matching one, and it did report another branch of the same one.
     */
    OTHER_BRANCH,
    /**
     * The independent validator reports a declared property as unevaluated because a sibling
     * subschema of the same object failed (no annotations from a failed subschema); the library
     * reports that failure, within the same object, instead of its echo.
     */
    UNEVALUATED_ECHO
  }

  @BeforeAll
  static void load() {
    independent = new ValidatorFactory().withDisabledSchemaValidation(true)
        .withJsonNodeFactory(new JacksonNode.Factory()).createValidator();
    for (DocumentType type : DocumentType.values()) {
      for (StandardVersion version : type.versions()) {
        REGISTERED.put(version.schemaFile(),
            independent.registerSchema(URI.create("urn:bundled:" + version.schemaFile()), resource(version.schemaFile())));
      }
    }
  }

  private static String resource(String file) {
    try (InputStream in = Schemas.class.getResourceAsStream("/dev/meshgovernance/core/read/schema/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> documents() throws IOException {
    Path corpus = RepositoryRoot.resolve("corpus/metadata");
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(Files::isRegularFile).map(f -> corpus.relativize(f).toString().replace('\\', '/'))
          .filter(Workspace::isRead).filter(f -> !f.endsWith(".sql")).sorted()
          .filter(f -> parsed(f).flatMap(d -> DocumentType.recognise(d.root())).isPresent())
          .toList().stream();
    }
  }

  private static Optional<ParsedDocument> parsed(String file) {
    try {
      String text = Files.readString(RepositoryRoot.resolve("corpus/metadata/" + file));
      return PARSER.parse(file, text) instanceof ParseResult.Parsed ok ? Optional.of(ok.document()) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An error of the independent validator: where, and through which schema path. */
  private record Reported(String pointer, String evaluationPath) {}

  @ParameterizedTest
  @MethodSource("documents")
  void everyDifferenceIsExplained(String file) {
    ParsedDocument document = parsed(file).orElseThrow();
    DocumentType type = DocumentType.recognise(document.root()).orElseThrow();
    StandardVersion version = StandardVersion.of(type, document.root()).version();

    Set<String> library = SCHEMAS.validate(type, document).stream()
        .map(Violation::origin).map(o -> o.pointer()).collect(Collectors.toCollection(TreeSet::new));
    List<Reported> all = independent.validate(REGISTERED.get(version.schemaFile()), document.root()).getErrors()
        .stream().map(e -> new Reported(e.getInstanceLocation(), e.getEvaluationPath())).toList();
    // an error with errors under it (allOf, a failed oneOf...) only sums those up; so does a failed
    // "if" the errors of its "then" or "else"
    List<Reported> leaves = all.stream().filter(e -> all.stream().noneMatch(o -> sumsUp(e, o))).toList();
    Set<String> independentPointers = leaves.stream().map(Reported::pointer)
        .collect(Collectors.toCollection(TreeSet::new));

    Map<Explanation, List<String>> explained = new EnumMap<>(Explanation.class);
    List<String> unexplained = new ArrayList<>();
    for (Reported error : leaves) {
      if (library.contains(error.pointer())) {
        continue;
      }
      Explanation why = otherBranchReported(error, all, library) ? Explanation.OTHER_BRANCH
          : echoOfReportedFailure(error, library) ? Explanation.UNEVALUATED_ECHO : null;
      if (why == null) {
        unexplained.add("only the independent validator: " + error);
      } else {
        explained.computeIfAbsent(why, w -> new ArrayList<>()).add(error.pointer());
      }
    }
    for (String pointer : library) {
      if (!independentPointers.contains(pointer)) {
        unexplained.add("only the library: " + pointer);
      }
    }
    assertThat(unexplained).as(file + " (explained: " + explained + ")").isEmpty();
  }

  private static boolean sumsUp(Reported summary, Reported other) {
    // evaluation paths do not tell array items apart: what is summed up lies within the summary's value
    if (!within(other.pointer(), summary.pointer())) {
      return false;
    }
    String path = summary.evaluationPath();
    if (other.evaluationPath().startsWith(path + "/")) {
      return true;
    }
    if (path.endsWith("/if")) {
      String owner = path.substring(0, path.length() - "/if".length());
      return other.evaluationPath().startsWith(owner + "/then/") || other.evaluationPath().startsWith(owner + "/else/");
    }
    return false;
  }

  /**
   * True when {@code error} lies in a branch of a failed {@code oneOf}/{@code anyOf} and the library
   * reported a pointer of another branch of the same one (or the combinator itself, on a tie).
   */
  private static boolean otherBranchReported(Reported error, List<Reported> all, Set<String> library) {
    String path = error.evaluationPath();
    for (String combinator : List.of("/oneOf/", "/anyOf/")) {
      int at = path.lastIndexOf(combinator);
      while (at >= 0) {
        String prefix = path.substring(0, at + combinator.length());
        String rest = path.substring(prefix.length());
        String branch = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String combinatorPath = prefix.substring(0, prefix.length() - 1);
        // the combinator's own error, at the value it judged: the one that holds this error
        Optional<Reported> owner = all.stream().filter(o -> o.evaluationPath().equals(combinatorPath))
            .filter(o -> within(error.pointer(), o.pointer()))
            .max(java.util.Comparator.comparingInt(o -> o.pointer().length()));
        if (owner.isEmpty()) {
          at = path.lastIndexOf(combinator, at - 1);
          continue;
        }
        String value = owner.get().pointer();
        boolean otherReported = all.stream()
            .filter(o -> within(o.pointer(), value))
            .filter(o -> o.evaluationPath().startsWith(prefix) && !o.evaluationPath().startsWith(prefix + branch + "/")
                && !o.evaluationPath().equals(prefix + branch))
            .anyMatch(o -> library.contains(o.pointer()));
        boolean tieReported = library.contains(value);
        if (otherReported || tieReported) {
          return true;
        }
        at = path.lastIndexOf(combinator, at - 1);
      }
    }
    return false;
  }

  private static boolean within(String pointer, String element) {
    return pointer.equals(element) || pointer.startsWith(element + "/");
  }

  /**
   * True when {@code error} is an unevaluated property of an object within which the library
   * reported another cause.
   */
  private static boolean echoOfReportedFailure(Reported error, Set<String> library) {
    if (!error.evaluationPath().endsWith("/unevaluatedProperties")) {
      return false;
    }
    String object = error.pointer().substring(0, error.pointer().lastIndexOf('/'));
    return library.stream().anyMatch(p -> !p.equals(error.pointer())
        && (p.equals(object) || p.startsWith(object + "/")));
  }
}
