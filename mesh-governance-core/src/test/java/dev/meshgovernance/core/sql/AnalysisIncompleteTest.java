package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A parsed statement whose analysis did not cover all of it says so: {@code sql.analysis-incomplete}. */
class AnalysisIncompleteTest {

  private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

  @Test
  void queriesNestedBeyondTheLimitAreReportedAtTheStatement() {
    String sql = "SELECT a FROM t;\n" + "SELECT a FROM (".repeat(130) + "SELECT a FROM t" + ") x".repeat(130);
    List<Violation> found = ANALYZER.analyze("q.sql", sql).diagnostics();
    assertThat(found).extracting(Violation::ruleId).containsExactly(Diagnostics.SQL_ANALYSIS_INCOMPLETE);
    Violation incomplete = found.get(0);
    assertThat(incomplete.severity()).isEqualTo(Severity.WARNING);
    assertThat(incomplete.subject()).isEqualTo("sql:q.sql#2");
    assertThat(incomplete.origin().line()).isEqualTo(2);
    assertThat(incomplete.message()).contains("queries nested deeper than 120 levels were not followed");
  }

  @Test
  void unattributedColumnsAreNoIncompleteAnalysis() {
    assertThat(ANALYZER.analyze("q.sql", "SELECT a, b.c FROM t JOIN u b ON t.id = b.id").diagnostics()).isEmpty();
  }

  @Test
  void twoThousandOrTermsAreAnalysedWholeOnA256KbStack() throws InterruptedException {
    StringBuilder sql = new StringBuilder("SELECT t.email FROM t JOIN u ON t.id = u.id WHERE t.email = 'x0'");
    for (int i = 1; i < 2000; i++) {
      sql.append(" OR t.email = 'x").append(i).append('\'');
    }
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        outcome.set(ANALYZER.analyze("q.sql", sql.toString()));
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small", 256 * 1024);
    small.start();
    small.join();
    assertThat(outcome.get()).isInstanceOf(SqlAnalysis.class);
    SqlAnalysis analysis = (SqlAnalysis) outcome.get();
    assertThat(analysis.diagnostics()).isEmpty();
    assertThat(analysis.statements().get(0).parsed()).isTrue();
    assertThat(analysis.statements().get(0).lineage().issues()).isEmpty();
    assertThat(analysis.statements().get(0).lineage().indirect()).isNotEmpty();
  }
}
