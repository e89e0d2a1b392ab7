package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.Subject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class GovernanceEngineTest {

  static final RuleOption<Integer> LIMIT = RuleOption.integer("limit", 3, "A limit.");

  /** A rule made of metadata and a lambda, for tests. */
  record TestRule<S extends Subject>(RuleInfo info, BiConsumer<S, RuleContext> body) implements Rule<S> {
    @Override
    public void check(S subject, RuleContext context) {
      body.accept(subject, context);
    }
  }

  static <S extends Subject> TestRule<S> rule(String id, Class<S> type, BiConsumer<S, RuleContext> body) {
    RuleInfo info = RuleInfo.builder(id, type).title("Test rule " + id).description("Reports what the test says.")
        .rationale("Tests the engine.").option(LIMIT).build();
    return new TestRule<>(info, body);
  }

  static final TestRule<Subject> EVERYTHING =
      rule("test.everything", Subject.class, (s, c) -> c.report("seen", "saw " + s.path()));

  @Test
  void eachSubjectGoesToTheRulesOfItsType() {
    GovernanceReport report = GovernanceEngine.builder()
        .rule(rule("test.fields", Field.class, (f, c) -> c.report("field", "field " + f.name())))
        .rule(rule("test.documents", MetadataDocument.class, (d, c) -> c.report("doc", "document " + d.id())))
        .build().evaluate(TestMeshes.sample());

    assertThat(report.violationsOf("test.fields")).extracting(Violation::subject).containsExactly(
        "contract:orders-contract/orders/order_id", "contract:orders-contract/orders/customerEmail");
    assertThat(report.violationsOf("test.documents")).extracting(Violation::subject).containsExactlyInAnyOrder(
        "product:orders", "product:marketing", "contract:orders-contract", "contract:marketing-contract");
  }

  @Test
  void violationsCarryTheSubjectsPathOriginSeverityAndHint() {
    Violation v = GovernanceEngine.builder()
        .rule(rule("test.fields", Field.class, (f, c) -> c.report("field", "field " + f.name())))
        .build().evaluate(TestMeshes.sample()).violations().get(0);

    assertThat(v.ruleId()).isEqualTo("test.fields");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.subject()).isEqualTo("contract:orders-contract/orders/order_id");
    assertThat(v.origin().toString()).isEqualTo("orders-contract.odcs.yaml:20:9");
    assertThat(v.fingerprint()).matches("[0-9a-f]{16}");
  }

  @Test
  void aRuleThatThrowsBecomesOneDiagnosticPerSubjectAndTheRunGoesOn() {
    GovernanceReport report = GovernanceEngine.builder()
        .rule(rule("test.broken", SqlStatement.class, (s, c) -> {
          throw new IllegalStateException("boom");
        }))
        .rule(EVERYTHING)
        .build().evaluate(TestMeshes.sample());

    assertThat(report.violationsOf("engine.rule-error")).hasSize(3).first().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("rule test.broken failed on sql:marketing/query.sql#1: IllegalStateException: boom");
      assertThat(v.subject()).isEqualTo("sql:marketing/query.sql#1");
    });
    assertThat(report.violationsOf("test.everything")).hasSize(13);
  }

  @Test
  void configurationSetsSeverityOptionsAndTurnsRulesOff() {
    GovernanceEngine engine = GovernanceEngine.builder()
        .rule(rule("test.limit", MetadataDocument.class, (d, c) -> c.report("limit", "limit " + c.option(LIMIT))))
        .rule(EVERYTHING)
        .severity("test.limit", Severity.ERROR)
        .option("test.limit", "limit", 7L)
        .disable("test.everything")
        .build();
    GovernanceReport report = engine.evaluate(TestMeshes.sample());

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("test.limit");
    assertThat(report.violations()).allSatisfy(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("limit 7");
    });
    assertThat(report.summary().errors()).isEqualTo(4);
  }

  @Test
  void unknownRulesAndOptionsAndBadValuesAreNamedWithASuggestion() {
    assertThatThrownBy(() -> GovernanceEngine.builder().rule(EVERYTHING).severity("test.everythin", Severity.INFO).build())
        .hasMessage("unknown rule 'test.everythin' (did you mean 'test.everything'?)");
    assertThatThrownBy(() -> GovernanceEngine.builder().rule(EVERYTHING).option("test.everything", "limt", 1).build())
        .hasMessage("rule test.everything has no option 'limt' (did you mean 'limit'?)");
    assertThatThrownBy(() -> GovernanceEngine.builder().rule(EVERYTHING).option("test.everything", "limit", "x").build())
        .hasMessage("rule test.everything: option limit expects integer, got 'x'");
  }

  @Test
  void twoRulesWithOneIdAreRefused() {
    assertThatThrownBy(() -> GovernanceEngine.builder().rule(EVERYTHING)
        .rule(rule("test.everything", Field.class, (f, c) -> { })).build())
        .hasMessageStartingWith("two rules have the id test.everything");
  }

  @Test
  void readingProblemsAndIgnoredFilesAreReported() {
    Mesh sample = TestMeshes.sample();
    GovernanceReport report = GovernanceEngine.builder().build().evaluate(sample);

    assertThat(report.ignoredFiles()).containsExactly("notes.yaml");
    assertThat(report.summary()).isEqualTo(new GovernanceReport.Summary(3, 2, 2, 3, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void oneProductIsCheckedWithItsPortsContractsAndSql() {
    GovernanceReport report = GovernanceEngine.builder().rule(EVERYTHING).build()
        .evaluateProduct(TestMeshes.sample(), "orders");

    assertThat(report.violations()).extracting(Violation::subject).containsExactlyInAnyOrder(
        "product:orders", "product:orders/outputPort:out", "contract:orders-contract",
        "contract:orders-contract/orders", "contract:orders-contract/orders/order_id",
        "contract:orders-contract/orders/customerEmail", "sql:orders/build.sql#1", "sql:orders/build.sql#2");
    assertThatThrownBy(() -> GovernanceEngine.builder().build().evaluateProduct(TestMeshes.sample(), "nope"))
        .hasMessage("no product 'nope' in the mesh");
  }

  @Test
  void resultsAreTheSameAcrossRunsAndThreads() throws Exception {
    GovernanceEngine engine = GovernanceEngine.builder().rule(EVERYTHING).build();
    Mesh mesh = TestMeshes.sample();
    List<Violation> first = engine.evaluate(mesh).violations();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<List<Violation>> task = () -> engine.evaluate(mesh).violations();
      for (Future<List<Violation>> result : pool.invokeAll(java.util.Collections.nCopies(16, task))) {
        assertThat(result.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sqlFromAGatewayIsCheckedAsTheConsumingProductsInTheMeshsContext() {
    GovernanceReport report = GovernanceEngine.builder()
        .rule(rule("test.reads", SqlStatement.class, (s, c) -> c.report(s.parsed() ? "reads" : "unparsed",
            s.ownerProductId() + " reads " + s.tablesRead() + " published by "
                + s.tablesRead().stream().map(t -> c.mesh().publisherOf(t).map(p -> p.id()).orElse("?")).toList())))
        .build()
        .evaluateSql(TestMeshes.sample(), "SELECT order_id FROM sales.orders_v1;\nSELECT oops FROM", "marketing");

    assertThat(report.violations()).extracting(Violation::ruleId, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("test.reads", "marketing reads [sales.orders_v1] published by [orders]"),
        org.assertj.core.groups.Tuple.tuple("test.reads", "marketing reads [] published by []"),
        org.assertj.core.groups.Tuple.tuple("sql.parse-error", report.violationsOf("sql.parse-error").get(0).message()));
    assertThat(report.violationsOf("sql.parse-error").get(0).origin().line()).isEqualTo(2);
    assertThat(report.summary().statements()).isEqualTo(2);
  }
}
