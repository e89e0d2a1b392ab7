package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.read.WorkspaceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements as a catalog across the files of a workspace: order, disagreement, cycles, contracts first. */
class StatementCatalogTest {

  private static final SqlAnalyzer SQL = new SqlAnalyzer();

  private static Map<String, SqlAnalysis> analyze(TableSchemas schemas, String... fileAndText) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < fileAndText.length; i += 2) {
      texts.put(fileAndText[i], fileAndText[i + 1]);
    }
    return SQL.analyzeFiles(texts, schemas);
  }

  private static Lineage lineage(Map<String, SqlAnalysis> analyses, String file, int statement) {
    return analyses.get(file).statements().get(statement).lineage();
  }

  private static List<String> columns(Lineage lineage) {
    return lineage.columns().stream().map(ColumnLineage::column).toList();
  }

  @Test
  void aViewCreatedInALaterFileExpandsAStarInAnEarlierOne() {
    Map<String, SqlAnalysis> analyses = analyze(TableSchemas.NONE,
        "a/report.sql", "SELECT * FROM stg.v",
        "b/views.sql", "CREATE TABLE raw.t (id INT, name TEXT, secret TEXT);\nCREATE VIEW stg.v AS SELECT id, name FROM raw.t");

    assertThat(columns(lineage(analyses, "a/report.sql", 0))).containsExactly("id", "name");
    assertThat(lineage(analyses, "a/report.sql", 0).issues()).isEmpty();
    assertThat(analyses.keySet()).containsExactly("a/report.sql", "b/views.sql");
  }

  @Test
  void filesThatCreateATableWithDifferentColumnsLeaveItUnknown() {
    Map<String, SqlAnalysis> analyses = analyze(TableSchemas.NONE,
        "a.sql", "CREATE TABLE stg.t (id INT)",
        "b.sql", "CREATE TABLE stg.t (id INT, extra INT)",
        "c.sql", "SELECT * FROM stg.t");

    assertThat(columns(lineage(analyses, "c.sql", 0))).containsExactly("*");
    assertThat(lineage(analyses, "c.sql", 0).issues()).anyMatch(i -> i.contains("SELECT * over stg.t"));
  }

  @Test
  void aCycleBetweenFilesEndsWithUnresolvedStars() {
    Map<String, SqlAnalysis> analyses = analyze(TableSchemas.NONE,
        "a.sql", "CREATE VIEW x.a AS SELECT * FROM x.b",
        "b.sql", "CREATE VIEW x.b AS SELECT * FROM x.a");

    assertThat(columns(lineage(analyses, "a.sql", 0))).containsExactly("*");
    assertThat(columns(lineage(analyses, "b.sql", 0))).containsExactly("*");
  }

  @Test
  void aContractsColumnsWinOverAStatementsAndATableReadBeforeItsCreationInTheSameFileIsNotTheLaterOne() {
    TableSchemas contract = table -> table.equals("stg.c") ? Optional.of(List.of("k", "v")) : Optional.empty();
    Map<String, SqlAnalysis> analyses = analyze(contract, "a.sql", """
        SELECT * FROM stg.later;
        CREATE TABLE stg.later (x INT);
        CREATE TABLE stg.c (other INT);
        SELECT * FROM stg.c""");

    assertThat(columns(lineage(analyses, "a.sql", 0))).containsExactly("*");
    assertThat(columns(lineage(analyses, "a.sql", 3))).containsExactly("k", "v");
  }

  @Test
  void anInsertWithoutColumnListMatchesTheColumnsOfATableCreatedBefore(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("sql"));
    Files.writeString(root.resolve("sql/a_load.sql"), "INSERT INTO mart.daily SELECT d, count(*) FROM raw.events GROUP BY d");
    Files.writeString(root.resolve("sql/z_ddl.sql"), "CREATE TABLE mart.daily (day DATE, events BIGINT)");

    Mesh mesh = new WorkspaceReader().read(root);

    SqlStatement insert = mesh.statementsWriting("mart.daily").get(0);
    assertThat(columns(insert.lineage())).containsExactly("day", "events");
  }

  /** What a gateway query is analysed against: the contracts, else the views the mesh's SQL creates. */
  @Test
  void theMeshsSchemasIncludeTheColumnsOfTheViewsItsStatementsCreate(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("views.sql"), "CREATE VIEW stg.v AS SELECT id, name FROM raw.t");

    TableSchemas schemas = TableSchemas.of(new WorkspaceReader().read(root));

    assertThat(schemas.columns("stg.v")).contains(List.of("id", "name"));
    assertThat(schemas.columns("raw.t")).isEmpty();
  }
}
