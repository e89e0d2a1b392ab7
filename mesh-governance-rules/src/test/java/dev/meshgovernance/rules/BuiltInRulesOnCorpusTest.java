package dev.meshgovernance.rules;

import dev.meshgovernance.core.testing.RepositoryRoot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.engine.GovernanceEngine;
import org.junit.jupiter.api.Test;

/**
 * The whole corpus — the standards' metadata examples and every SQL file — read as one workspace and
 * checked with every built-in rule: nothing throws, no rule fails, every problem has a location.
 */
class BuiltInRulesOnCorpusTest {

  @Test
  void theWholeCorpusIsCheckedWithoutRuleErrorsAndEveryViolationIsLocated() {
    GovernanceReport report = GovernanceEngine.builder().discoverRules().build()
        .evaluate(RepositoryRoot.path().resolve("corpus"));

    assertThat(report.summary().files()).isGreaterThan(1400);
    // the v3.1.0 release's examples, those of v3.0.0, v3.0.1, v3.0.2, datacontract-cli's fixtures, the strict-schema test,
    // the precision suite's synthetic mesh and its previous state
    assertThat(report.summary().contracts()).isEqualTo(18 + 16 + 18 + 18 + 26 + 1 + 14);
    assertThat(report.summary().products()).isEqualTo(6 + 9);
    assertThat(report.summary().statements()).isGreaterThan(8000);
    assertThat(report.violationsOf("engine.rule-error")).isEmpty();
    assertThat(report.violations()).allSatisfy(v -> {
      assertThat(v.origin().file()).as(v.toString()).isNotEmpty();
      assertThat(v.origin().line()).as(v.toString()).isPositive();
    });
    // every built-in rule finds something real in the corpus
    assertThat(report.violations()).extracting(Violation::ruleId).contains(
        "naming.column-name", "ownership.owner-required", "encryption.pii-encrypted", "sql.select-star");
  }
}
