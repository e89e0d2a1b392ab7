package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.WaivedViolation;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.read.WorkspaceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers: kept in the report as waived, expiring, refused, unused; in the policy file and inline. */
class WaiverTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private GovernanceReport run(String policy) throws IOException {
    Path file = Files.writeString(dir.resolve("governance.yaml"), policy.stripIndent());
    return GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING).clock(TODAY).policy(file).build()
        .evaluate(TestMeshes.sample());
  }

  @Test
  void aWaivedViolationIsKeptWithItsWaiverAndNoLongerCounts() throws IOException {
    GovernanceReport report = run("""
        waivers:
          - rule: test.everything
            subject: contract:orders-contract
            reason: legacy contract, migrating in Q1
            owner: ana@shop.example
            expires: 2027-03-31
            ticket: GOV-12
          - rule: test.everything
            subject: "product:mark*"
            reason: pilot
            owner: sam@shop.example
            expires: 2026-11-26
        """);

    assertThat(report.waived()).extracting(w -> w.violation().subject()).containsExactlyInAnyOrder(
        "contract:orders-contract", "contract:orders-contract/orders", "contract:orders-contract/orders/order_id",
        "contract:orders-contract/orders/customerEmail", "product:marketing", "product:marketing/outputPort:out");
    assertThat(report.waived()).filteredOn(w -> w.violation().subject().equals("product:marketing"))
        .extracting(WaivedViolation::waiver).allSatisfy(w -> assertThat(w.owner()).isEqualTo("sam@shop.example"));
    assertThat(report.violations()).extracting(Violation::subject)
        .doesNotContain("contract:orders-contract", "product:marketing").contains("product:orders");
    assertThat(report.summary().waived()).isEqualTo(6);
    assertThat(report.violationsOf("config.waiver-unused")).isEmpty();
  }

  @Test
  void anExpiredWaiverStopsWaivingAndAnUnusedOneIsReported() throws IOException {
    GovernanceReport report = run("""
        waivers:
          - rule: test.everything
            subject: product:orders
            reason: old
            owner: ana@shop.example
            expires: 2026-11-25
          - rule: test.everything
            subject: product:nothing-here
            reason: stale
            owner: ana@shop.example
            expires: 2027-01-01
        """);

    assertThat(report.waived()).isEmpty();
    assertThat(report.violations()).extracting(Violation::subject).contains("product:orders");
    assertThat(report.violationsOf("config.waiver-expired")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("waiver of test.everything for product:orders (owner ana@shop.example) "
          + "expired on 2026-11-25 and no longer waives");
      assertThat(v.origin().line()).isEqualTo(2);
    });
    assertThat(report.violationsOf("config.waiver-unused")).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void theGlobalPolicyCanMakeARuleUnwaivable() throws IOException {
    GovernanceReport report = run("""
        rules:
          test.everything: {severity: error, waivable: false}
        waivers:
          - rule: test.everything
            subject: product:orders
            reason: please
            owner: ana@shop.example
            expires: 2027-01-01
        """);

    assertThat(report.waived()).isEmpty();
    assertThat(report.violationsOf("config.waiver-refused")).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("the global policy makes the rule unwaivable"));
  }

  @Test
  void aWaiverCoversWholeSegmentsOnlyNotAContractWhoseIdMerelyStartsTheSame() throws IOException {
    GovernanceReport report = run("""
        waivers:
          - rule: test.everything
            subject: contract:orders
            reason: only a contract named orders
            owner: ana@shop.example
            expires: 2027-03-31
          - rule: test.everything
            subject: contract:orders-contract/orders/order
            reason: only a field named order
            owner: ana@shop.example
            expires: 2027-03-31
        """);

    assertThat(report.waived()).isEmpty();
    assertThat(report.violationsOf("config.waiver-unused")).hasSize(2);
  }

  @Test
  void aWaiverSubjectThatIsNeitherAPathNorAGlobIsRefusedAtItsLine() {
    assertThatThrownBy(() -> run("""
        waivers:
          - rule: test.everything
            subject: orders-contract
            reason: forgot the scheme
            owner: ana
            expires: 2027-01-01
        """)).isInstanceOf(ConfigurationException.class)
        .hasMessage(dir.resolve("governance.yaml") + ":3:14: waiver: subject 'orders-contract' is not a subject "
            + "path; a path starts with product:, contract:, sql:, query:, evolution: or file: (see docs/subject-paths.md)");
  }

  @Test
  void waiversNeedAKnownRuleAReasonAnOwnerAndADate() throws IOException {
    assertThatThrownBy(() -> run("""
        waivers:
          - rule: test.everythin
            subject: product:orders
            reason: typo
            owner: ana
            expires: 2027-01-01
        """)).isInstanceOf(ConfigurationException.class)
        .hasMessage(dir.resolve("governance.yaml") + ":2:5: waiver of unknown rule 'test.everythin' "
            + "(did you mean 'test.everything'?)");
    assertThatThrownBy(() -> run("""
        waivers:
          - rule: test.everything
            subject: product:orders
            expires: someday
        """)).hasMessage(dir.resolve("governance.yaml") + ":2:5: waiver lacks reason, owner");
  }

  @Test
  void waiversNextToWhatTheyWaiveCoverItAndEverythingBelowIt() {
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        version: 1.0.0
        status: active
        customProperties:
          - property: governanceWaivers
            value:
              - rule: test.everything
                reason: being replaced
                owner: ana@shop.example
                expires: 2027-06-30
              - rule: test.nothing
                reason: typo
                owner: ana@shop.example
                expires: 2027-06-30
        schema:
          - name: orders
            properties:
              - name: order_id
                logicalType: string
        """;
    GovernanceReport report = GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING).clock(TODAY).build()
        .evaluate(new WorkspaceReader().readDocument("orders.odcs.yaml", contract));

    assertThat(report.waived()).extracting(w -> w.violation().subject()).containsExactly(
        "contract:orders-contract", "contract:orders-contract/orders", "contract:orders-contract/orders/order_id");
    assertThat(report.violationsOf("config.waiver-invalid")).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("waiver of unknown rule 'test.nothing'"));
  }
}
