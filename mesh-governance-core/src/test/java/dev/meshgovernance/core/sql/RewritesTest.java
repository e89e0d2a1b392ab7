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

  private static void assertTables(SqlStatement statement, String target, String... read) {
    assertThat(statement.targetTable()).isEqualTo(target);
    assertThat(statement.tablesRead()).containsExactly(read);
  }

  @Test
  void fetchFirstOfSnowflakeLimit() throws IOException {
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select c1 from t order by c1 fetch 3"))
        .isEqualTo("select c1 from t order by c1 FETCH FIRST 3 ROWS ONLY");
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select c1 from t offset 1 row fetch next 1 row"))
        .isEqualTo("select c1 from t offset 1 row FETCH FIRST 1 ROWS ONLY");
    // PERCENT and WITH TIES change the rows: left alone.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select c1 from t fetch first 3 percent rows only"))
        .isEqualTo("select c1 from t fetch first 3 percent rows only");
    SqlStatement fetch = only(SqlDialect.SNOWFLAKE, "dialects/snowflake/limit.sql", 5);
    assertThat(fetch.text()).endsWith("fetch 3");
    assertTables(fetch, "", "testtable");
  }

  @Test
  void directedJoinOfSnowflake() throws IOException {
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "FROM table_a a INNER DIRECTED JOIN table_b b ON a.id = b.id"))
        .isEqualTo("FROM table_a a INNER   JOIN table_b b ON a.id = b.id");
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "FROM table_a a DIRECTED JOIN table_b b ON a.id = b.id"))
        .isEqualTo("FROM table_a a   JOIN table_b b ON a.id = b.id");
    // Here DIRECTED is the alias of table_a.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "FROM table_a directed JOIN b ON directed.id = b.id"))
        .isEqualTo("FROM table_a directed JOIN b ON directed.id = b.id");
    SqlStatement join = only(SqlDialect.SNOWFLAKE, "dialects/snowflake/select_directed_join.sql", 0);
    assertThat(join.text()).contains("INNER DIRECTED JOIN");
    assertTables(join, "", "table_a", "table_b");
  }

  @Test
  void namedWindowOfAnsi() throws IOException {
    assertThat(rewrite(SqlDialect.ANSI, "NTH_VALUE(bar, 1) OVER(w1) AS baz, f() OVER () AS foo, g() OVER (w1 ORDER BY x)"))
        .isEqualTo("NTH_VALUE(bar, 1) OVER w1  AS baz, f() OVER () AS foo, g() OVER (w1 ORDER BY x)");
    SqlStatement window = only(SqlDialect.ANSI, "dialects/ansi/select_named_window_with_parentheses.sql", 0);
    assertThat(window.text()).contains("OVER(w1)");
    assertTables(window, "", "t");
  }

  @Test
  void signChainOfAnsiArithmetic() throws IOException {
    assertThat(rewrite(SqlDialect.ANSI, "SELECT 1 * - - - func(5), 8 | ~ ~ ~4, -+-col2"))
        .isEqualTo("SELECT 1 * -( -( - func(5))), 8 | ~( ~( ~4)), -(+(-col2))");
    // A postfix operator binds tighter than the signs; PostgreSQL's ~~ is LIKE: left alone.
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT - - x::int, a ~~ b")).isEqualTo("SELECT - - x::int, a ~~ b");
    assertThat(only(SqlDialect.ANSI, "dialects/ansi/arithmetic_a.sql", 11).text()).isEqualTo("SELECT 1 * - - - 5");
  }

  /** The example of issue 10 (a peer project's column-lineage suite): a condition cast to a type. */
  @Test
  void castConditionOfAPeerLineageSuite() {
    assertThat(rewrite(SqlDialect.ANSI, "SELECT CAST(col1 = 1 AS int), TRY_CAST(a IS NULL AND b IN (1, 2) AS int) FROM t"))
        .isEqualTo("SELECT CAST((col1 = 1) AS int), TRY_CAST((a IS NULL AND b IN (1, 2)) AS int) FROM t");
    // a plain operand, one already in parentheses, a condition inside a call: left alone
    assertThat(rewrite(SqlDialect.ANSI, "SELECT CAST(a + 1 AS int), CAST((a = 1) AS int), CAST(f(a = 1) AS int)"))
        .isEqualTo("SELECT CAST(a + 1 AS int), CAST((a = 1) AS int), CAST(f(a = 1) AS int)");
    for (SqlDialect dialect : SqlDialect.values()) {
      SqlStatement cast = SqlAnalyzer.builder().dialect(dialect).build()
          .analyze("q.sql", "SELECT CAST(col1 = 1 AS int) AS flag FROM t").statements().get(0);
      assertThat(cast.parsed()).as(dialect.id()).isTrue();
      assertThat(cast.text()).isEqualTo("SELECT CAST(col1 = 1 AS int) AS flag FROM t");
    }
  }

  @Test
  void trailingCommaOfRedshiftSelect() throws IOException {
    assertThat(rewrite(SqlDialect.REDSHIFT, "SELECT a, b, FROM table1")).isEqualTo("SELECT a, b  FROM table1");
    SqlStatement select = only(SqlDialect.REDSHIFT, "dialects/redshift/select_exclude.sql", 15);
    assertThat(select.text()).isEqualTo("SELECT a, b, FROM table1");
    assertTables(select, "", "table1");
  }

  @Test
  void selectIntoTableOfRedshiftAndPostgres() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT * INTO TEMP TABLE baz")).isEqualTo("SELECT * INTO   baz");
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT * INTO UNLOGGED baz")).isEqualTo("SELECT * INTO   baz");
    // A table named temp.
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT * INTO temp FROM t")).isEqualTo("SELECT * INTO temp FROM t");
    SqlStatement into = only(SqlDialect.REDSHIFT, "dialects/redshift/select_into.sql", 1);
    assertThat(into.text()).contains("into temp table profits");
    assertTables(into, "", "profits", "sales", "users");
  }

  @Test
  void createOptionsOfPostgresAndSnowflakeDynamicTables() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "CREATE TABLE t1 WITHOUT OIDS AS SELECT something FROM t2"))
        .isEqualTo("CREATE TABLE t1   AS SELECT something FROM t2");
    assertThat(rewrite(SqlDialect.SNOWFLAKE,
        "CREATE DYNAMIC TABLE d TARGET_LAG = '5 minutes' WAREHOUSE = wh EXECUTE AS USER u USE SECONDARY ROLES a, b AS SELECT a FROM b"))
        .isEqualTo("CREATE DYNAMIC TABLE d   AS SELECT a FROM b");
    // Options before the column list (Snowflake).
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE VIEW v COMMENT = 'c' (a, b) AS SELECT a, b FROM t"))
        .isEqualTo("CREATE VIEW v   (a, b) AS SELECT a, b FROM t");
    SqlStatement view = only(SqlDialect.POSTGRES, "dialects/postgres/create_materialized_view.sql", 14);
    assertThat(view.text().replaceAll("\\s+", " ")).contains("USING heap WITH (prop_a = 1").contains("TABLESPACE pg_default")
        .endsWith("WITH DATA");
    assertTables(view, "my_mat_view", "my_table");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/create_dynamic_table_clauses.sql", 3), "dt_execute_as_user", "b");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/create_view_governance.sql", 8), "v_contact", "t");
  }

  @Test
  void createTrailingOptionsOfPostgresAndRedshift() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "CREATE TABLE t1 AS SELECT something FROM t2 WITH DATA"))
        .isEqualTo("CREATE TABLE t1 AS SELECT something FROM t2  ");
    // WITH NO DATA leaves the table empty: left alone.
    assertThat(rewrite(SqlDialect.POSTGRES, "CREATE TABLE t1 AS SELECT something FROM t2 WITH NO DATA"))
        .isEqualTo("CREATE TABLE t1 AS SELECT something FROM t2 WITH NO DATA");
    assertTables(only(SqlDialect.POSTGRES, "dialects/postgres/create_table_as.sql", 12), "t1", "t2");
    SqlStatement view = only(SqlDialect.REDSHIFT, "dialects/redshift/create_view.sql", 0);
    assertThat(view.text()).endsWith("with no schema binding");
    assertTables(view, "sales_vw", "public.sales", "spectrum.sales");
  }

  @Test
  void tableQueryOfPostgresCreateAndSparkInsert() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "CREATE TABLE t1 AS TABLE t2")).isEqualTo("CREATE TABLE t1 AS SELECT * FROM t2");
    assertThat(rewrite(SqlDialect.SPARK, "INSERT INTO students TABLE visiting_students"))
        .isEqualTo("INSERT INTO students SELECT * FROM visiting_students");
    assertTables(only(SqlDialect.POSTGRES, "dialects/postgres/create_table_as.sql", 19), "t1", "t2");
    assertTables(only(SqlDialect.SPARK, "dialects/sparksql/insert_table.sql", 7), "students", "visiting_students");
  }

  @Test
  void typedLiteralOfPostgresAndBigQuery() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT text 'Hello World' AS hello")).isEqualTo("SELECT CAST('Hello World' AS text) AS hello");
    assertThat(rewrite(SqlDialect.BIGQUERY, "SELECT BIGNUMERIC \"0\" = BIGNUMERIC '0'"))
        .isEqualTo("SELECT CAST(\"0\" AS BIGNUMERIC) = CAST('0' AS BIGNUMERIC)");
    // A string after a name that does not start an expression is no typed literal; T-SQL names columns so.
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT a.text 'x'")).isEqualTo("SELECT a.text 'x'");
    assertThat(rewrite(SqlDialect.TSQL, "SELECT text 'x'")).isEqualTo("SELECT text 'x'");
    SqlStatement view = only(SqlDialect.POSTGRES, "dialects/postgres/create_view.sql", 2);
    assertThat(view.text()).contains("text 'Hello World'");
    assertTables(view, "vista");
    assertThat(only(SqlDialect.BIGQUERY, "dialects/bigquery/literals_with_data_type_and_quoted.sql", 5).text())
        .isEqualTo("SELECT BIGNUMERIC '0' = BIGNUMERIC '0'");
  }

  @Test
  void compoundAssignmentOfTsqlUpdate() throws IOException {
    assertThat(rewrite(SqlDialect.TSQL, "update tt set tt.rn += 1 from table1 as tt"))
        .isEqualTo("update tt set tt.rn = tt.rn + ( 1) from table1 as tt");
    assertThat(rewrite(SqlDialect.TSQL, "SELECT @counter += 1, @sum *= a + b FROM t"))
        .isEqualTo("SELECT @counter = @counter + ( 1), @sum = @sum * ( a + b) FROM t");
    SqlStatement update = only(SqlDialect.TSQL, "dialects/tsql/update.sql", 1);
    assertThat(update.text()).contains("tt.rn += 1");
    // the target is named by the alias of a FROM item: it is that item's table
    assertTables(update, "table1", "src", "table1");
  }

  @Test
  void qualifiedOperatorAndOrderByUsingOfPostgres() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "WHERE col1 OPERATOR (public.=) 'v' AND a OPERATOR(pg_catalog.||) b"))
        .isEqualTo("WHERE col1 = 'v' AND a || b");
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT * FROM t ORDER BY a USING < NULLS FIRST, b USING >, c USING OPERATOR(pg_catalog.<)"))
        .isEqualTo("SELECT * FROM t ORDER BY a ASC NULLS FIRST, b DESC, c ASC");
    // Another operator orders by a custom operator class: left alone.
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT * FROM t ORDER BY a USING ~<~")).isEqualTo("SELECT * FROM t ORDER BY a USING ~<~");
    SqlStatement join = only(SqlDialect.POSTGRES, "dialects/postgres/operator_qualified.sql", 12);
    assertThat(join.text()).contains("OPERATOR (public.=)");
    assertTables(join, "", "table1", "table2");
    assertTables(only(SqlDialect.POSTGRES, "dialects/postgres/select_order_by_using_operator.sql", 2), "", "t");
  }

  @Test
  void isJsonAndIsNormalizedOfPostgres() throws IOException {
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT col1 IS JSON, col2 IS NOT JSON ARRAY, (c::text) IS JSON OBJECT WITH UNIQUE KEYS FROM t"))
        .isEqualTo("SELECT is_json(col1), NOT is_json_array(col2), is_json_object_with_unique_keys((c::text)) FROM t");
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT (c IS NOT NFC NORMALIZED), d IS NORMALIZED FROM t"))
        .isEqualTo("SELECT (NOT is_normalized(c, 'NFC')), is_normalized(d) FROM t");
    // The operand of IS is not clear-cut after a comparison (IS binds less tightly): left alone.
    assertThat(rewrite(SqlDialect.POSTGRES, "SELECT a = b IS JSON")).isEqualTo("SELECT a = b IS JSON");
    SqlStatement json = only(SqlDialect.POSTGRES, "dialects/postgres/is_json.sql", 25);
    assertThat(json.text()).isEqualTo("SELECT * FROM table1 WHERE config IS NOT JSON OBJECT");
    assertTables(json, "", "table1");
    assertTables(only(SqlDialect.POSTGRES, "dialects/postgres/string_normalization.sql", 6), "", "test_table");
  }

  @Test
  void hyphenatedNameOfBigQuery() throws IOException {
    assertThat(rewrite(SqlDialect.BIGQUERY, "SELECT col1-col2 AS a FROM project-a.dataset-b.table-c JOIN a-1.b.c USING (a)"))
        .isEqualTo("SELECT col1-col2 AS a FROM `project-a`.`dataset-b`.`table-c` JOIN `a-1`.b.c USING (a)");
    SqlStatement select = only(SqlDialect.BIGQUERY, "dialects/bigquery/select_hyphenated_table_name_in_from.sql", 0);
    assertTables(select, "", "dataset-c.table-d", "project-a.dataset-b.table-c");
    // The fallback reads the same names.
    List<SqlToken> tokens = SqlTokenizer.tokenize(select.text(), SqlDialect.BIGQUERY);
    assertThat(TableFallback.read(tokens, StatementKind.SELECT).tablesRead()).containsExactly("dataset-c.table-d", "project-a.dataset-b.table-c");
  }

  @Test
  void optionalKeywordsAfterWithAndBeforeSubqueries() throws IOException {
    SqlStatement delete = only(SqlDialect.BIGQUERY, "dialects/bigquery/delete.sql", 1);
    assertThat(delete.text().replaceAll("\\s+", " ")).startsWith("DELETE dataset.Inventory i WHERE");
    assertTables(delete, "dataset.inventory", "dataset.newarrivals");
    SqlStatement merge = only(SqlDialect.TSQL, "dialects/tsql/merge.sql", 1);
    assertThat(merge.text().replaceAll("\\s+", " ")).contains("merge DM.sch1.tbl2 dst");
    assertTables(merge, "dm.sch1.tbl2", "dw.sch1.tbl1");
    assertThat(rewrite(SqlDialect.TSQL, "DELETE FROM t FROM t AS x JOIN u ON x.id = u.id")).isEqualTo("DELETE   t FROM t AS x JOIN u ON x.id = u.id");
    SqlStatement deleteFrom = only(SqlDialect.TSQL, "dialects/tsql/delete.sql", 11);
    assertThat(deleteFrom.text().replaceAll("\\s+", " ")).startsWith("DELETE FROM Sales.SalesPersonQuotaHistory FROM");
    assertTables(deleteFrom, "sales.salespersonquotahistory", "sales.salesperson");
  }

  @Test
  void excludeColumnOfRedshiftAndSnowflake() throws IOException {
    assertThat(rewrite(SqlDialect.REDSHIFT, "SELECT * EXCLUDE col1, col2 FROM table1")).isEqualTo("SELECT * EXCLUDE (col1, col2) FROM table1");
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select * exclude col1 from table1")).isEqualTo("select * exclude (col1) from table1");
    // In Snowflake col2 would be selected after the star: left alone.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select * exclude col1, col2 from table1")).isEqualTo("select * exclude col1, col2 from table1");
    assertTables(only(SqlDialect.REDSHIFT, "dialects/redshift/select_exclude.sql", 1), "", "table1");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/select_exclude.sql", 0), "", "table1");
  }

  @Test
  void sparkSemiJoinInsertOverwriteAndValuesAlias() throws IOException {
    assertThat(rewrite(SqlDialect.SPARK, "FROM employee SEMI JOIN department ON a = b")).isEqualTo("FROM employee LEFT SEMI JOIN department ON a = b");
    assertTables(only(SqlDialect.SPARK, "dialects/sparksql/join_types.sql", 6), "", "department", "employee");
    assertThat(rewrite(SqlDialect.SPARK, "INSERT OVERWRITE students PARTITION (student_id = 444444) SELECT name FROM persons"))
        .isEqualTo("INSERT OVERWRITE TABLE students PARTITION (student_id = 444444) SELECT name FROM persons");
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "INSERT OVERWRITE INTO foo (bar) VALUES (1)")).isEqualTo("INSERT OVERWRITE TABLE foo (bar) VALUES (1)");
    assertTables(only(SqlDialect.SPARK, "dialects/sparksql/insert_table.sql", 6), "students", "persons");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/insert.sql", 1), "foo");
    assertThat(rewrite(SqlDialect.SPARK, "values (1, 2), (3, 4) as t(a,b)")).isEqualTo("SELECT * FROM (values (1, 2), (3, 4)) as t(a,b)");
    assertThat(rewrite(SqlDialect.SPARK, "values (1, 2) order by 1")).isEqualTo("values (1, 2) order by 1");
    assertThat(only(SqlDialect.SPARK, "dialects/sparksql/values_with_alias.sql", 3).kind()).isEqualTo(StatementKind.SELECT);
  }

  @Test
  void arrayTypeOfTrino() throws IOException {
    assertThat(rewrite(SqlDialect.TRINO, "SELECT CAST(ARRAY[1,2] AS ARRAY(DOUBLE)), CAST(x AS ARRAY(DECIMAL(10, 2)))"))
        .isEqualTo("SELECT CAST(ARRAY[1,2] AS ARRAY<DOUBLE>), CAST(x AS ARRAY<DECIMAL(10, 2)>)");
    assertThat(only(SqlDialect.TRINO, "dialects/trino/array.sql", 7).text()).isEqualTo("SELECT CAST(ARRAY[1,2] AS ARRAY(DOUBLE))");
  }

  @Test
  void snowflakeViewsAndPaths() throws IOException {
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE SECURE RECURSIVE VIEW v AS SELECT a FROM t")).isEqualTo("CREATE SECURE   VIEW v AS SELECT a FROM t");
    // A view whose query names it is recursive: left alone.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE RECURSIVE VIEW v AS SELECT a FROM t UNION ALL SELECT a FROM v"))
        .isEqualTo("CREATE RECURSIVE VIEW v AS SELECT a FROM t UNION ALL SELECT a FROM v");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/create_materialized_view.sql", 7), "v_recursive_before_temp", "t");

    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE VIEW v ( COL1 WITH TAG (p='MY_TAG'), COL2 COMMENT 'c' ) AS SELECT COL1, COL2 FROM t"))
        .isEqualTo("CREATE VIEW v ( COL1  , COL2   ) AS SELECT COL1, COL2 FROM t");
    // A masking policy changes what is read: left alone.
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "CREATE VIEW v (c1 WITH MASKING POLICY p) AS SELECT c1 FROM t"))
        .isEqualTo("CREATE VIEW v (c1 WITH MASKING POLICY p) AS SELECT c1 FROM t");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/create_view.sql", 14), "view_with_column_tags", "my_table");
    assertTables(only(SqlDialect.BIGQUERY, "dialects/bigquery/create_view_options_as.sql", 3), "foo", "bar");

    assertThat(rewrite(SqlDialect.SNOWFLAKE, "select value:data:to::string AS n FROM t WHERE x = :param"))
        .isEqualTo("select value:\"data\":\"to\"::string AS n FROM t WHERE x = :param");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/semi_structured_2.sql", 0), "", "a.b.ticket_audits");
  }

  @Test
  void groupingSetsAndKeywordCteNames() throws IOException {
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "SELECT a, b, count(*) FROM t GROUP BY a, GROUPING SETS (b, ())"))
        .isEqualTo("SELECT a, b, count(*) FROM t GROUP BY GROUPING SETS ((a, b), (a))");
    assertThat(rewrite(SqlDialect.SPARK, "GROUP BY city, GROUPING SETS ((city, model), ()) ORDER BY city"))
        .isEqualTo("GROUP BY GROUPING SETS ((city, city, model), (city)) ORDER BY city");
    assertTables(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/select_group_by_grouping_sets_mixed.sql", 0), "", "t");
    assertThat(rewrite(SqlDialect.SNOWFLAKE, "with unpivot as (select * from src unpivot(b for m in (j))) select * from unpivot"))
        .isEqualTo("with \"unpivot\" as (select * from src unpivot(b for m in (j))) select * from \"unpivot\"");
    assertThat(only(SqlDialect.SNOWFLAKE, "dialects/snowflake/non_reserved_keywords.sql", 2).tablesRead()).isEmpty();
  }

  @Test
  void withCallIsNotDataFlow() {
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize(
        "WITH myproc AS PROCEDURE (x INT) RETURNS INT LANGUAGE SQL AS $$ BEGIN RETURN x; END; $$ CALL myproc(1)",
        SqlDialect.SNOWFLAKE))).isEmpty();
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("WITH c AS (SELECT 1) SELECT * FROM c", SqlDialect.SNOWFLAKE)))
        .contains(StatementKind.SELECT);
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
