package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The severities of the library's own findings (input.*, sql.parse-error, …), set like a rule's. */
class FindingSeverityTest {

  @TempDir
  Path dir;

  private Path workspace() throws IOException {
    Path workspace = Files.createDirectories(dir.resolve("mesh"));
    Files.writeString(workspace.resolve("maintenance.sql"), "VACUUM FULL ANALYZE some_table (a, b);\nSELECT oops FROM;\n");
    Files.writeString(workspace.resolve("broken.yaml"), "kind: DataContract\napiVersion: [\n");
    return workspace;
  }

  private Path policy(String text) throws IOException {
    return Files.writeString(dir.resolve("governance.yaml"), text.stripIndent());
  }

  private static Severity severityOf(GovernanceReport report, String id) {
    return report.violationsOf(id).stream().map(Violation::severity).findFirst().orElseThrow();
  }

  @Test
  void aWorkspaceReportsTheFindingsAtTheSeverityTheyAreRaisedWithUnlessConfigured() throws IOException {
    GovernanceReport plain = GovernanceEngine.builder().build().evaluate(workspace());
    assertThat(severityOf(plain, "sql.unsupported")).isEqualTo(Severity.INFO);
    assertThat(severityOf(plain, "sql.parse-error")).isEqualTo(Severity.ERROR);
    assertThat(severityOf(plain, "input.unreadable")).isEqualTo(Severity.ERROR);

    GovernanceReport configured = GovernanceEngine.builder().policy(policy("""
        rules:
          sql.unsupported: warning
          input.unreadable: {severity: warning, waivable: false}
        """)).severity("sql.parse-error", Severity.INFO).build().evaluate(workspace());
    assertThat(severityOf(configured, "sql.unsupported")).isEqualTo(Severity.WARNING);
    assertThat(severityOf(configured, "input.unreadable")).isEqualTo(Severity.WARNING);
    assertThat(severityOf(configured, "sql.parse-error")).isEqualTo(Severity.INFO);
  }

  @Test
  void everyRuleStarLeavesTheLibrarysFindingsAlone() throws IOException {
    GovernanceReport report = GovernanceEngine.builder().policy(policy("""
        rules:
          "*": error
        """)).build().evaluate(workspace());
    assertThat(severityOf(report, "sql.unsupported")).isEqualTo(Severity.INFO);
  }

  @Test
  void anUnknownIdIsNamedWithTheClosestRuleOrFinding() throws IOException {
    Path file = policy("""
        rules:
          sql.unsuported: warning
        """);
    assertThatThrownBy(() -> GovernanceEngine.builder().policy(file).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageEndingWith("/governance.yaml:2:19: unknown rule 'sql.unsuported' (did you mean 'sql.unsupported'?)");
    assertThatThrownBy(() -> GovernanceEngine.builder().severity("input.nothing-reed", Severity.ERROR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule 'input.nothing-reed' (did you mean 'input.nothing-read'?)");
  }

  @Test
  void aFindingHasASeverityOnlyNotOffOptionsScopeLockOrADomainsSetting() throws IOException {
    assertThatThrownBy(() -> GovernanceEngine.builder().policy(policy("""
        rules:
          sql.parse-error: off
        """)).build()).isInstanceOf(ConfigurationException.class).hasMessageEndingWith("/governance.yaml:2:20: sql.parse-error "
            + "is a finding of the library about its input, not a rule: it cannot be turned off: what it reports "
            + "would pass unsaid; lower it to info instead");
    assertThatThrownBy(() -> GovernanceEngine.builder().policy(policy("""
        rules:
          sql.unsupported: {severity: warning, options: {limit: 3}}
        """)).build()).isInstanceOf(ConfigurationException.class).hasMessageEndingWith("it has no options");
    assertThatThrownBy(() -> GovernanceEngine.builder().policy(policy("""
        rules:
          sql.unsupported: {severity: error, locked: true}
        """)).build()).isInstanceOf(ConfigurationException.class).hasMessageEndingWith("cannot be locked: no domain can set it");
    assertThatThrownBy(() -> GovernanceEngine.builder().policy(policy("""
        domains:
          sales:
            rules:
              sql.unsupported: error
        """)).build()).isInstanceOf(ConfigurationException.class)
        .hasMessageEndingWith("it is set globally, not by a domain (domain sales)");
    assertThatThrownBy(() -> GovernanceEngine.builder().disable("sql.parse-error").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sql.parse-error is a finding of the library about "
            + "its input, not a rule: only its severity can be set (it cannot be turned off, have options or a scope)");
  }

  @Test
  void aConfiguredSeverityChangesTheConfigurationHash() {
    String plain = GovernanceEngine.builder().build().configurationHash();
    assertThat(GovernanceEngine.builder().severity("sql.unsupported", Severity.WARNING).build().configurationHash())
        .isNotEqualTo(plain);
    assertThat(GovernanceEngine.builder().build().configurationHash()).isEqualTo(plain);
  }
}
