package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.engine.GovernanceEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests a rule the way Error Prone tests checks: the input files are written inline, and each line
 * where the rule must report carries a marker naming the expected message keys —
 * {@code # expect: key} in YAML, {@code -- expect: key} in SQL. The test passes when the rule reports
 * exactly those keys on exactly those lines, and nothing else; input problems (schema, parse errors)
 * fail it too, so cases stay valid examples of the standards.
 *
 * <p>A key may also name the columns the violation spans: {@code key@6-21} — from column 6 to just before
 * column 21 of the marker's line ({@link dev.meshgovernance.api.Origin#endColumn()}), {@code key@6-3:4} when it
 * ends on line 3, {@code key@6} when it has no end. The violation must then span exactly that.
 */
public final class RuleTester {

  static final Pattern MARKER = Pattern.compile("(?:#|--)\\s*expect:\\s*([a-z0-9, :._/@-]+)\\s*$");

  private final GovernanceEngine.Builder builder;
  private final String ruleId;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, String> previousFiles = new LinkedHashMap<>();

  private RuleTester(Rule<?> rule) {
    this.builder = GovernanceEngine.builder().rule(rule);
    this.ruleId = rule.info().id();
  }

  public static RuleTester of(Rule<?> rule) {
    return new RuleTester(rule);
  }

  public RuleTester option(String name, Object value) {
    builder.option(ruleId, name, value);
    return this;
  }

  /** Adds a workspace file; its text is stripped of common indentation. */
  public RuleTester file(String path, String text) {
    files.put(path, text.stripIndent());
    return this;
  }

  /** Sets several options at once. */
  public RuleTester options(Map<String, Object> values) {
    values.forEach(this::option);
    return this;
  }

  /** Adds several workspace files at once. */
  public RuleTester files(Map<String, String> more) {
    more.forEach(this::file);
    return this;
  }

  /** Adds files of the previous state of the workspace (for rules on contract evolution). */
  public RuleTester previous(Map<String, String> more) {
    more.forEach((path, text) -> previousFiles.put(path, text.stripIndent()));
    return this;
  }

  /** Runs the rule and asserts the violations match the markers exactly. */
  public GovernanceReport check() {
    Path root = writeWorkspace(files);
    Path previousRoot = writeWorkspace(previousFiles);
    GovernanceReport report;
    try {
      GovernanceEngine engine = builder.build();
      report = previousFiles.isEmpty() ? engine.evaluate(root) : engine.evaluate(root, previousRoot);
    } finally {
      deleteRecursively(root);
      deleteRecursively(previousRoot);
    }
    assertThat(report.violations().stream().filter(v -> !v.ruleId().equals(ruleId)).map(Violation::toString))
        .as("input problems of the test case").isEmpty();
    TreeSet<String> expected = expected();
    assertThat(found(report, expected)).isEqualTo(expected);
    return report;
  }

  private TreeSet<String> expected() {
    TreeSet<String> expected = new TreeSet<>();
    files.forEach((path, text) -> {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher marker = MARKER.matcher(lines[i]);
        if (marker.find()) {
          for (String key : marker.group(1).split(",")) {
            expected.add(path + ":" + (i + 1) + " " + key.strip());
          }
        }
      }
    });
    return expected;
  }

  /** What the rule reported, with the columns spanned where the expected marker names them. */
  private TreeSet<String> found(GovernanceReport report, TreeSet<String> expected) {
    TreeSet<String> found = new TreeSet<>();
    report.violationsOf(ruleId).forEach(v -> {
      String at = v.origin().file() + ":" + v.origin().line() + " " + v.key();
      boolean withColumns = expected.stream().anyMatch(e -> e.startsWith(at + "@"));
      found.add(withColumns ? at + "@" + columns(v.origin()) : at);
    });
    return found;
  }

  private static String columns(dev.meshgovernance.api.Origin origin) {
    if (!origin.hasEnd()) {
      return String.valueOf(origin.column());
    }
    return origin.column() + "-" + (origin.endLine() == origin.line() ? "" : origin.endLine() + ":")
        + origin.endColumn();
  }

  private static void deleteRecursively(Path root) {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path writeWorkspace(Map<String, String> files) {
    try {
      Path root = Files.createTempDirectory("rule-case");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
