package dev.meshgovernance.core.sql.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.core.sql.TableSchemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Fuzz test of lineage: on any statement JSqlParser accepts it does not fail, gives every column a
 * name, and gives the same result twice. In a plain build it replays the seeds under
 * {@code src/test/resources/dev/meshgovernance/core/sql/lineage/LineageFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class LineageFuzzTest {

  private static final LineageAnalyzer LINEAGE = new LineageAnalyzer();
  private static final TableSchemas SCHEMAS = table -> table.startsWith("a") ? Optional.of(List.of("id", "x", "y")) : Optional.empty();

  @FuzzTest(maxDuration = "60s")
  void lineageNeverFailsAndIsStable(byte[] input) {
    Statement statement;
    try {
      statement = CCJSqlParserUtil.parse(new String(input, StandardCharsets.UTF_8));
    } catch (Exception | StackOverflowError e) {
      return; // not SQL JSqlParser reads: nothing to analyse
    }
    if (statement == null) {
      return;
    }
    Lineage lineage = LINEAGE.lineageOf(statement, SCHEMAS);
    assertThat(lineage.issues()).noneMatch(issue -> issue.startsWith("lineage analysis failed"));
    assertThat(lineage.columns()).allMatch(c -> !c.column().isBlank());
    assertThat(LINEAGE.lineageOf(statement, SCHEMAS)).isEqualTo(lineage);
  }
}
