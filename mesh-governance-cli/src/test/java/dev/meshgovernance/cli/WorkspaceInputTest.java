package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the gate says about what it was pointed at (issue #11, items 7, 10, 11, 13). */
class WorkspaceInputTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private Path write(String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  @Test
  void anEmptyWorkspaceFailsTheGate() {
    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error [input.nothing-read] nothing to check").contains("1 error(s)");
  }

  @Test
  void aWorkspaceOfIgnoredFilesFailsAndVerboseNamesThem() throws IOException {
    write("notes/a.yaml", "title: notes\n");
    write("dcs/orders.yaml", "dataContractSpecification: 1.1.0\nid: orders\n");

    CliRun plain = CliRun.of("check", dir.toString());
    CliRun verbose = CliRun.of("check", dir.toString(), "--verbose");

    assertThat(plain.exitCode()).isEqualTo(1);
    assertThat(plain.out()).contains("2 file(s) ignored").doesNotContain("  notes/a.yaml")
        .contains("dcs/orders.yaml:1:28: info [input.not-read] Data Contract Specification 1.1.0 contract is not read yet");
    assertThat(verbose.out()).contains("ignored (read as none of the standards):" + NL + "  dcs/orders.yaml" + NL
        + "  notes/a.yaml" + NL);
  }

  @Test
  void theJsonReportListsEveryIgnoredFileDataFilesIncluded() throws Exception {
    write("q/a.sql", "select 1");
    write("data/events.json", "{\"a\": 1}\n{\"a\": 2}\n");
    write("data/rows.csv", "a\n1\n");

    CliRun run = CliRun.of("check", dir.toString(), "--format", "json");

    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.at("/ignoredFiles")).extracting(JsonNode::asText)
        .containsExactly("data/events.json", "data/rows.csv");
    assertThat(report.at("/summary/errors").asInt()).isZero();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void excludeGlobsOnTheCommandLineAndInThePolicyFileLeaveFilesOut() throws IOException {
    write("governance.yaml", "exclude:\n  - fixtures/\n");
    write("fixtures/broken.yaml", "a: [");
    write("q/a.sql", "select 1");
    write("drafts/b.sql", "selec * from t");

    assertThat(CliRun.of("check", dir.toString()).out()).doesNotContain("fixtures/broken.yaml")
        .contains("drafts/b.sql");
    CliRun run = CliRun.of("check", dir.toString(), "--exclude", "drafts/", "--exclude", "*.tmp");
    assertThat(run.out()).doesNotContain("drafts/b.sql").startsWith("0 error(s)");
    assertThat(CliRun.of("check", dir.toString(), "--include", "fixtures/**").out())
        .contains("input.nothing-read");
  }

  @Test
  void aMissingPathIsOneLineAndExitTwoForEveryCommand() {
    String missing = dir.resolve("nope").toString();
    String expected = "error: " + missing + " does not exist" + NL;
    for (String[] args : new String[][] {{"check", missing}, {"lineage", missing}, {"baseline", missing},
        {"explain", missing, "--subject", "product:x"}, {"diff", missing, dir.toString()},
        {"diff", dir.toString(), missing}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).isEqualTo(expected);
    }
  }

  @Test
  void aFileIsCheckedInItsWorkspaceReportingOnlyItsFindings() throws IOException {
    write("governance.yaml", "rules: {}\n");
    Path broken = write("a/q.sql", "selec * from t;\n");
    write("b/r.sql", "selec * from u;\n");

    CliRun run = CliRun.of("check", broken.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("a/q.sql:1").doesNotContain("b/r.sql");
    assertThat(CliRun.of("check", dir.resolve("b/r.sql").toString()).out()).contains("b/r.sql:1")
        .doesNotContain("a/q.sql");
  }

  @Test
  void aFileWithoutAPolicyFileAboveIsCheckedInItsOwnDirectory() throws IOException {
    Path sql = write("x/q.sql", "select 1;\n");
    write("y/broken.yaml", "a: [");

    CliRun run = CliRun.of("check", sql.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("0 error(s)");
  }

  @Test
  void checkingAFileTheLibraryDoesNotReadFailsTheGate() throws IOException {
    Path notes = write("notes.yaml", "title: notes\n");

    CliRun run = CliRun.of("check", notes.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("notes.yaml: error [input.nothing-read] nothing to check: notes.yaml was not read");
  }

  @Test
  void aFileIsNotABaselineOrDiffWorkspaceAndChangedTakesADirectory() throws IOException {
    Path sql = write("q.sql", "select 1;\n");

    CliRun baseline = CliRun.of("baseline", sql.toString());
    assertThat(baseline.exitCode()).isEqualTo(2);
    assertThat(baseline.err()).isEqualTo("error: workspace " + sql + " is a file, not a directory" + NL);
    assertThat(CliRun.of("diff", sql.toString(), dir.toString()).err()).hasLineCount(1).contains("is a file");
    assertThat(CliRun.of("check", sql.toString(), "--changed", sql.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void lineageOfAFileHasOnlyItsStatements() throws IOException {
    Path a = write("a.sql", "insert into t2 select x from t1;\n");
    write("b.sql", "insert into t3 select y from t4;\n");

    CliRun run = CliRun.of("lineage", a.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("a.sql").doesNotContain("b.sql");
  }
}
