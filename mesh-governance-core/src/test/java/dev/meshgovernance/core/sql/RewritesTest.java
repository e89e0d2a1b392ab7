package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rewrite on its real example from {@code corpus/sql}, and positions mapped back to the original text. */
class RewritesTest {

  private static String rewrite(SqlDialect dialect, String sql) {
    return Rewrites.of(dialect).apply(sql, SqlTokenizer.tokenize(sql, dialect)).text();
  }

  private static SqlStatement only(SqlDialect dialect, String corpusFile, int index) throws IOException {
    String text = Files.readString(CorpusFiles.sqlRoot().resolve(corpusFile));
    SqlAnalysis analysis = SqlAnalyzer.builder().dialect(dialect).timeLimitPerStatement(Duration.ofSeconds(5)).build().analyzeFile(corpusFile, text);
    SqlStatement statement = analysis.statements().get(index);
    assertThat(analysis.diagnostics()).filteredOn(v -> v.subject().equals(statement.path())).isEmpty();
    assertThat(statement.parsed()).isTrue();
    return statement;
  }

  @Test
  void labeledDurationOfTpcdsQ12() throws IOException {
    assertThat(rewrite(SqlDialect.ANSI, "and (cast('2002-03-22' as date) + 30 days)"))
        .isEqualTo("and (cast('2002-03-22' as date) + INTERVAL '30' DAY)");
    assertThat(rewrite(SqlDialect.ANSI, "d - 2 months, d + 1 year")).isEqualTo("d - INTERVAL '2' MONTH, d + INTERVAL '1' YEAR");
    assertThat(rewrite(SqlDialect.ANSI, "select 30 days from t, days(3) + 4 days(x)")).isEqualTo("select 30 days from t, days(3) + 4 days(x)");
    assertThat(only(SqlDialect.ANSI, "tpcds/q12.sql", 0).tablesRead()).containsExactly("date_dim", "item", "web_sales");
  }

