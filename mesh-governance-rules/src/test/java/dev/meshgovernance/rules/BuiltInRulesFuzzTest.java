package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.read.WorkspaceReader;

/**
 * Arbitrary documents through the whole path — reader, engine, every built-in rule: no exception
 * escapes, no rule fails, the document is counted. {@code mvn test} replays the inputs under
 * {@code src/test/resources/dev/meshgovernance/rules/BuiltInRulesFuzzTestInputs/anyDocument/};
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class BuiltInRulesFuzzTest {

  private static final String[] NAMES = {"fuzz.yaml", "fuzz.json", "fuzz.sql"};
  private static final WorkspaceReader READER = new WorkspaceReader();
  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().discoverRules().build();

  @FuzzTest(maxDuration = "60s")
  void anyDocument(FuzzedDataProvider data) {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    GovernanceReport report = ENGINE.evaluate(READER.readDocument(name, data.consumeRemainingAsString()));

    assertThat(report.summary().files()).isEqualTo(1);
    assertThat(report.violationsOf("engine.rule-error")).isEmpty();
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
  }
}
