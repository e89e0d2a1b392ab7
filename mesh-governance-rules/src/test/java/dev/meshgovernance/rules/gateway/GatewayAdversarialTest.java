package dev.meshgovernance.rules.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial statements for a query gateway built on {@code evaluateSql} over the example mesh
 * (the recommended profile): each gets its expected finding, or {@code sql.analysis-incomplete} /
 * {@code sql.parse-error} where the library could not judge it — never an empty report — on the
 * default stack and on a thread with a 256 KB stack.
 */
class GatewayAdversarialTest {

  private static final String CONSUMER = "marketing-cross-sell";
  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().discoverRules().profile("recommended").build();
  private static final Mesh MESH = ENGINE.read(RepositoryRoot.resolve("examples/ecommerce-mesh"));
  private static final List<String> COULD_NOT_JUDGE = List.of("sql.analysis-incomplete", "sql.parse-error");

  static Stream<Arguments> statements() {
    String ors = IntStream.range(0, 2000).mapToObj(i -> "o.customer_email = 'user" + i + "@x.example'")
        .collect(Collectors.joining(" OR "));
    String twoThousandOrs = "SELECT o.customer_email, s.title FROM sales.orders_v1 o JOIN catalog.products_staging s"
        + " ON o.product_id = s.sku WHERE " + ors;
    StringBuilder megabyte = new StringBuilder("SELECT s.title FROM catalog.products_staging s WHERE s.sku = 'a'");
    for (int i = 0; megabyte.length() < 990_000; i++) {
      megabyte.append(" OR s.sku = 'sku-").append(i).append('\'');
    }
    String deep = "SELECT o.customer_email FROM sales.orders_v1 o WHERE " + "(".repeat(10_000) + "o.order_id = 'x'"
        + ")".repeat(10_000);
    return Stream.of(
        Arguments.of("2,000 OR terms", twoThousandOrs, List.of("sql.cross-domain-internal-access", "sql.pii-unmasked")),
        // parsing 1 MB may outlast the time limit: then sql.parse-error says so and the tables still count
        Arguments.of("a 1 MB statement", megabyte.toString(), List.of("sql.cross-domain-internal-access", "may-be-partial")),
        Arguments.of("10^4 nested parentheses", deep, COULD_NOT_JUDGE),
        Arguments.of("case games", "SELECT S.SKU FROM CATALOG.PRODUCTS_STAGING S",
            List.of("sql.cross-domain-internal-access")),
        Arguments.of("comments hiding keywords", "SELECT s.sku /* FROM catalog.products_v2 */ FROM -- WHERE\n"
            + " catalog.products_staging s WHERE /* ) */ s.active", List.of("sql.cross-domain-internal-access")),
        Arguments.of("the real table read inside a CTE of its name",
            "WITH products_staging AS (SELECT sku FROM catalog.products_staging) SELECT sku FROM products_staging",
            List.of("sql.cross-domain-internal-access")),
        Arguments.of("a three-part name of an internal table", "SELECT s.sku FROM shop.catalog.products_staging s",
            List.of("sql.cross-domain-internal-access")),
        Arguments.of("quoted identifiers", "SELECT s.\"SKU\" FROM \"Catalog\".\"Products_Staging\" s",
            List.of("sql.cross-domain-internal-access")),
        Arguments.of("a three-part name of a contract dataset on a server with database shop",
            "SELECT o.customer_email FROM shop.sales.orders_v1 o", List.of("sql.pii-unmasked")),
        Arguments.of("pii through a long || chain", "SELECT o.customer_email" + " || '-'".repeat(3000)
            + " AS contact FROM sales.orders_v1 o", List.of("sql.pii-unmasked")),
        Arguments.of("an export of an internal table", "COPY (SELECT sku, title FROM catalog.products_staging) TO '/tmp/p.csv'",
            List.of("sql.cross-domain-internal-access")),
        Arguments.of("a nested export of pii", "EXPORT DATA OPTIONS(uri='gs://b/x-*.csv', format='CSV') AS WITH c AS"
            + " (SELECT o.customer_email FROM sales.orders_v1 o) SELECT customer_email FROM (SELECT * FROM c) t",
            List.of("sql.pii-unmasked")),
        Arguments.of("a misspelt SELECT of an internal table", "SELEC sku FROM catalog.products_staging",
            List.of("sql.parse-error", "sql.cross-domain-internal-access")),
        Arguments.of("a harmless statement followed by a misspelt one",
            "SELECT 1;\nSLECT o.customer_email FROM sales.orders_v1 o", List.of("sql.parse-error")),
        Arguments.of("garbage", "asdf qwer zxcv", List.of("sql.parse-error")),
        Arguments.of("a construct the lineage does not follow", "SELECT * FROM sales.orders_v1"
            + " PIVOT (SUM(total_amount) FOR status IN ('open', 'paid')) p", COULD_NOT_JUDGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void getsItsFindingOnTheDefaultStack(String name, String sql, List<String> expected) {
    assertFinds(ENGINE.evaluateSql(MESH, sql, CONSUMER), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void getsItsFindingOnASmallStack(String name, String sql, List<String> expected) throws InterruptedException {
    assertFinds(onSmallStack(() -> ENGINE.evaluateSql(MESH, sql, CONSUMER)), expected);
  }

  /** A CTE named like an internal table is not a read of it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("smallAndDefault")
  void aCteShadowingAnInternalTableIsNoReadOfIt(String stack) throws InterruptedException {
    String sql = "WITH products_staging AS (SELECT product_id AS sku FROM catalog.products_v2)"
        + " SELECT sku FROM products_staging";
    GovernanceReport report = stack.equals("small") ? onSmallStack(() -> ENGINE.evaluateSql(MESH, sql, CONSUMER))
        : ENGINE.evaluateSql(MESH, sql, CONSUMER);
    assertThat(report.violations()).extracting(Violation::ruleId)
        .doesNotContain("sql.cross-domain-internal-access", "sql.analysis-incomplete", "sql.parse-error");
  }

  /** A name whose database is not the server's is another table: not the contract's dataset. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("smallAndDefault")
  void anotherDatabaseIsAnotherTable(String stack) throws InterruptedException {
    String sql = "SELECT o.customer_email FROM other.sales.orders_v1 o";
    GovernanceReport report = stack.equals("small") ? onSmallStack(() -> ENGINE.evaluateSql(MESH, sql, CONSUMER))
        : ENGINE.evaluateSql(MESH, sql, CONSUMER);
    assertThat(report.violations()).extracting(Violation::ruleId).doesNotContain("sql.pii-unmasked");
  }

  static Stream<String> smallAndDefault() {
    return Stream.of("default", "small");
  }

  private static void assertFinds(GovernanceReport report, List<String> expected) {
    assertThat(report.violations()).as("never an empty report").isNotEmpty();
    if (expected == COULD_NOT_JUDGE) {
      assertThat(report.violations()).filteredOn(v -> COULD_NOT_JUDGE.contains(v.ruleId()))
          .extracting(Violation::severity).isNotEmpty().allMatch(s -> s == Severity.ERROR);
      return;
    }
    List<String> findings = expected.stream().filter(id -> !id.equals("may-be-partial")).toList();
    assertThat(report.violations()).extracting(Violation::ruleId).containsAll(findings);
    assertThat(report.violations()).filteredOn(v -> findings.contains(v.ruleId()) && COULD_NOT_JUDGE.contains(v.ruleId()))
        .extracting(Violation::severity).allMatch(s -> s == Severity.ERROR);
    if (findings.size() == expected.size()) {
      assertThat(report.violations()).extracting(Violation::ruleId)
          .doesNotContainAnyElementsOf(COULD_NOT_JUDGE.stream().filter(id -> !findings.contains(id)).toList());
    }
  }

  private static GovernanceReport onSmallStack(java.util.function.Supplier<GovernanceReport> task)
      throws InterruptedException {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        outcome.set(task.get());
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small", 256 * 1024);
    thread.start();
    thread.join();
    assertThat(outcome.get()).isInstanceOf(GovernanceReport.class);
    return (GovernanceReport) outcome.get();
  }
}
