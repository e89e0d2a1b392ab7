package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Dialects, the data-flow / unsupported split, the fallback in the analyzer, and the parse cache. */
class SqlAnalyzerReadingTest {

  @Test
  void dialectsByName() {
    assertThat(SqlDialect.parse("BigQuery")).isEqualTo(SqlDialect.BIGQUERY);
    assertThat(SqlDialect.parse("sparksql")).isEqualTo(SqlDialect.SPARK);
    assertThat(SqlDialect.TSQL.id()).isEqualTo("tsql");
    assertThatThrownBy(() -> SqlDialect.parse("oracle")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown SQL dialect 'oracle'; expected one of: ansi, postgres, snowflake, bigquery, spark, "
            + "trino, redshift, tsql");
    assertThat(new SqlAnalyzer().dialect()).isEqualTo(SqlDialect.ANSI);
    assertThat(SqlAnalyzer.builder().dialect(SqlDialect.TSQL).build().dialect()).isEqualTo(SqlDialect.TSQL);
    assertThatThrownBy(() -> SqlAnalyzer.builder().cacheSize(-1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dialectOptionsReachTheParser() {
    SqlAnalyzer tsql = SqlAnalyzer.builder().dialect(SqlDialect.TSQL).timeLimitPerStatement(Duration.ofSeconds(5)).build();
    assertThat(tsql.analyze("api", "SELECT [a b] FROM [dbo].[t]").statements().get(0).tablesRead())
        .containsExactly("dbo.t");
    SqlAnalyzer bigquery = SqlAnalyzer.builder().dialect(SqlDialect.BIGQUERY).timeLimitPerStatement(Duration.ofSeconds(5)).build();
    SqlAnalysis escaped = bigquery.analyze("api", "SELECT 'it\\'s; fine' FROM `p.d.t`; SELECT 2 # comment; no");
    assertThat(escaped.statements()).hasSize(2);
    assertThat(escaped.statements().get(0).parsed()).isTrue();
    assertThat(escaped.statements().get(0).tablesRead()).containsExactly("p.d.t");
  }

  @Test
  void unparsedNonDataFlowStatementIsUnsupportedInfo() {
    SqlAnalysis analysis = new SqlAnalyzer().analyzeFile("api", "VACUUM FULL ANALYZE some_table (a, b)");
    SqlStatement statement = analysis.statements().get(0);
    assertThat(statement.parsed()).isFalse();
    assertThat(statement.approximate()).isFalse();
    assertThat(statement.kind()).isEqualTo(StatementKind.UNKNOWN);
    assertThat(analysis.diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sql.unsupported");
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).startsWith("Statement not analysed (it moves no data and the ansi parser does not read it): ");
    });
  }

  @Test
  void unparsedDataFlowStatementIsAnErrorWithApproximateTables() {
    SqlAnalysis analysis = new SqlAnalyzer().analyze("api",
        "INSERT INTO mart.t SELECT a FROM raw.s MATCH_RECOGNIZE (PARTITION BY a) JOIN raw.u USING (a)");
    SqlStatement statement = analysis.statements().get(0);
    assertThat(statement.parsed()).isFalse();
    assertThat(statement.approximate()).isTrue();
    assertThat(statement.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(statement.targetTable()).isEqualTo("mart.t");
    assertThat(statement.tablesRead()).containsExactly("raw.s", "raw.u");
    assertThat(analysis.diagnostics()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sql.parse-error");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.origin().line()).isEqualTo(1);
      assertThat(v.origin().column()).isGreaterThan(1);
    });
  }

  @Test
  void eachDistinctTextIsParsedOnce() {
    SqlAnalyzer analyzer = new SqlAnalyzer();
    analyzer.analyze("a", "SELECT 1 FROM t; SELECT 2 FROM u; SELECT 1 FROM t");
    assertThat(analyzer.parseCount()).isEqualTo(2);
    SqlAnalysis again = analyzer.analyze("b", "SELECT 2 FROM u;\nSELECT broken FROM;");
    assertThat(analyzer.parseCount()).isEqualTo(3);
    analyzer.analyze("c", "SELECT broken FROM");
    assertThat(analyzer.parseCount()).isEqualTo(3);
    assertThat(again.statements().get(0).tablesRead()).containsExactly("u");
    assertThat(again.statements().get(0).path()).isEqualTo("sql:b#1");
  }

  @Test
  void cacheIsBoundedAndPerAnalyzer() {
    SqlAnalyzer analyzer = SqlAnalyzer.builder().cacheSize(2).build();
    analyzer.analyze("a", "SELECT 1; SELECT 2; SELECT 3");
    assertThat(analyzer.cachedCount()).isEqualTo(2);
    analyzer.analyze("a", "SELECT 1");
    assertThat(analyzer.parseCount()).isEqualTo(4); // SELECT 1 was evicted, least recently used
    analyzer.analyze("a", "SELECT 3");
    assertThat(analyzer.parseCount()).isEqualTo(4);

    SqlAnalyzer uncached = SqlAnalyzer.builder().cacheSize(0).build();
    uncached.analyze("a", "SELECT 1; SELECT 1");
    assertThat(uncached.parseCount()).isEqualTo(2);
    assertThat(uncached.cachedCount()).isZero();
    assertThat(new SqlAnalyzer().parseCount()).isZero();
  }

  @Test
  void timeoutsAreNotCached() {
    SqlAnalyzer hasty = SqlAnalyzer.builder().timeLimitPerStatement(Duration.ofMillis(1)).build();
    String nested = "SELECT " + "(".repeat(150) + "1" + ")".repeat(150) + " FROM t";
    hasty.analyze("a", nested);
    hasty.analyze("a", nested);
    assertThat(hasty.parseCount()).isEqualTo(2);
  }
}
