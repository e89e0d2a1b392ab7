package dev.meshgovernance.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cases of one rule, as PMD keeps them: a small data file {@code cases/<rule id>.yaml} of the
 * test resources, each case a named workspace whose offending lines carry {@code # expect: key}
 * (YAML) or {@code -- expect: key} (SQL) markers — {@code key@6-21} also asserts the columns the violation spans
 * (see {@link RuleTester}). One compliant and one non-compliant case are
 * marked {@code doc: best-practice} and {@code doc: anti-pattern}: the rule's page shows them.
 *
 * @param rule the rule id
 * @param cases the cases, in file order
 */
record RuleCaseFile(String rule, List<Case> cases) {

  /** The folder of the case files. */
  static final Path FOLDER = Path.of("src/test/resources/cases");

  /**
   * One case.
   *
   * @param name what it shows, a sentence
   * @param doc {@code anti-pattern}, {@code best-practice} or absent
   * @param options rule options for this case
   * @param files workspace-relative path → content
   * @param previous the previous state of the workspace, for rules on contract evolution; usually none
   */
  record Case(String name, String doc, Map<String, Object> options, Map<String, String> files,
      Map<String, String> previous) {
    Case {
      options = options == null ? Map.of() : Map.copyOf(options);
      files = new LinkedHashMap<>(files);
      previous = previous == null ? Map.of() : new LinkedHashMap<>(previous);
    }

    /** True when some file of the case expects a violation. */
    boolean expectsViolations() {
      return files.values().stream().flatMap(String::lines).anyMatch(line -> RuleTester.MARKER.matcher(line).find());
    }
  }

  RuleCaseFile {
    cases = List.copyOf(cases);
  }

  /** The case marked with {@code doc}, if any. */
  Optional<Case> doc(String kind) {
    return cases.stream().filter(c -> kind.equals(c.doc())).findFirst();
  }

  /** Reads the case file of a rule from the module's test resources. */
  static RuleCaseFile of(String ruleId) {
    return read(FOLDER.resolve(ruleId + ".yaml"));
  }

  /** Every case file. */
  static List<RuleCaseFile> all() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(RuleCaseFile::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String ruleId) {
    return Files.isRegularFile(FOLDER.resolve(ruleId + ".yaml"));
  }

  private static RuleCaseFile read(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(file.toFile(), RuleCaseFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case file " + file, e);
    }
  }
}
