package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluateSql as a query gateway uses it: who the SQL runs for, what it is called, and failing closed. */
class GatewayTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  /** Reports each statement with the product it runs for, as sql.undeclared-input judges it. */
  private static final GovernanceEngineTest.TestRule<SqlStatement> READS = GovernanceEngineTest.rule("test.reads",
      SqlStatement.class, (s, c) -> c.report("reads", s.ownerProductId() + " reads " + s.tablesRead()));

  private static final String UNSUPPORTED = "VACUUM FULL ANALYZE some_table (a, b)";

  @TempDir
  Path dir;

  private static GovernanceEngine engine() {
    return GovernanceEngine.builder().rule(READS).build();
  }

  @Test
  void anUnknownConsumingProductIsRefusedWithTheClosestId() {
    assertThatThrownBy(() -> engine().evaluateSql(TestMeshes.sample(), "SELECT 1", "marketng"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no product 'marketng' in the mesh (did you mean 'marketing'?)");
    assertThatThrownBy(() -> engine().evaluateSql(TestMeshes.sample(), "SELECT 1", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no product '' in the mesh");
    assertThatThrownBy(() -> engine().evaluateSql(TestMeshes.sample(), "SELECT 1", (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name the product the SQL runs for, or call evaluateSql(mesh, sql) for none");
    assertThatThrownBy(() -> engine().evaluateSql(TestMeshes.sample(), SqlQuery.of("q", "SELECT 1").forProduct("ordrs")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("(did you mean 'orders'?)");
  }

  @Test
  void evaluateProductSuggestsTheClosestIdToo() {
    assertThatThrownBy(() -> engine().evaluateProduct(TestMeshes.sample(), "ordres"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no product 'ordres' in the mesh (did you mean 'orders'?)");
    assertThatThrownBy(() -> engine().evaluateProduct(TestMeshes.sample(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("productId");
  }

  @Test
  void sqlRunForNoProductSaysThatTheRulesNeedingAConsumerDidNotJudgeIt() {
    GovernanceReport report = engine().evaluateSql(TestMeshes.sample(), "SELECT order_id FROM sales.orders_v1");

    assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, Violation::subject)
        .containsExactlyInAnyOrder(
            tuple("sql.no-consumer", Severity.INFO, "query:adhoc"),
            tuple("test.reads", Severity.WARNING, "query:adhoc#1"));
    assertThat(report.violationsOf("sql.no-consumer").get(0).message())
        .isEqualTo("query 'adhoc' runs for no product: the rules that judge SQL against the product it runs for "
            + "(sql.undeclared-input among the built-in rules) did not judge it");
    assertThat(report.violationsOf("test.reads").get(0).message()).isEqualTo(" reads [sales.orders_v1]");
    assertThat(engine().evaluateSql(TestMeshes.sample(), "SELECT 1", "marketing").violationsOf("sql.no-consumer"))
        .isEmpty();
  }

  @Test
  void gatewayStatementsAreNamedByTheCallersQueryIdWithAnOriginSayingSo() {
    GovernanceReport report = engine().evaluateSql(TestMeshes.sample(),
        SqlQuery.of("req-4711", "SELECT 1;\nSELECT order_id FROM sales.orders_v1").forProduct("marketing"));

    assertThat(report.violations()).extracting(Violation::subject, v -> v.origin().toString())
        .containsExactly(tuple("query:req-4711#1", "query:req-4711:1:1"), tuple("query:req-4711#2", "query:req-4711:2:1"));
    assertThat(engine().evaluateSql(TestMeshes.sample(), "SELECT 1", "marketing").violations())
        .extracting(Violation::subject).containsExactly("query:adhoc#1");
    assertThatThrownBy(() -> SqlQuery.of("a#1", "SELECT 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query id 'a#1' must not be blank nor contain '#' or white space");
  }

  @Test
  void workspaceWaiversDoNotCoverGatewayQueriesUnlessTheyNameTheQueryScheme() throws IOException {
    Path policy = Files.writeString(dir.resolve("governance.yaml"), """
        waivers:
          - {rule: test.reads, subject: "sql:query.sql#1", reason: workspace file, owner: a@x, expires: 2027-01-01}
          - {rule: test.reads, subject: "sql:adhoc", reason: workspace file, owner: a@x, expires: 2027-01-01}
          - {rule: test.reads, subject: "*", reason: every workspace subject, owner: a@x, expires: 2027-01-01}
          - {rule: sql.parse-error, subject: "*query*", reason: broken workspace files, owner: a@x, expires: 2027-01-01}
        """);
    GovernanceEngine engine = GovernanceEngine.builder().rule(READS).clock(TODAY).policy(policy).build();

    GovernanceReport report = engine.evaluateSql(TestMeshes.sample(), "SELECT 1;\nSELECT oops FROM", "marketing");
    assertThat(report.waived()).isEmpty();
    assertThat(report.violations()).extracting(Violation::ruleId, Violation::subject).contains(
        tuple("test.reads", "query:adhoc#1"), tuple("sql.parse-error", "query:adhoc#2"));

    Path gateway = Files.writeString(dir.resolve("gateway.yaml"), """
        waivers:
          - {rule: test.reads, subject: "query:nightly", reason: the nightly report, owner: a@x, expires: 2027-01-01}
          - {rule: sql.parse-error, subject: "query:legacy-*", reason: legacy syntax, owner: a@x, expires: 2027-01-01}
        """);
    GovernanceEngine waiving = GovernanceEngine.builder().rule(READS).clock(TODAY).policy(gateway).build();
    assertThat(waiving.evaluateSql(TestMeshes.sample(), SqlQuery.of("nightly", "SELECT 1").forProduct("marketing"))
        .waived()).extracting(w -> w.violation().subject()).containsExactly("query:nightly#1");
    assertThat(waiving.evaluateSql(TestMeshes.sample(), SqlQuery.of("legacy-7", "SELECT oops FROM").forProduct("marketing"))
        .waived()).extracting(w -> w.violation().ruleId()).containsExactly("sql.parse-error");
  }

  @Test
  void inTheGatewayWhatCouldNotBeJudgedIsAnErrorByDefault() {
    GovernanceReport report = engine().evaluateSql(TestMeshes.sample(), UNSUPPORTED + ";\nSELECT oops FROM", "marketing");

    assertThat(report.violations()).filteredOn(v -> v.ruleId().startsWith("sql."))
        .extracting(Violation::ruleId, Violation::severity).containsExactly(
            tuple("sql.unsupported", Severity.ERROR), tuple("sql.parse-error", Severity.ERROR));
    assertThat(report.hasViolationsAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void theGatewaysDefaultsCanBeLoweredExplicitlyByTheBuilderOrThePolicy() throws IOException {
    GovernanceReport built = GovernanceEngine.builder().rule(READS).severity("sql.unsupported", Severity.INFO).build()
        .evaluateSql(TestMeshes.sample(), UNSUPPORTED, "marketing");
    assertThat(built.violationsOf("sql.unsupported")).extracting(Violation::severity).containsExactly(Severity.INFO);

    Path policy = Files.writeString(dir.resolve("governance.yaml"), """
        rules:
          sql.unsupported: warning
          sql.parse-error: {severity: warning}
        """);
    GovernanceReport configured = GovernanceEngine.builder().rule(READS).policy(policy).build()
        .evaluateSql(TestMeshes.sample(), UNSUPPORTED + ";\nSELECT oops FROM", "marketing");
    assertThat(configured.violations()).filteredOn(v -> v.ruleId().startsWith("sql."))
        .extracting(Violation::ruleId, Violation::severity).containsExactly(
            tuple("sql.unsupported", Severity.WARNING), tuple("sql.parse-error", Severity.WARNING));
  }
}
