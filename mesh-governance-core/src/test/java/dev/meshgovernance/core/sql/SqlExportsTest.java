package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Exports, loads and EXPLAIN ANALYZE are read by what they wrap; misspelt statements are parse errors. */
class SqlExportsTest {

  private static SqlAnalysis analyze(SqlDialect dialect, String sql) {
    return SqlAnalyzer.builder().dialect(dialect).build().analyzeFile("q.sql", sql);
  }

  private static SqlStatement only(SqlDialect dialect, String sql) {
    SqlAnalysis analysis = analyze(dialect, sql);
    assertThat(analysis.diagnostics()).as(sql).isEmpty();
    assertThat(analysis.statements()).hasSize(1);
    return analysis.statements().get(0);
  }

  private static Origin at(int line, int column, int endColumn) {
    return Origin.span("q.sql", line, column, line, endColumn);
  }

  @Test
  void aPostgresCopyOfAQueryToAFileReadsTheQuerysTablesWhereTheyAreWritten() {
    SqlStatement copy = only(SqlDialect.POSTGRES,
        "COPY /* x */ (SELECT o.id, c.email FROM sales.orders o\n  JOIN crm.customers c ON c.id = o.cid) TO '/tmp/x.csv' WITH CSV");

    assertThat(copy.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(copy.parsed()).isTrue();
    assertThat(copy.targetTable()).isEmpty();
    assertThat(copy.exportTarget()).isEqualTo("/tmp/x.csv");
    assertThat(copy.tablesRead()).containsExactly("crm.customers", "sales.orders");
    assertThat(copy.originOf("sales.orders")).isEqualTo(at(1, 41, 53));
    assertThat(copy.originOf("crm.customers")).isEqualTo(at(2, 8, 21));
    assertThat(copy.locations().column("email", 1, 2)).contains(at(1, 28, 35));
  }

  @Test
  void aCopyOfATableToAFileReadsTheTableWithoutAStarItDidNotWrite() {
    SqlStatement copy = only(SqlDialect.POSTGRES, "copy sales.orders (id, email) to stdout");

    assertThat(copy.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(copy.exportTarget()).isEqualTo("stdout");
    assertThat(copy.tablesRead()).containsExactly("sales.orders");
    assertThat(copy.originOf("sales.orders")).isEqualTo(at(1, 6, 18));
    assertThat(copy.selectStar()).isFalse();
    assertThat(only(SqlDialect.POSTGRES, "COPY sales.orders TO '/tmp/o.csv'").selectStar()).isFalse();
  }

  @Test
  void loadsWriteTheirTableAndReadNone() {
    SqlStatement copy = only(SqlDialect.POSTGRES, "COPY sales.orders (id, email) FROM '/tmp/in.csv' CSV");
    assertThat(copy.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(copy.targetTable()).isEqualTo("sales.orders");
    assertThat(copy.tablesRead()).isEmpty();

    SqlStatement snowflake = only(SqlDialect.SNOWFLAKE,
        "COPY INTO sales.orders (id, email) FROM (SELECT $1, $2 FROM @my_stage/orders/) FILE_FORMAT = (TYPE = CSV)");
    assertThat(snowflake.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(snowflake.targetTable()).isEqualTo("sales.orders");
    assertThat(snowflake.tablesRead()).isEmpty();
  }

  @Test
  void snowflakeCopyIntoAStageReadsItsQueryOrTable() {
    SqlStatement query = only(SqlDialect.SNOWFLAKE,
        "COPY INTO @exports/orders/ FROM (WITH r AS (SELECT id FROM sales.orders)\n"
            + "  SELECT id FROM r WHERE id IN (SELECT id FROM crm.customers)) FILE_FORMAT = (TYPE = CSV)");
    assertThat(query.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(query.exportTarget()).isEqualTo("@exports/orders/");
    assertThat(query.tablesRead()).containsExactly("crm.customers", "sales.orders");
    assertThat(query.originOf("crm.customers")).isEqualTo(at(2, 48, 61));

    SqlStatement table = only(SqlDialect.SNOWFLAKE, "copy into 's3://bucket/out/' from sales.orders");
    assertThat(table.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(table.exportTarget()).isEqualTo("s3://bucket/out/");
    assertThat(table.tablesRead()).containsExactly("sales.orders");
  }

  @Test
  void redshiftUnloadReadsTheQueryOfItsStringLiteralAndLocatesItThroughTheEscapedQuotes() {
    SqlStatement unload = only(SqlDialect.REDSHIFT,
        "UNLOAD ('SELECT id FROM sales.orders WHERE status = ''open'' AND x IN (SELECT x FROM crm.customers)')\n"
            + "TO 's3://bucket/orders_' IAM_ROLE 'arn:aws:iam::1:role/r'");

    assertThat(unload.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(unload.exportTarget()).isEqualTo("s3://bucket/orders_");
    assertThat(unload.tablesRead()).containsExactly("crm.customers", "sales.orders");
    assertThat(unload.originOf("sales.orders")).isEqualTo(at(1, 25, 37));
    // after the two escaped quotes, the column counts the text as written
    assertThat(unload.originOf("crm.customers")).isEqualTo(at(1, 86, 99));
  }

  @Test
  void bigQueryExportDataReadsItsQueryAndNamesItsUri() {
    SqlStatement export = only(SqlDialect.BIGQUERY,
        "EXPORT DATA OPTIONS(uri='gs://bucket/orders/*.csv', format='CSV', overwrite=true) AS\n"
            + "SELECT id, email FROM sales.orders");

    assertThat(export.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(export.exportTarget()).isEqualTo("gs://bucket/orders/*.csv");
    assertThat(export.tablesRead()).containsExactly("sales.orders");
    assertThat(export.originOf("sales.orders")).isEqualTo(at(2, 23, 35));
  }

  @Test
  void anExportWhoseQueryDoesNotParseIsAParseErrorInTheQueryWithItsTablesReadApproximately() {
    SqlAnalysis analysis = analyze(SqlDialect.POSTGRES, "COPY (SELECT id FROM sales.orders WHERE) TO '/tmp/x'");

    assertThat(analysis.diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sql.parse-error");
      assertThat(v.origin().column()).isGreaterThan(6);
    });
    SqlStatement statement = analysis.statements().get(0);
    assertThat(statement.kind()).isEqualTo(StatementKind.EXPORT);
    assertThat(statement.approximate()).isTrue();
    assertThat(statement.tablesRead()).containsExactly("sales.orders");
  }

  @Test
  void explainAnalyzeRunsItsStatementAndPlainExplainDoesNot() {
    SqlStatement analyze = only(SqlDialect.POSTGRES, "EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM sales.orders");
    assertThat(analyze.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(analyze.tablesRead()).containsExactly("sales.orders");
    assertThat(analyze.originOf("sales.orders")).isEqualTo(at(1, 43, 55));
    assertThat(only(SqlDialect.TRINO, "EXPLAIN ANALYZE VERBOSE INSERT INTO t SELECT * FROM s").targetTable())
        .isEqualTo("t");

    SqlStatement plain = only(SqlDialect.POSTGRES, "EXPLAIN SELECT id FROM sales.orders");
    assertThat(plain.tablesRead()).isEmpty();
    assertThat(only(SqlDialect.POSTGRES, "EXPLAIN (ANALYZE false) SELECT id FROM sales.orders").tablesRead())
        .isEmpty();
  }

  @Test
  void aStatementStartingWithNoKnownKeywordIsAParseErrorWithADidYouMeanAndItsTablesRead() {
    SqlAnalysis analysis = analyze(SqlDialect.ANSI, "SELECT 1;\n  SELEC * FROM sales.orders");

    Violation error = analysis.diagnostics().get(0);
    assertThat(error.ruleId()).isEqualTo("sql.parse-error");
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.key()).isEqualTo("unknown-statement");
    assertThat(error.message()).contains("'SELEC'").contains("did you mean 'SELECT'?");
    assertThat(error.origin().line()).isEqualTo(2);
    assertThat(error.origin().column()).isEqualTo(3);
    SqlStatement statement = analysis.statements().get(1);
    assertThat(statement.approximate()).isTrue();
    assertThat(statement.tablesRead()).containsExactly("sales.orders");

    SqlStatement insert = analyze(SqlDialect.ANSI, "INSRT INTO t SELECT a FROM s").statements().get(0);
    assertThat(insert.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(insert.targetTable()).isEqualTo("t");
    assertThat(insert.tablesRead()).containsExactly("s");
  }

  @Test
  void knownStatementsThatMoveNoDataStayUnsupportedInfos() {
    // (the gateway raises them to errors: GatewayTest)
    String sql = "VACUUM FULL ANALYZE sales.orders WITH something odd";
    assertThat(analyze(SqlDialect.ANSI, sql).diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sql.unsupported");
      assertThat(v.severity()).isEqualTo(Severity.INFO);
    });
    // a label and a client command are not misspellings
    assertThat(analyze(SqlDialect.BIGQUERY, "mylabel: BEGIN SELECT 1").diagnostics())
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("sql.unsupported"));
  }
}
