package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-on counts the library's findings about its input at their effective severity, like any violation. */
class FailOnThresholdTest {

  private static GovernanceReport reportOf(String ruleId, Severity severity) {
    return GovernanceReport.builder().violations(List.of(new Violation(ruleId, severity, "lineage",
        "analysis incomplete", "sql:etl/load.sql#1", Origin.of("etl/load.sql", 1, 1), ""))).build();
  }

  @Test
  void aWarningThatAStatementWasNotFullyJudgedFailsAWarningGateButNotAnErrorGate() {
    GovernanceReport report = reportOf("sql.analysis-incomplete", Severity.WARNING);
    assertThat(FailOn.warning.failed(report)).isTrue();
    assertThat(FailOn.info.failed(report)).isTrue();
    assertThat(FailOn.error.failed(report)).isFalse();
    assertThat(FailOn.never.failed(report)).isFalse();
  }

  @Test
  void thePolicyFileDecidesWhereAnUnanalysedStatementMeetsTheThreshold(@TempDir Path dir) throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("mesh"));
    Files.writeString(workspace.resolve("maintenance.sql"), "VACUUM FULL ANALYZE some_table (a, b);\n");

    assertThat(CliRun.of("check", workspace.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", workspace.toString(), "--fail-on", "info").exitCode()).isEqualTo(1);

    Files.writeString(workspace.resolve("governance.yaml"), "rules:\n  sql.unsupported: warning\n");
    CliRun warning = CliRun.of("check", workspace.toString(), "--fail-on", "warning");
    assertThat(warning.exitCode()).isEqualTo(1);
    assertThat(warning.out()).contains("warning [sql.unsupported]");
    assertThat(CliRun.of("check", workspace.toString()).exitCode()).isZero();

    Files.writeString(workspace.resolve("governance.yaml"), "rules:\n  sql.unsupported: error\n");
    assertThat(CliRun.of("check", workspace.toString()).exitCode()).isEqualTo(1);
  }
}
