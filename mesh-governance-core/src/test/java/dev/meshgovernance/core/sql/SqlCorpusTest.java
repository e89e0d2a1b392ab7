package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the analyzer over every file of {@code corpus/sql}. */
class SqlCorpusTest {

  /** Parse rates measured with JSqlParser 5.4, a little below, so that a regression shows. */
  private static final Map<String, Double> FLOORS = Map.ofEntries(
      Map.entry("tpch", 1.0),
      Map.entry("tpcds", 0.83),
      Map.entry("tpcds-spark", 0.95),
      Map.entry("dialects/ansi", 0.85),
      Map.entry("dialects/bigquery", 0.57),
      Map.entry("dialects/postgres", 0.67),
      Map.entry("dialects/redshift", 0.60),
      Map.entry("dialects/snowflake", 0.52),
      Map.entry("dialects/sparksql", 0.58),
      Map.entry("dialects/trino", 0.85),
      Map.entry("dialects/tsql", 0.48));

  private final SqlAnalyzer analyzer = new SqlAnalyzer();

  private record Rate(int statements, int parsed) {
    Rate plus(Rate other) {
      return new Rate(statements + other.statements, parsed + other.parsed);
    }

    double ratio() {
      return statements == 0 ? 1.0 : (double) parsed / statements;
    }
  }

  @Test
  void everyCorpusFileIsAnalysedWithoutThrowing() throws IOException {
    Path root = CorpusFiles.sqlRoot();
    List<Path> files = CorpusFiles.sqlFiles();
    assertThat(files).hasSizeGreaterThan(1000);
    Map<String, Rate> rates = new TreeMap<>();
    long start = System.nanoTime();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      SqlAnalysis analysis = analyzer.analyzeFile(name, Files.readString(file, StandardCharsets.UTF_8));
      int parsed = 0;
      for (SqlStatement statement : analysis.statements()) {
        assertThat(statement.origin().line()).as(statement.path()).isGreaterThanOrEqualTo(1);
        assertThat(statement.origin().file()).isEqualTo(name);
        List<Violation> errors = analysis.diagnostics().stream()
            .filter(v -> v.subject().equals(statement.path())).toList();
        if (statement.parsed()) {
          parsed++;
          assertThat(errors).as(statement.path()).isEmpty();
        } else {
          assertThat(errors).as(statement.path()).singleElement()
              .satisfies(v -> assertThat(v.ruleId()).isEqualTo("sql.parse-error"));
        }
      }
      String folder = name.substring(0, name.lastIndexOf('/'));
      rates.merge(folder, new Rate(analysis.statements().size(), parsed), Rate::plus);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Rate total = rates.values().stream().reduce(new Rate(0, 0), Rate::plus);
    rates.forEach((folder, rate) -> System.out.printf("corpus %-20s %5d/%5d statements parsed (%.1f%%)%n",
        folder, rate.parsed(), rate.statements(), 100 * rate.ratio()));
    System.out.printf("corpus %-20s %5d/%5d statements parsed (%.1f%%) in %d ms%n",
        "total", total.parsed(), total.statements(), 100 * total.ratio(), millis);
    FLOORS.forEach((folder, floor) ->
        assertThat(rates.get(folder).ratio()).as("parse rate of " + folder).isGreaterThanOrEqualTo(floor));
  }

  @Test
  void tpchParsesCompletelyWithTheRightTables() throws IOException {
    Path tpch = CorpusFiles.sqlRoot().resolve("tpch");
    Map<String, SqlAnalysis> byQuery = new TreeMap<>();
    for (int q = 1; q <= 22; q++) {
      String name = "q" + q + ".sql";
      SqlAnalysis analysis = analyzer.analyzeFile("tpch/" + name, Files.readString(tpch.resolve(name)));
      assertThat(analysis.diagnostics()).as(name).isEmpty();
      assertThat(analysis.statements()).as(name).allSatisfy(s -> assertThat(s.parsed()).isTrue());
      byQuery.put(name, analysis);
    }
    assertThat(byQuery.get("q3.sql").statements().get(0).tablesRead())
        .containsExactly("customer", "lineitem", "orders");
    assertThat(byQuery.get("q1.sql").statements().get(0).tablesRead()).containsExactly("lineitem");
    assertThat(byQuery.get("q2.sql").statements().get(0).tablesRead())
        .containsExactly("nation", "part", "partsupp", "region", "supplier");
    List<SqlStatement> q15 = byQuery.get("q15.sql").statements();
    assertThat(q15).hasSize(3);
    assertThat(q15.get(0).targetTable()).isEqualTo("revenue0");
    assertThat(q15.get(0).tablesRead()).containsExactly("lineitem");
    assertThat(q15.get(1).tablesRead()).containsExactly("revenue0", "supplier");
  }
}
