package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.sql.SqlDialect;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A query gateway on {@code evaluateSql} against the example mesh, where {@code catalog.products_staging} is an
 * internal table of product {@code catalog-products} and {@code sales.orders_v1.customer_email} is pii: exports
 * read data like any query, and a statement that does not parse is never an empty report.
 */
class GatewayExportsTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce-mesh");
  private static final String CONSUMER = "marketing-cross-sell";
  private static Mesh mesh;

  @BeforeAll
  static void readTheExampleMesh() {
    mesh = engine(SqlDialect.ANSI).read(EXAMPLE);
  }

  private static GovernanceEngine engine(SqlDialect dialect) {
    return GovernanceEngine.builder().discoverRules().profile("recommended")
        .sqlAnalyzer(SqlAnalyzer.builder().dialect(dialect).build()).build();
  }

  private static GovernanceReport gateway(SqlDialect dialect, String sql) {
    GovernanceReport report = engine(dialect).evaluateSql(mesh, sql, CONSUMER);
    assertThat(report.violations()).as("report of %s", sql).isNotEmpty();
    return report;
  }

  static Stream<Arguments> exportsOfAnInternalTable() {
    return Stream.of(
        Arguments.of(SqlDialect.POSTGRES, "COPY (SELECT sku, title FROM catalog.products_staging) TO '/tmp/x.csv'"),
        Arguments.of(SqlDialect.POSTGRES, "COPY /* x */ (SELECT sku FROM catalog.products_staging) TO '/tmp/x.csv'"),
        Arguments.of(SqlDialect.POSTGRES, "copy ( select sku from CATALOG.\"products_staging\" ) to stdout with csv"),
        Arguments.of(SqlDialect.POSTGRES, "COPY catalog.products_staging (sku, title) TO '/tmp/x.csv'"),
        Arguments.of(SqlDialect.POSTGRES, "COPY (WITH s AS (SELECT sku FROM catalog.products_staging)\n"
            + "  SELECT sku FROM s WHERE sku IN (SELECT sku FROM s)) TO '/tmp/x.csv'"),
        Arguments.of(SqlDialect.SNOWFLAKE, "COPY INTO @exports/products/ FROM (SELECT sku, title FROM "
            + "catalog.products_staging) FILE_FORMAT = (TYPE = CSV)"),
        Arguments.of(SqlDialect.SNOWFLAKE, "COPY INTO @exports/products/ FROM catalog.products_staging"),
        Arguments.of(SqlDialect.REDSHIFT, "UNLOAD ('SELECT sku FROM catalog.products_staging WHERE title <> ''x''')\n"
            + "TO 's3://bucket/products_' IAM_ROLE 'arn:aws:iam::1:role/r'"),
        Arguments.of(SqlDialect.BIGQUERY, "EXPORT DATA OPTIONS(uri='gs://bucket/p/*.csv', format='CSV') AS\n"
            + "SELECT sku FROM (SELECT sku FROM catalog.products_staging)"),
        Arguments.of(SqlDialect.POSTGRES, "EXPLAIN ANALYZE SELECT sku FROM catalog.products_staging"));
  }

  @ParameterizedTest
  @MethodSource("exportsOfAnInternalTable")
  void anExportOfAnotherProductsInternalTableIsCrossDomainInternalAccessAtTheTable(SqlDialect dialect, String sql) {
    GovernanceReport report = gateway(dialect, sql);

    assertThat(report.violationsOf("sql.cross-domain-internal-access")).as(sql).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.origin().line()).isGreaterThanOrEqualTo(1);
      String line = sql.lines().toList().get(v.origin().line() - 1);
      assertThat(line.substring(v.origin().column() - 1).toLowerCase()).startsWith("catalog.");
    });
    assertThat(report.violationsOf("sql.unsupported")).isEmpty();
  }

  @Test
  void anExportOfAPiiColumnIsAnUnmaskedPiiOutput() {
    for (String sql : new String[] {
        "COPY (SELECT order_id, customer_email FROM sales.orders_v1) TO '/tmp/emails.csv'",
        "UNLOAD ('SELECT customer_email FROM sales.orders_v1') TO 's3://bucket/e_'",
        "COPY sales.orders_v1 TO '/tmp/all.csv'"}) {
      assertThat(gateway(SqlDialect.REDSHIFT, sql).violationsOf("sql.pii-unmasked")).as(sql).isNotEmpty();
    }
    assertThat(engine(SqlDialect.ANSI).evaluateSql(mesh,
        "COPY (SELECT sha2(customer_email) AS e FROM sales.orders_v1) TO '/tmp/e.csv'", CONSUMER)
        .violationsOf("sql.pii-unmasked")).isEmpty();
  }

  static Stream<String> statementsThatDoNotParse() {
    return Stream.of("SELEC * FROM catalog.products_staging", "SLECT sku FROM catalog.products_staging",
        "INSRT INTO marketing.cross_sell_v1 SELECT sku FROM catalog.products_staging",
        "asdf qwer zxcv", "12 34 !", "'just a string'", "COPY (SELECT FROM WHERE) TO '/tmp/x'");
  }

  @ParameterizedTest
  @MethodSource("statementsThatDoNotParse")
  void aStatementThatDoesNotParseIsAParseErrorNeverAPass(String sql) {
    GovernanceReport report = gateway(SqlDialect.ANSI, sql);

    assertThat(report.violationsOf("sql.parse-error")).as(sql).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    if (sql.contains("products_staging")) {
      // the tables are still found, so the access is judged too
      assertThat(report.violationsOf("sql.cross-domain-internal-access")).as(sql).hasSize(1);
    }
  }

  @Test
  void aMisspeltKeywordIsNamedWithWhatWasMeant() {
    Violation error = gateway(SqlDialect.ANSI, "SELEC * FROM sales.orders_v1").violationsOf("sql.parse-error").get(0);
    assertThat(error.message()).contains("did you mean 'SELECT'?");
  }

  @Test
  void aKnownStatementTheParserDoesNotReadIsAtLeastAWarningInTheGateway() {
    GovernanceReport report = gateway(SqlDialect.ANSI, "VACUUM FULL ANALYZE sales.orders_v1 WITH odd options");
    assertThat(report.violationsOf("sql.unsupported")).singleElement()
        .satisfies(v -> assertThat(v.severity()).isIn(Severity.WARNING, Severity.ERROR));
  }
}
