package dev.meshgovernance.core.sql.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.sql.SqlDialect;
import dev.meshgovernance.core.sql.TableSchemas;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-verified lineage of {@code cases/*.yaml}: all TPC-H queries, the e-commerce cross-sell
 * query and one case per construct. A case names its SQL (a repository file, with the statement's
 * 1-based index, or inline), the tables it needs (a shared file under {@code schemas/} and/or
 * inline), the expected sources of every output column in order ({@code table.column FLOW [masked]},
 * compared as sets), the expected indirect sources (a set) and the expected issues (substrings; none
 * when absent). A source is {@code table.column FLOW [masked] [ambiguous]}, or {@code table ROWS} for
 * the rows of a table. {@code dialect:} names the dialect (default ANSI).
 */
class LineageCasesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final SqlAnalyzer SQL = new SqlAnalyzer();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(LineageCasesTest.class.getResource("cases").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void thereIsACaseForEveryTpchQueryAndTheCrossSellQuery() throws Exception {
    List<String> names = cases().map(p -> p.getFileName().toString()).toList();
    for (int q = 1; q <= 22; q++) {
      assertThat(names).contains(String.format(Locale.ROOT, "tpch-q%02d.yaml", q));
    }
    assertThat(names).contains("tpch-q15-view.yaml", "ecommerce-cross-sell.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lineageIsAsHandVerified(Path file) throws IOException {
    JsonNode spec = YAML.readTree(file.toFile());
    Lineage lineage = lineageOf(spec);

    List<String> expectedNames = new ArrayList<>();
    spec.path("columns").fieldNames().forEachRemaining(expectedNames::add);
    assertThat(lineage.columns()).extracting(ColumnLineage::column).as("output columns").containsExactlyElementsOf(expectedNames);
    for (ColumnLineage column : lineage.columns()) {
      assertThat(new HashSet<>(column.sources())).as("sources of " + column.column())
          .isEqualTo(sources(spec.path("columns").path(column.column())));
    }
    assertThat(new HashSet<>(lineage.indirect())).as("indirect").isEqualTo(sources(spec.path("indirect")));
    List<String> issues = new ArrayList<>();
    spec.path("issues").forEach(i -> issues.add(i.asText()));
    assertThat(lineage.issues()).as("issues").hasSameSizeAs(issues);
    for (String issue : issues) {
      assertThat(lineage.issues()).anyMatch(i -> i.contains(issue));
    }
  }

  /** OpenLineage's sqlparser-rs returns nothing for this query; here every column has tables, COUNT(*) too. */
  @Test
  void crossSellLineageBeatsOpenLineageSqlParserEvenWithoutSchemas() throws IOException {
    String sql = Files.readString(RepositoryRoot.resolve("examples/ecommerce-mesh/marketing/sql/cross_sell.sql"));
    Lineage lineage = SQL.analyze("marketing/sql/cross_sell.sql", sql).statements().get(0).lineage();

    assertThat(lineage.columns()).extracting(ColumnLineage::column).containsExactly("customer_id", "category", "occurences");
    for (ColumnLineage column : lineage.columns()) {
      assertThat(column.sources()).as(column.column()).isNotEmpty().allMatch(s -> !s.table().isEmpty());
    }
    assertThat(lineage.column("occurences").orElseThrow().sources()).containsExactlyInAnyOrder(
        ColumnSource.rows("sales.orders_v1"), ColumnSource.rows("catalog.products_v2"));
    assertThat(lineage.indirect()).contains(new ColumnSource("sales.orders_v1", "product_id", Flow.JOIN, false),
        new ColumnSource("catalog.products_v2", "product_id", Flow.JOIN, false));
    assertThat(lineage.issues()).isEmpty();
  }

  private static Lineage lineageOf(JsonNode spec) throws IOException {
    String sql = spec.path("sql").asText();
    if (sql.endsWith(".sql") && !sql.contains("\n")) {
      sql = Files.readString(RepositoryRoot.resolve(sql));
    }
    SqlAnalyzer analyzer = spec.hasNonNull("dialect")
        ? SqlAnalyzer.builder().dialect(SqlDialect.parse(spec.path("dialect").asText())).build() : SQL;
    List<SqlStatement> statements = analyzer.analyze("case.sql", sql, schemas(spec)).statements();
    SqlStatement statement = statements.get(spec.path("statement").asInt(1) - 1);
    assertThat(statement.parsed()).as("the case's statement parses").isTrue();
    return statement.lineage();
  }

  private static TableSchemas schemas(JsonNode spec) throws IOException {
    Map<String, List<String>> tables = new HashMap<>();
    if (spec.hasNonNull("schema")) {
      String name = "schemas/" + spec.path("schema").asText() + ".yaml";
      try (var in = LineageCasesTest.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        addTables(YAML.readTree(in), tables);
      }
    }
    addTables(spec.path("tables"), tables);
    return table -> Optional.ofNullable(tables.get(table));
  }

  private static void addTables(JsonNode node, Map<String, List<String>> tables) {
    node.fields().forEachRemaining(e -> {
      List<String> columns = new ArrayList<>();
      e.getValue().forEach(c -> columns.add(c.asText()));
      tables.put(e.getKey(), columns);
    });
  }

  /**
   * {@code sales.orders_v1.customer_id DIRECT}, {@code .id DIRECT} (no table), {@code t.c EXPRESSION masked},
   * {@code t.c DIRECT ambiguous} (a candidate), {@code sales.orders_v1 ROWS} (the rows of a table).
   */
  private static Set<ColumnSource> sources(JsonNode list) {
    Set<ColumnSource> sources = new HashSet<>();
    list.forEach(node -> {
      String[] parts = node.asText().trim().split("\\s+");
      Flow flow = Flow.valueOf(parts[1]);
      if (flow == Flow.ROWS) {
        sources.add(ColumnSource.rows(parts[0]));
        return;
      }
      int dot = parts[0].lastIndexOf('.');
      List<String> marks = List.of(parts).subList(2, parts.length);
      sources.add(new ColumnSource(parts[0].substring(0, dot), parts[0].substring(dot + 1), flow,
          marks.contains("masked"), marks.contains("ambiguous")));
    });
    return sources;
  }
}
