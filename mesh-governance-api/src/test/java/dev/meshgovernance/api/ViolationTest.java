package dev.meshgovernance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

  private static Violation at(String file, int line, String rule, String message) {
    return new Violation(rule, Severity.ERROR, "key", message, "contract:c/d/f", Origin.of(file, line, 3), null);
  }

  @Test
  void theFingerprintIgnoresLinesAndMessageTextButNotRuleSubjectOrKey() {
    Violation v = at("a.yaml", 3, "naming.column-name", "first wording");

    assertThat(at("a.yaml", 99, "naming.column-name", "other wording").fingerprint()).isEqualTo(v.fingerprint());
    assertThat(at("a.yaml", 3, "naming.table-name", "first wording").fingerprint()).isNotEqualTo(v.fingerprint());
    assertThat(new Violation("naming.column-name", Severity.ERROR, "other-key", "first wording", "contract:c/d/f",
        Origin.NONE, "").fingerprint()).isNotEqualTo(v.fingerprint());
    // baselines written by earlier versions must still match: the algorithm is part of the contract
    assertThat(v.fingerprint()).isEqualTo("4df409704cd6b9c8"); // sha256("naming.column-name\ncontract:c/d/f\nkey")[0..8]
  }

  @Test
  void reportsSortByFileLineRuleAndCountBySeverity() {
    Violation late = at("b.yaml", 1, "a.rule", "m");
    Violation early = at("a.yaml", 10, "b.rule", "m");
    Violation earliest = at("a.yaml", 2, "c.rule", "m").withSeverity(Severity.INFO);
    GovernanceReport report = GovernanceReport.builder().files(2).contracts(1)
        .violations(List.of(late, early, earliest)).ignoredFiles(List.of("z", "y")).build();

    assertThat(report.violations()).containsExactly(earliest, early, late);
    assertThat(report.summary().errors()).isEqualTo(2);
    assertThat(report.summary().infos()).isEqualTo(1);
    assertThat(report.ignoredFiles()).containsExactly("y", "z");
    assertThat(report.hasViolationsAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void severitiesParseTheirLowerCaseNames() {
    assertThat(Severity.parse("Warning")).isEqualTo(Severity.WARNING);
    assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .hasMessage("unknown severity 'fatal', expected one of error, warning, info");
  }
}
