package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.model.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over the whole SQL corpus, every located table reference spans exactly the table's name in the file as
 * written (whatever the dialect's rewrites did, wherever the statement starts), and every star spans a star. An
 * element that lies inside text a rewrite replaced ({@code TABLE t} read as {@code SELECT * FROM t}) is located at
 * the start of the replaced text, without an end.
 */
class SqlLocationsCorpusTest {

  private final Map<SqlDialect, SqlAnalyzer> analyzers = new EnumMap<>(SqlDialect.class);

  @Test
  void everyLocatedTableReferenceAndStarSpansItsTextInTheFile() throws IOException {
    Path root = CorpusFiles.sqlRoot();
    List<String> wrong = new ArrayList<>();
    int located = 0;
    for (Path file : CorpusFiles.sqlFiles()) {
      String name = root.relativize(file).toString().replace('\\', '/');
      SqlDialect dialect = SqlCorpusTest.dialectOf(name.substring(0, name.lastIndexOf('/')));
      SqlAnalyzer analyzer = analyzers.computeIfAbsent(dialect, d -> SqlAnalyzer.builder().dialect(d).build());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      TextPositions positions = new TextPositions(text);
      for (SqlStatement statement : analyzer.analyze(name, text).statements()) {
        for (Map.Entry<String, List<Origin>> table : statement.locations().tables().entrySet()) {
          for (Origin origin : table.getValue()) {
            if (!origin.hasEnd()) {
              continue;
            }
            located++;
            String written = TableNames.normalise(textAt(text, positions, origin).replaceAll("\\s*\\.\\s*", "."));
            if (!written.equals(table.getKey())) {
              wrong.add(origin + " reads '" + written + "' for table " + table.getKey());
            }
          }
        }
        for (Origin star : statement.locations().stars()) {
          if (star.hasEnd() && !textAt(text, positions, star).endsWith("*")) {
            wrong.add(star + " reads '" + textAt(text, positions, star) + "' for a star");
          }
        }
      }
    }
    assertThat(located).isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  private static String textAt(String text, TextPositions positions, Origin origin) {
    return text.substring(positions.offset(origin.line(), origin.column()),
        positions.offset(origin.endLine(), origin.endColumn()));
  }
}
