package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Fuzz tests of the splitter and the analyzer. In a plain build they replay the inputs under
 * {@code src/test/resources/dev/meshgovernance/core/sql/SqlFuzzTestInputs/<method>/} (seeded from
 * the corpus); {@code JAZZER_FUZZ=1} fuzzes.
 */
class SqlFuzzTest {

  private static final SqlAnalyzer ANALYZER = SqlAnalyzer.builder().timeLimitPerStatement(Duration.ofSeconds(2)).build();

  @FuzzTest(maxDuration = "60s")
  void splitterNeverThrowsAndKeepsPositionsInOrder(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    TextPositions positions = new TextPositions(text);
    List<SqlChunk> chunks = SqlSplitter.split(text);
    int previousEnd = 0;
    for (SqlChunk chunk : chunks) {
      assertThat(chunk.text()).isNotBlank();
      assertThat(chunk.offset()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.startsWith(chunk.text(), chunk.offset())).isTrue();
      assertThat(chunk.line()).isEqualTo(positions.line(chunk.offset()));
      assertThat(chunk.column()).isEqualTo(positions.column(chunk.offset()));
      previousEnd = chunk.offset() + chunk.text().length();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void analyzerNeverThrowsAndReportsEveryUnparsedStatement(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    SqlAnalysis analysis = ANALYZER.analyzeFile("fuzz.sql", text);
    assertThat(analysis.statements()).hasSameSizeAs(SqlSplitter.split(text));
    for (SqlStatement statement : analysis.statements()) {
      assertThat(statement.origin().line()).isGreaterThanOrEqualTo(1);
      List<Violation> found = analysis.diagnostics().stream().filter(v -> v.subject().equals(statement.path())).toList();
      assertThat(found).as(statement.path()).hasSize(statement.parsed() ? 0 : 1);
      // Unparsed: a data-flow statement is a parse error with fallback tables, anything else is unsupported.
      if (!statement.parsed()) {
        assertThat(found.get(0).ruleId()).isEqualTo(statement.approximate() ? "sql.parse-error" : "sql.unsupported");
      }
      assertThat(statement.tablesRead()).allSatisfy(table -> assertThat(table).isNotBlank());
    }
  }
}
