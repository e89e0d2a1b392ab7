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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precision suite of issue #10: on each input of {@code corpus/precision/expected-findings.yaml}
 * — the synthetic mesh, the example mesh — the recommended profile (with the workspace's own
 * {@code governance.yaml}, if any) reports exactly the findings a governance team wants there: no
 * other finding, none missing. A failure lists the unexpected and the missing findings.
 *
 * <p>Off in the default build until the fixes of issue #10 are merged; run it with
 * {@code -Dmeshgovernance.precision=true}.
 */
@EnabledIfSystemProperty(named = "meshgovernance.precision", matches = "true")
class PrecisionSuiteTest {

  /** Waivers in the suite's policies expire after this day; the verdict must not depend on the day the build runs. */
  private static final Clock DAY_OF_THE_SUITE = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private static final Path EXPECTED = RepositoryRoot.resolve("corpus/precision/expected-findings.yaml");

  static Stream<Input> inputs() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(EXPECTED.toFile());
    return StreamSupport.stream(root.path("inputs").spliterator(), false).map(Input::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theRecommendedProfileReportsExactlyTheExpectedFindings(Input input) {
    assertThat(Files.isDirectory(input.workspace())).as("workspace %s", input.workspace()).isTrue();
    List<Finding> reported = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    try {
      GovernanceEngine engine = GovernanceEngine.builder().discoverRules().profile("recommended")
          .workspacePolicy(input.workspace()).clock(DAY_OF_THE_SUITE).build();
      GovernanceReport report = input.previous() == null
          ? engine.evaluate(input.workspace())
          : engine.evaluate(input.workspace(), input.previous());
      report.violations().stream().map(Finding::of).forEach(reported::add);
      report.waived().stream().map(WaivedViolation::violation).map(Finding::of).forEach(waived::add);
    } catch (ConfigurationException e) {
      // the policy itself is refused: that is a finding of its own, and no expected one can be checked
      reported.add(new Finding(e.origin().file(), e.origin().line(), e.origin().column(), "config", "policy",
          e.getMessage()));
    }
    String diff = diff("findings", input.findings(), reported) + diff("waived findings", input.waived(), waived);
    assertThat(diff).as("%s: the recommended profile's findings differ from %s", input.name(),
        RepositoryRoot.path().relativize(EXPECTED)).isEmpty();
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
   * @param previous the previous state of the workspace, or {@code null}
   */
  record Input(String name, Path workspace, Path previous, List<Finding> findings, List<Finding> waived) {

    static Input of(JsonNode node) {
      String previous = node.path("previous").asText("");
      return new Input(node.path("name").asText(), RepositoryRoot.resolve(node.path("workspace").asText()),
          previous.isEmpty() ? null : RepositoryRoot.resolve(previous), findings(node.path("findings")),
          findings(node.path("waived")));
    }

    private static List<Finding> findings(JsonNode list) {
      return StreamSupport.stream(list.spliterator(), false).map(f -> new Finding(f.path("file").asText(),
          f.path("line").asInt(), f.path("column").asInt(0), f.path("rule").asText(), f.path("subject").asText(),
          f.path("key").asText())).toList();
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
