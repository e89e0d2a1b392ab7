package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.WaivedViolation;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precision suite of issue #10: on each input of {@code corpus/precision/expected-findings.yaml}
 * (the synthetic mesh, the example mesh) and {@code expected-findings-standards.yaml} (the standards'
 * examples at each release tag, each read alone) the recommended profile, with the workspace's own
 * {@code governance.yaml} if any, reports exactly the findings a governance team wants there: no
 * other finding, none missing. A failure lists the unexpected and the missing findings.
 */
class PrecisionSuiteTest {

  /** Waivers in the suite's policies expire after this day; the verdict must not depend on the day the build runs. */
  private static final Clock DAY_OF_THE_SUITE = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private static final List<String> EXPECTED = List.of(
      "corpus/precision/expected-findings.yaml", "corpus/precision/expected-findings-standards.yaml");

  static Stream<Input> inputs() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String expected : EXPECTED) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(RepositoryRoot.resolve(expected).toFile());
      root.path("inputs").forEach(node -> inputs.add(Input.of(expected, node)));
    }
    return inputs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theRecommendedProfileReportsExactlyTheExpectedFindings(Input input) throws IOException {
    Path workspace = input.workspace();
    if (input.file() != null) {
      assertThat(Files.isRegularFile(input.file())).as("example %s", input.file()).isTrue();
      workspace = Files.createTempDirectory("precision");
      Files.copy(input.file(), workspace.resolve(input.file().getFileName().toString()));
    }
    try {
      check(input, workspace);
    } finally {
      if (input.file() != null) {
        Files.delete(workspace.resolve(input.file().getFileName().toString()));
        Files.delete(workspace);
      }
    }
  }

  private static void check(Input input, Path workspace) {
    assertThat(Files.isDirectory(workspace)).as("workspace %s", workspace).isTrue();
    List<Finding> reported = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    try {
      GovernanceEngine engine = GovernanceEngine.builder().discoverRules().profile("recommended")
          .workspacePolicy(workspace).clock(DAY_OF_THE_SUITE).build();
      GovernanceReport report = input.previous() == null
          ? engine.evaluate(workspace)
          : engine.evaluate(workspace, input.previous());
      report.violations().stream().map(Finding::of).forEach(reported::add);
      report.waived().stream().map(WaivedViolation::violation).map(Finding::of).forEach(waived::add);
    } catch (ConfigurationException e) {
      // the policy itself is refused: that is a finding of its own, and no expected one can be checked
      reported.add(new Finding(e.origin().file(), e.origin().line(), e.origin().column(), "config", "policy",
          e.getMessage()));
    }
    String schema = "";
    if (input.schemaRootCauses()) {
      // the document's own schema rejects it: its schema findings are the independent-validator
      // comparison's to judge one by one; here at least one must be reported
      schema = reported.stream().anyMatch(Finding::isSchema) ? ""
          : System.lineSeparator() + "no schema finding, but the example's own schema rejects it";
      reported.removeIf(Finding::isSchema);
    }
    String diff = diff("findings", input.findings(), reported) + diff("waived findings", input.waived(), waived)
        + schema;
    assertThat(diff).as("%s: the recommended profile's findings differ from %s", input.name(), input.expectedIn())
        .isEmpty();
  }

  /** The unexpected and the missing findings, one a line; empty when they are equal. */
  private static String diff(String what, List<Finding> expected, List<Finding> reported) {
    Comparator<Finding> order = Comparator.comparing(Finding::toString);
    List<Finding> unexpected = reported.stream().filter(r -> expected.stream().noneMatch(e -> e.matches(r)))
        .sorted(order).toList();
    List<Finding> missing = expected.stream().filter(e -> reported.stream().noneMatch(e::matches))
        .sorted(order).toList();
    StringBuilder text = new StringBuilder();
    if (!unexpected.isEmpty()) {
      text.append(System.lineSeparator()).append(unexpected.size()).append(" unexpected ").append(what).append(':');
      unexpected.forEach(f -> text.append(System.lineSeparator()).append("  + ").append(f));
    }
    if (!missing.isEmpty()) {
      text.append(System.lineSeparator()).append(missing.size()).append(" missing ").append(what).append(':');
      missing.forEach(f -> text.append(System.lineSeparator()).append("  - ").append(f));
    }
    return text.toString();
  }

  /**
   * One input of the suite and what is expected on it.
   *
   * @param expectedIn the file that says what is expected
   * @param workspace the directory read, or {@code null} for a file read alone
   * @param file a file read alone as a workspace of its own, or {@code null}
   * @param previous the previous state of the workspace, or {@code null}
   * @param schemaRootCauses the document's own schema rejects it: at least one schema finding, not compared one by one
   */
  record Input(String expectedIn, String name, Path workspace, Path file, Path previous, boolean schemaRootCauses,
      List<Finding> findings, List<Finding> waived) {

    static Input of(String expectedIn, JsonNode node) {
      String workspace = node.path("workspace").asText("");
      String file = node.path("file").asText("");
      String previous = node.path("previous").asText("");
      String fileName = file.isEmpty() ? "" : Path.of(file).getFileName().toString();
      return new Input(expectedIn, node.path("name").asText(),
          workspace.isEmpty() ? null : RepositoryRoot.resolve(workspace),
          file.isEmpty() ? null : RepositoryRoot.resolve(file),
          previous.isEmpty() ? null : RepositoryRoot.resolve(previous),
          node.path("schemaFindings").asText("none").equals("root-causes"),
          findings(node.path("findings"), fileName), findings(node.path("waived"), fileName));
    }

    /** Findings as mappings ({@code file, line, column, rule, subject, key}) or, in a file's own input, {@code [line, rule, subject, key]}. */
    private static List<Finding> findings(JsonNode list, String fileName) {
      return StreamSupport.stream(list.spliterator(), false).map(f -> f.isArray()
          ? new Finding(fileName, f.get(0).asInt(), 0, f.get(1).asText(), f.get(2).asText(), f.get(3).asText())
          : new Finding(f.path("file").asText(), f.path("line").asInt(), f.path("column").asInt(0),
              f.path("rule").asText(), f.path("subject").asText(), f.path("key").asText())).toList();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * What identifies a finding in the suite: where, which rule, which subject, which message key.
   *
   * @param column 0 when the expectation does not fix it
   */
  record Finding(String file, int line, int column, String rule, String subject, String key) {

    static Finding of(Violation violation) {
      return new Finding(violation.origin().file(), violation.origin().line(), violation.origin().column(),
          violation.ruleId(), violation.subject(), violation.key());
    }

    boolean isSchema() {
      return rule.startsWith("schema.");
    }

    /** Whether {@code reported} is this expected finding; a column of 0 matches any column. */
    boolean matches(Finding reported) {
      return file.equals(reported.file) && line == reported.line && (column == 0 || column == reported.column)
          && rule.equals(reported.rule) && subject.equals(reported.subject) && key.equals(reported.key);
    }

    @Override
    public String toString() {
      return file + ":" + line + (column == 0 ? "" : ":" + column) + " [" + rule + "] " + subject + " " + key;
    }
  }
}