  @Test
  void reservedIdentifierOfTpcdsSparkQ5() throws IOException {
    assertThat(rewrite(SqlDialect.SPARK, "sum(return_amt) as returns, 'returns' as \"x\""))
        .isEqualTo("sum(return_amt) as `returns`, 'returns' as \"x\"");
    assertThat(rewrite(SqlDialect.ANSI, ", sum(returns) as returns")).isEqualTo(", sum(\"returns\") as \"returns\"");
    SqlStatement q5 = only(SqlDialect.SPARK, "tpcds-spark/q5.sql", 0);
    assertThat(q5.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(q5.tablesRead()).contains("store_sales", "catalog_returns", "web_site");
  }

  @Test
  void optionalKeywordsOfBigQueryMergeAndTsqlDelete() throws IOException {
    assertThat(rewrite(SqlDialect.BIGQUERY, "MERGE dataset.detailedinventory t\nUSING dataset.inventory s"))
        .isEqualTo("MERGE INTO dataset.detailedinventory t\nUSING dataset.inventory s");
    assertThat(rewrite(SqlDialect.TSQL,
        "DELETE MyLinkServer.AdventureWorks2012.HumanResources.Department\nWHERE DepartmentID > 16"))
        .isEqualTo("DELETE FROM MyLinkServer.AdventureWorks2012.HumanResources.Department\nWHERE DepartmentID > 16");
    assertThat(rewrite(SqlDialect.TSQL, "DELETE t FROM t JOIN u ON t.id = u.id")).isEqualTo("DELETE t FROM t JOIN u ON t.id = u.id");
    assertThat(rewrite(SqlDialect.TSQL, "MERGE INTO t USING s ON 1 = 1")).isEqualTo("MERGE INTO t USING s ON 1 = 1");

    SqlStatement merge = only(SqlDialect.BIGQUERY, "dialects/bigquery/merge_into.sql", 0);
    assertThat(merge.kind()).isEqualTo(StatementKind.MERGE);
    assertThat(merge.targetTable()).isEqualTo("dataset.detailedinventory");
    assertThat(merge.tablesRead()).containsExactly("dataset.inventory");
    SqlStatement delete = only(SqlDialect.TSQL, "dialects/tsql/delete.sql", 15);
    assertThat(delete.text()).startsWith("DELETE MyLinkServer");
    assertThat(delete.targetTable()).isEqualTo("mylinkserver.adventureworks2012.humanresources.department");
  }

  @Test
  void tsqlHintsOfHintsSql() throws IOException {
    assertThat(rewrite(SqlDialect.TSQL, "FROM a AS h JOIN b AS d WITH (FORCESEEK) ON h.id = d.id OPTION (HASH GROUP, FAST 10)"))
        .isEqualTo("FROM a AS h JOIN b AS d   ON h.id = d.id  ");
    assertThat(rewrite(SqlDialect.TSQL, "SELECT * FROM dbo.t WITH (INDEX = ix_id, NOLOCK)")).isEqualTo("SELECT * FROM dbo.t  ");
    // A column list of OPENJSON is not a table hint.
    assertThat(rewrite(SqlDialect.TSQL, "SELECT * FROM OPENJSON(@j) WITH (id int)")).isEqualTo("SELECT * FROM OPENJSON(@j) WITH (id int)");
    SqlStatement seek = only(SqlDialect.TSQL, "dialects/tsql/hints.sql", 10);
    assertThat(seek.text()).contains("WITH (FORCESEEK)");
    assertThat(seek.tablesRead()).containsExactly("sales.salesorderdetail", "sales.salesorderheader");
    SqlStatement option = only(SqlDialect.TSQL, "dialects/tsql/hints.sql", 4);
    assertThat(option.text()).contains("OPTION (HASH GROUP, FAST 10)");
    assertThat(option.tablesRead()).containsExactly("sales.salesorderdetail");
  }

  @Test
  void createOptionsOfRedshiftSynapseAndBigQuery() throws IOException {
    assertThat(rewrite(SqlDialect.REDSHIFT,
        "CREATE TABLE t1 (col1, col2) BACKUP NO DISTSTYLE ALL DISTKEY(col1) INTERLEAVED SORTKEY(col1, col2) AS (SELECT col1 FROM tbl2)"))
        .isEqualTo("CREATE TABLE t1 (col1, col2)   AS (SELECT col1 FROM tbl2)");
    assertThat(rewrite(SqlDialect.BIGQUERY, "CREATE TABLE n (x INT64) PARTITION BY DATE(x) CLUSTER BY x, y OPTIONS (a = 'b') AS SELECT x FROM t"))
        .isEqualTo("CREATE TABLE n (x INT64)   AS SELECT x FROM t");
    // A row access policy changes what is read: the statement is left as it is.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE VIEW v (a) WITH ROW ACCESS POLICY p ON (a) AS SELECT a FROM t"))
        .isEqualTo("CREATE VIEW v (a) WITH ROW ACCESS POLICY p ON (a) AS SELECT a FROM t");

    SqlStatement redshift = only(SqlDialect.REDSHIFT, "dialects/redshift/create_table_as.sql", 18);
    assertThat(redshift.text()).contains("BACKUP NO");
    assertThat(redshift.targetTable()).isEqualTo("t1");
    assertThat(redshift.tablesRead()).containsExactly("tbl2", "tbl3");
    SqlStatement synapse = only(SqlDialect.TSQL, "dialects/tsql/create_table_as_select.sql", 2);
    assertThat(synapse.text()).contains("WITH (DISTRIBUTION = HASH([ID]), HEAP)");
    assertThat(synapse.kind()).isEqualTo(StatementKind.CREATE_TABLE_AS);
    assertThat(synapse.targetTable()).isEqualTo("dbo.pl_stage");
    SqlStatement view = only(SqlDialect.BIGQUERY, "dialects/bigquery/create_view_options_as.sql", 1);
    assertThat(view.text()).contains("OPTIONS (description = 'copy of bar')");
    assertThat(view.targetTable()).isEqualTo("foo");
    assertThat(view.tablesRead()).containsExactly("bar");
  }

  @Test
  void createOrAlterOfTsqlCreateView() throws IOException {
    assertThat(rewrite(SqlDialect.TSQL, "CREATE OR ALTER VIEW v AS SELECT 1")).isEqualTo("CREATE OR REPLACE VIEW v AS SELECT 1");
    SqlStatement view = only(SqlDialect.TSQL, "dialects/tsql/create_view.sql", 0);
    assertThat(view.kind()).isEqualTo(StatementKind.CREATE_VIEW);
    assertThat(view.targetTable()).isEqualTo("sales.salespersonperform");
    assertThat(view.tablesRead()).containsExactly("sales.salesorderheader");
  }

  @Test
  void sparkPartitioningOfSelectDistributeByAndClusterBy() throws IOException {
    assertThat(rewrite(SqlDialect.SPARK, "SELECT age FROM person GROUP BY age DISTRIBUTE BY age SORT BY age LIMIT 3"))
        .isEqualTo("SELECT age FROM person GROUP BY age   ORDER BY age LIMIT 3");
    assertThat(rewrite(SqlDialect.SPARK, "SELECT age FROM person CLUSTER BY age")).isEqualTo("SELECT age FROM person ORDER BY age");
    // In a window specification DISTRIBUTE BY and SORT BY are PARTITION BY and ORDER BY: left alone.
    assertThat(rewrite(SqlDialect.SPARK, "SELECT rank() OVER (DISTRIBUTE BY a SORT BY b) FROM t"))
        .isEqualTo("SELECT rank() OVER (DISTRIBUTE BY a SORT BY b) FROM t");
    SqlStatement distribute = only(SqlDialect.SPARK, "dialects/sparksql/select_distribute_by.sql", 7);
    assertThat(distribute.text()).contains("DISTRIBUTE BY age");
    assertThat(distribute.tablesRead()).containsExactly("person");
    assertThat(only(SqlDialect.SPARK, "dialects/sparksql/select_cluster_by.sql", 0).tablesRead()).containsExactly("person");
    // The columns keep the role ORDER BY gives them: the lineage is that of the query written with ORDER BY.
    TableSchemas none = TableSchemas.NONE;
    SqlAnalyzer spark = SqlAnalyzer.builder().dialect(SqlDialect.SPARK).timeLimitPerStatement(Duration.ofSeconds(5)).build();
    assertThat(spark.analyze("a", "SELECT age, name FROM person DISTRIBUTE BY age SORT BY name", none).statements().get(0).lineage())
        .isEqualTo(spark.analyze("b", "SELECT age, name FROM person ORDER BY name", none).statements().get(0).lineage());
  }

  @Test
  void updateStatisticsIsNotDataFlow() {
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("UPDATE STATISTICS Reporting.Population WITH FULLSCAN",
        SqlDialect.TSQL))).isEmpty();
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("UPDATE statistics SET n = 1", SqlDialect.TSQL)))
        .contains(StatementKind.UPDATE);
  }

  @Test
  void rewritesApplyOnlyWhenThePlainTextDoesNotParse() {
    // "1 day" is an alias here, and the statement parses as written: nothing is rewritten.
    SqlStatement statement = new SqlAnalyzer().analyze("api", "select x + 1 day from t").statements().get(0);
    assertThat(statement.parsed()).isTrue();
    assertThat(statement.tablesRead()).containsExactly("t");
  }

  @Test
  void errorsAfterARewriteAreReportedAtTheOriginalPosition() {
    // The rewrite makes line 1 longer; the real error ("oops" on line 1, after the rewrite) must keep its column.
    SqlAnalysis analysis = new SqlAnalyzer().analyze("api", "select d + 30 days oops oops from t");
    assertThat(analysis.diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sql.parse-error");
      assertThat(v.origin()).isEqualTo(Origin.of("api", 1, 25));
      assertThat(v.message()).contains("at line 1, column 25");
    });
  }

  @Test
  void positionMapOfRewrittenText() {
    RewrittenText text = RewrittenText.of("a + 30 days + b", List.of(new TextEdit(4, 11, "INTERVAL '30' DAY")),
        List.of("labeled-duration"));
    assertThat(text.text()).isEqualTo("a + INTERVAL '30' DAY + b");
    assertThat(text.originalOffset(0)).isEqualTo(0);
    assertThat(text.originalOffset(4)).isEqualTo(4);
    assertThat(text.originalOffset(10)).isEqualTo(4);
    assertThat(text.originalOffset(text.text().indexOf('b'))).isEqualTo(14);
    RewrittenText inserted = RewrittenText.of("MERGE t USING s", List.of(new TextEdit(5, 5, " INTO")), List.of("x"));
    assertThat(inserted.text()).isEqualTo("MERGE INTO t USING s");
    assertThat(inserted.originalOffset(inserted.text().indexOf('t'))).isEqualTo(6);
  }
}
