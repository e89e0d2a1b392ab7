package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlAnalyzerTest {

  private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

  static final String CROSS_SELL = """
      WITH orders AS (
        SELECT customer_id, array_agg(product_id) AS bought
        FROM sales.orders_v1
        WHERE order_date > current_date - INTERVAL '30 day'
        GROUP BY customer_id
      ),
      products AS (
        SELECT product_id, category FROM catalog.products_v2
      )
      SELECT o.customer_id, p.category, COUNT(*) AS occurences
      FROM orders o
      JOIN UNNEST(o.bought) AS product_id
      JOIN products p USING (product_id)
      GROUP BY 1,2
      ORDER BY occurences DESC
      LIMIT 50;
      """;

  private static SqlStatement one(String sql) {
    SqlAnalysis analysis = ANALYZER.analyze("q.sql", sql);
    assertThat(analysis.diagnostics()).isEmpty();
    assertThat(analysis.statements()).hasSize(1);
    return analysis.statements().get(0);
  }

  @Test
  void crossSellQueryReadsTheTwoProductTables() {
    SqlStatement statement = one(CROSS_SELL);
    assertThat(statement.parsed()).isTrue();
    assertThat(statement.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(statement.tablesRead()).containsExactly("catalog.products_v2", "sales.orders_v1");
    assertThat(statement.targetTable()).isEmpty();
    assertThat(statement.selectStar()).isFalse();
    assertThat(statement.path()).isEqualTo("sql:q.sql#1");
    assertThat(statement.origin()).isEqualTo(new Origin("q.sql", 1, 1, ""));
    assertThat(statement.ownerProductId()).isEmpty();
  }

  @Test
  void cteNamesAreNotTablesButShadowOnlyWithinTheirScope() {
    assertThat(one("WITH t AS (SELECT * FROM t) SELECT * FROM t").tablesRead()).containsExactly("t");
    assertThat(one("WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a) SELECT * FROM b JOIN c ON true").tablesRead())
        .containsExactly("c");
    assertThat(one("SELECT * FROM (WITH a AS (SELECT 1 FROM s.x) SELECT * FROM a) q JOIN a ON true").tablesRead())
        .containsExactly("a", "s.x");
    assertThat(one("WITH a AS (SELECT 1) SELECT * FROM s.a, a").tablesRead()).containsExactly("s.a");
    assertThat(one("WITH Orders AS (SELECT 1) SELECT * FROM \"orders\"").tablesRead()).isEmpty();
  }

  @Test
  void recursiveCtesAreNotTables() {
    assertThat(one("""
        WITH RECURSIVE tree AS (
          SELECT id, parent FROM org.nodes WHERE parent IS NULL
          UNION ALL
          SELECT n.id, n.parent FROM org.nodes n JOIN tree t ON n.parent = t.id)
        SELECT * FROM tree""").tablesRead()).containsExactly("org.nodes");
    assertThat(one("""
        WITH tree AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM tree WHERE n < 5)
        SELECT n FROM tree""").tablesRead()).isEmpty();
  }

  @Test
  void subqueriesEverywhereAreRead() {
    SqlStatement statement = one("""
        SELECT a.id, (SELECT max(v) FROM s.scalar_t) AS m
        FROM s.a a LEFT JOIN (SELECT id FROM s.derived) d ON a.id = d.id
        WHERE a.id IN (SELECT id FROM s.in_t) AND EXISTS (SELECT 1 FROM s.exists_t e WHERE e.id = a.id)
        UNION SELECT id, 0 FROM s.union_t""");
    assertThat(statement.tablesRead())
        .containsExactly("s.a", "s.derived", "s.exists_t", "s.in_t", "s.scalar_t", "s.union_t");
    assertThat(statement.kind()).isEqualTo(StatementKind.SELECT);
  }

  @Test
  void detectsSelectStarButNotCountStar() {
    assertThat(one("SELECT * FROM t").selectStar()).isTrue();
    assertThat(one("SELECT t.* FROM t").selectStar()).isTrue();
    assertThat(one("SELECT id FROM t WHERE EXISTS (SELECT * FROM u)").selectStar()).isTrue();
    assertThat(one("SELECT COUNT(*) FROM t").selectStar()).isFalse();
  }

  @Test
  void normalisesQuotingAndCase() {
    assertThat(one("SELECT 1 FROM \"Sales\".\"Orders_V1\" JOIN `Db`.`Schema`.`T` ON true JOIN [dbo].[Big T] ON 1=1")
        .tablesRead()).containsExactly("db.schema.t", "dbo.big t", "sales.orders_v1");
  }

  @Test
  void writesAreTargetsNotReads() {
    SqlStatement insert = one("INSERT INTO mart.daily (d, n) SELECT d, count(*) FROM raw.events GROUP BY d");
    assertThat(insert.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(insert.targetTable()).isEqualTo("mart.daily");
    assertThat(insert.tablesRead()).containsExactly("raw.events");

    SqlStatement values = one("INSERT INTO t VALUES (1, 2)");
    assertThat(values.targetTable()).isEqualTo("t");
    assertThat(values.tablesRead()).isEmpty();

    SqlStatement update = one("UPDATE s.t SET x = (SELECT max(x) FROM s.t) WHERE id IN (SELECT id FROM s.u)");
    assertThat(update.kind()).isEqualTo(StatementKind.UPDATE);
    assertThat(update.targetTable()).isEqualTo("s.t");
    assertThat(update.tablesRead()).containsExactly("s.t", "s.u");

    SqlStatement delete = one("DELETE FROM s.t WHERE id NOT IN (SELECT id FROM s.keep)");
    assertThat(delete.kind()).isEqualTo(StatementKind.DELETE);
    assertThat(delete.targetTable()).isEqualTo("s.t");
    assertThat(delete.tablesRead()).containsExactly("s.keep");
  }

  /** T-SQL names the target of UPDATE … FROM by the alias of a FROM item: the target is that item's table. */
  @Test
  void anUpdateTargetNamedByTheAliasOfAFromItemIsThatItemsTable() {
    SqlStatement update = SqlAnalyzer.builder().dialect(SqlDialect.TSQL).build()
        .analyze("q.sql", "UPDATE t SET t.c = s.c FROM dbo.tab1 t JOIN dbo.tab2 s ON t.id = s.id")
        .statements().get(0);
    assertThat(update.targetTable()).isEqualTo("dbo.tab1");
    assertThat(update.tablesRead()).containsExactly("dbo.tab1", "dbo.tab2");

    SqlStatement plain = one("UPDATE t SET c = 1 FROM dbo.other o WHERE o.id = t.id");
    assertThat(plain.targetTable()).isEqualTo("t");
  }

  @Test
  void mergeCtasAndViews() {
    SqlStatement merge = one("""
        MERGE INTO mart.customers c USING (SELECT * FROM stage.customers) s ON c.id = s.id
        WHEN MATCHED THEN UPDATE SET name = s.name
        WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, s.name)""");
    assertThat(merge.kind()).isEqualTo(StatementKind.MERGE);
    assertThat(merge.targetTable()).isEqualTo("mart.customers");
    assertThat(merge.tablesRead()).containsExactly("stage.customers");
    assertThat(merge.selectStar()).isTrue();

    SqlStatement ctas = one("CREATE TABLE mart.top AS WITH x AS (SELECT id FROM raw.a) SELECT id FROM x");
    assertThat(ctas.kind()).isEqualTo(StatementKind.CREATE_TABLE_AS);
    assertThat(ctas.targetTable()).isEqualTo("mart.top");
    assertThat(ctas.tablesRead()).containsExactly("raw.a");

    SqlStatement table = one("CREATE TABLE t (id INT, name VARCHAR(10))");
    assertThat(table.kind()).isEqualTo(StatementKind.CREATE_TABLE);
    assertThat(table.tablesRead()).isEmpty();

    SqlStatement view = one("CREATE OR REPLACE VIEW mart.v AS SELECT id FROM raw.b");
    assertThat(view.kind()).isEqualTo(StatementKind.CREATE_VIEW);
    assertThat(view.targetTable()).isEqualTo("mart.v");
    assertThat(view.tablesRead()).containsExactly("raw.b");

    SqlStatement alter = one("ALTER VIEW mart.v AS SELECT id FROM raw.c");
    assertThat(alter.kind()).isEqualTo(StatementKind.CREATE_VIEW);
    assertThat(alter.tablesRead()).containsExactly("raw.c");

    assertThat(one("DROP VIEW mart.v").kind()).isEqualTo(StatementKind.DROP);
    assertThat(one("GRANT SELECT ON t TO someone").kind()).isEqualTo(StatementKind.OTHER);
    assertThat(one("VALUES (1), (2)").kind()).isEqualTo(StatementKind.SELECT);
  }

  @Test
  void parseErrorIsLocatedInTheFile() {
    String file = "-- report\n\nselect 1;\n\nselect a,\n  b\nfrom t where d > current_date + 30 dayz;\n";
    SqlAnalysis analysis = ANALYZER.analyzeFile("m/bad.sql", file);
    assertThat(analysis.statements()).hasSize(2);
    SqlStatement bad = analysis.statements().get(1);
    assertThat(bad.parsed()).isFalse();
    assertThat(bad.approximate()).isTrue();
    assertThat(bad.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(bad.tablesRead()).containsExactly("t");
    assertThat(bad.origin()).isEqualTo(Origin.of("m/bad.sql", 5, 1));
    assertThat(analysis.diagnostics()).hasSize(1);
    Violation error = analysis.diagnostics().get(0);
    assertThat(error.ruleId()).isEqualTo("sql.parse-error");
    assertThat(error.key()).isEqualTo("syntax");
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.subject()).isEqualTo("sql:m/bad.sql#2");
    assertThat(error.origin()).isEqualTo(Origin.of("m/bad.sql", 7, 36));
    assertThat(error.message())
        .startsWith("Encountered unexpected token: \"dayz\" at line 7, column 36. Was expecting one of: ")
        .doesNotContain("\n");
  }

  @Test
  void errorColumnOnTheFirstLineOfAnIndentedStatement() {
    SqlAnalysis analysis = ANALYZER.analyzeFile("f.sql", "select 1;\n\n\n\n    select a from t where d > x + 30 dayz;");
    assertThat(analysis.statements().get(1).origin()).isEqualTo(Origin.of("f.sql", 5, 5));
    assertThat(analysis.diagnostics()).singleElement()
        .satisfies(v -> assertThat(v.origin()).isEqualTo(Origin.of("f.sql", 5, 38)));
  }

  @Test
  void badStatementBetweenGoodOnes() {
    SqlAnalysis analysis = ANALYZER.analyzeFile("f.sql",
        "SELECT a FROM s.one;\nSELEC broken FROM;\nINSERT INTO s.three SELECT * FROM s.two;");
    assertThat(analysis.statements()).extracting(SqlStatement::parsed).containsExactly(true, false, true);
    assertThat(analysis.statements()).extracting(SqlStatement::path)
        .containsExactly("sql:f.sql#1", "sql:f.sql#2", "sql:f.sql#3");
    assertThat(analysis.statements().get(0).tablesRead()).containsExactly("s.one");
    assertThat(analysis.statements().get(2).tablesRead()).containsExactly("s.two");
    assertThat(analysis.diagnostics()).singleElement()
        .satisfies(v -> assertThat(v.subject()).isEqualTo("sql:f.sql#2"));
  }

  @Test
  void trailingTextAfterAStatementIsAnError() {
    SqlAnalysis analysis = ANALYZER.analyze("api", "BEGIN SELECT 1; SELECT 2; END");
    assertThat(analysis.statements()).hasSize(1);
    assertThat(analysis.diagnostics()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void timeoutIsAParseErrorAndTheRunGoesOn() {
    SqlAnalyzer hasty = SqlAnalyzer.builder().timeLimitPerStatement(Duration.ofMillis(1)).build();
    String nested = "SELECT " + "(".repeat(150) + "1" + ")".repeat(150) + " FROM t";
    SqlAnalysis analysis = hasty.analyze("api", nested + ";\n" + nested);
    assertThat(analysis.statements()).hasSize(2).allSatisfy(s -> assertThat(s.parsed()).isFalse());
    assertThat(analysis.diagnostics()).hasSize(2).allSatisfy(v -> {
      assertThat(v.key()).isEqualTo("timeout");
      assertThat(v.message()).isEqualTo("Parsing exceeded the time limit of 1 ms per statement.");
    });
  }

  @Test
  void timeoutOfAStatementParsedOnTheCallingThreadIsAParseError() {
    // Shallow and short enough for the calling thread; parsing it takes far longer than the limit.
    SqlAnalyzer hasty = SqlAnalyzer.builder().timeLimitPerStatement(Duration.ofMillis(1)).build();
    String wide = "SELECT " + "a + ".repeat(12_000) + "1 FROM t";
    SqlAnalysis analysis = hasty.analyze("api", wide + ";\nSELECT 1");
    assertThat(analysis.statements()).hasSize(2);
    assertThat(analysis.statements().get(0).parsed()).isFalse();
    assertThat(analysis.diagnostics()).first().satisfies(v -> {
      assertThat(v.key()).isEqualTo("timeout");
      assertThat(v.message()).isEqualTo("Parsing exceeded the time limit of 1 ms per statement.");
      assertThat(v.origin().line()).isEqualTo(1);
    });
  }

  @Test
  void statementsOfEveryShapeParseWithinTheLimit() {
    // calling thread; worker for nesting over 10; worker for length over 50,000 characters
    String shallow = "SELECT (((a))) FROM t";
    String nested = "SELECT " + "(".repeat(40) + "a" + ")".repeat(40) + " FROM t";
    String longOne = "SELECT " + "a, ".repeat(20_000) + "1 FROM t";
    SqlAnalysis analysis = ANALYZER.analyze("api", shallow + ";\n" + nested + ";\n" + longOne);
    assertThat(analysis.diagnostics()).isEmpty();
    assertThat(analysis.statements()).hasSize(3).allSatisfy(s -> assertThat(s.parsed()).isTrue());
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String deep = "SELECT " + "(".repeat(100_000) + "1" + ")".repeat(100_000);
    SqlAnalysis analysis = ANALYZER.analyze("api", deep + "; SELECT 2");
    assertThat(analysis.statements()).extracting(SqlStatement::parsed).containsExactly(false, true);
    assertThat(analysis.diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("too-deep");
      assertThat(v.origin()).isEqualTo(Origin.of("api", 1, 1));
    });
  }

  @Test
  void stackOverflowInTheParserIsCaught() {
    // Below the nesting limit, but a deep chain of unary operators recurses in the parser too.
    String deep = "SELECT " + "- ".repeat(200_000) + "1";
    SqlAnalysis analysis = ANALYZER.analyze("api", deep);
    assertThat(analysis.statements()).hasSize(1);
    assertThat(analysis.diagnostics()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("sql.parse-error"));
  }

  @Test
  void hugeStatementIsRefused() {
    String huge = "SELECT " + "1 + ".repeat(300_000) + "1";
    SqlAnalysis analysis = ANALYZER.analyze("api", huge);
    assertThat(analysis.diagnostics()).singleElement()
        .satisfies(v -> assertThat(v.key()).isEqualTo("too-large"));
  }

  @Test
  void tpchQ15ViewSelectAndDrop() {
    SqlAnalysis analysis = ANALYZER.analyze("q15", """
        create view revenue0 (supplier_no, total_revenue) as
          select l_suppkey, sum(l_extendedprice * (1 - l_discount)) from lineitem group by l_suppkey;
        select s_suppkey, total_revenue from supplier, revenue0
          where s_suppkey = supplier_no and total_revenue = (select max(total_revenue) from revenue0);
        drop view revenue0;
        """);
    assertThat(analysis.diagnostics()).isEmpty();
    assertThat(analysis.statements()).extracting(SqlStatement::kind)
        .containsExactly(StatementKind.CREATE_VIEW, StatementKind.SELECT, StatementKind.DROP);
    assertThat(analysis.statements().get(0).targetTable()).isEqualTo("revenue0");
    assertThat(analysis.statements().get(1).tablesRead()).isEqualTo(List.of("revenue0", "supplier"));
  }
}
