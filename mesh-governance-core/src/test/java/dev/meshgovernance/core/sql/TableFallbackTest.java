package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.StatementKind;
import org.junit.jupiter.api.Test;

class TableFallbackTest {

  private static TokenTables read(String sql) {
    return read(SqlDialect.ANSI, sql);
  }

  private static TokenTables read(SqlDialect dialect, String sql) {
    var tokens = SqlTokenizer.tokenize(sql, dialect);
    return TableFallback.read(tokens, LeadingKeywords.dataFlowKind(tokens).orElseThrow());
  }

  @Test
  void cteNamesAreNotTables() {
    TokenTables tables = read("""
        WITH RECURSIVE a (x) AS (SELECT x FROM s.src), b AS NOT MATERIALIZED (SELECT * FROM a JOIN s.other o ON true)
        SELECT * FROM b, a, s.a""");
    assertThat(tables.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(tables.tablesRead()).containsExactly("s.a", "s.other", "s.src");
    assertThat(tables.selectStar()).isTrue();
    assertThat(tables.complete()).isTrue();
  }

  @Test
  void subqueriesDerivedTablesAndFromLists() {
    assertThat(read("""
        SELECT (SELECT max(v) FROM s.scalar_t) FROM (SELECT id FROM s.derived) d
          LEFT JOIN s.j ON (d.id = s.j.id), s.listed l, (SELECT 1 FROM s.inner_t) x
        WHERE id IN (SELECT id FROM s.in_t) GROUP BY 1""").tablesRead())
        .containsExactly("s.derived", "s.in_t", "s.inner_t", "s.j", "s.listed", "s.scalar_t");
  }

  @Test
  void quotedNamesAreNormalised() {
    assertThat(read("SELECT 1 FROM \"Sales\".\"Orders_V1\" JOIN `Db`.`T` ON true").tablesRead())
        .containsExactly("db.t", "sales.orders_v1");
    assertThat(read(SqlDialect.TSQL, "SELECT 1 FROM [dbo].[Big T] JOIN db..t ON 1 = 1 JOIN #tmp ON 1 = 1")
        .tablesRead()).containsExactly("#tmp", "db..t", "dbo.big t");
  }

  @Test
  void tableFunctionsAreNotTables() {
    TokenTables tables = read("""
        SELECT o.id, p FROM sales.orders o JOIN UNNEST(o.bought) AS p ON true
        CROSS JOIN LATERAL generate_series(1, 3) g, TABLE(flatten(o.x)) f, LATERAL (SELECT 1 FROM s.lat) l""");
    assertThat(tables.tablesRead()).containsExactly("s.lat", "sales.orders");
    assertThat(tables.complete()).isTrue();
  }

  @Test
  void mergeUsingAndInsertSelect() {
    TokenTables merge = read("""
        MERGE INTO mart.customers c USING (SELECT * FROM stage.customers) s ON c.id = s.id
        WHEN MATCHED THEN UPDATE SET name = s.name
        WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, s.name)""");
    assertThat(merge.kind()).isEqualTo(StatementKind.MERGE);
    assertThat(merge.targetTable()).isEqualTo("mart.customers");
    assertThat(merge.tablesRead()).containsExactly("stage.customers");
    assertThat(read("MERGE t USING src ON t.k = src.k WHEN MATCHED THEN DELETE").tablesRead()).containsExactly("src");

    TokenTables insert = read("INSERT INTO mart.daily (d, n) SELECT d, count(*) FROM raw.events GROUP BY d");
    assertThat(insert.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(insert.targetTable()).isEqualTo("mart.daily");
    assertThat(insert.tablesRead()).containsExactly("raw.events");
    assertThat(insert.selectStar()).isFalse();
    assertThat(read(SqlDialect.SPARK, "INSERT OVERWRITE TABLE db.t PARTITION (p = 1) SELECT * FROM db.s")
        .targetTable()).isEqualTo("db.t");
  }

  @Test
  void updateDeleteAndCreate() {
    TokenTables update = read("UPDATE s.t SET x = (SELECT max(x) FROM s.u) FROM s.v WHERE s.t.id = s.v.id");
    assertThat(update.targetTable()).isEqualTo("s.t");
    assertThat(update.tablesRead()).containsExactly("s.u", "s.v");
    assertThat(read("DELETE FROM films f USING producers p, actors a WHERE f.p = p.id").tablesRead())
        .containsExactly("actors", "producers");
    TokenTables delete = read(SqlDialect.TSQL, "DELETE spqh FROM Sales.Quota AS spqh JOIN Sales.Person sp ON 1 = 1");
    assertThat(delete.targetTable()).isEqualTo("sales.quota");
    assertThat(delete.tablesRead()).containsExactly("sales.person");
    TokenTables ctas = read("CREATE TABLE IF NOT EXISTS mart.top AS WITH x AS (SELECT id FROM raw.a) SELECT id FROM x");
    assertThat(ctas.kind()).isEqualTo(StatementKind.CREATE_TABLE_AS);
    assertThat(ctas.targetTable()).isEqualTo("mart.top");
    assertThat(ctas.tablesRead()).containsExactly("raw.a");
    TokenTables view = read("CREATE OR REPLACE SECURE VIEW mart.v COMMENT = 'x' AS SELECT id FROM raw.b");
    assertThat(view.kind()).isEqualTo(StatementKind.CREATE_VIEW);
    assertThat(view.targetTable()).isEqualTo("mart.v");
    assertThat(view.tablesRead()).containsExactly("raw.b");
  }

  @Test
  void fromInCommentsStringsAndFunctionsIsNotATable() {
    TokenTables tables = read("""
        SELECT 'select * from s.string_t', EXTRACT(YEAR FROM d), SUBSTRING(x FROM 2), a IS DISTINCT FROM b,
          "from" -- FROM s.line_comment
        /* FROM s.block_comment */ FROM s.real""");
    assertThat(tables.tablesRead()).containsExactly("s.real");
    assertThat(tables.selectStar()).isFalse();
    assertThat(read(SqlDialect.BIGQUERY, "SELECT 'it\\'s from x' # FROM s.hash\nFROM s.real").tablesRead())
        .containsExactly("s.real");
  }

  @Test
  void incompleteWhenATargetCannotBeRead() {
    assertThat(read("SELECT * FROM 'file.csv'").complete()).isFalse();
    assertThat(read("SELECT * FROM").complete()).isFalse();
  }

  @Test
  void dataFlowClassification() {
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("(SELECT 1) UNION (SELECT 2)", SqlDialect.ANSI)))
        .contains(StatementKind.SELECT);
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("WITH a AS (SELECT 1) DELETE FROM t", SqlDialect.ANSI)))
        .contains(StatementKind.DELETE);
    assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize("CREATE TABLE t (a int) AS (SELECT 1)", SqlDialect.ANSI)))
        .contains(StatementKind.CREATE_TABLE_AS);
    for (String other : new String[] {"CREATE TABLE t (a int)", "CREATE TABLE t LIKE u", "GRANT SELECT ON t TO r",
        "VACUUM t", "COPY t FROM 's3://x'", "SET x = 1", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$",
        "CREATE TABLE FUNCTION f() AS SELECT 1", "DROP VIEW v", ""}) {
      assertThat(LeadingKeywords.dataFlowKind(SqlTokenizer.tokenize(other, SqlDialect.ANSI))).as(other).isEmpty();
    }
  }
}
