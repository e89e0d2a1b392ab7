package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baseline} and {@code check --baseline}: known violations stop failing the build, new ones do not. */
class BaselineCommandTest {

  private static final String NL = System.lineSeparator();
  private static final String NEW_ARRIVALS = "sql:marketing/sql/new_arrivals.sql#1";

  @TempDir
  Path dir;

  private static Schema schema(String file) throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(CliRun.root().resolve("docs/" + file)));
  }

  /** A copy of the example mesh to change. */
  private Path exampleCopy() throws IOException {
    Path copy = dir.resolve("mesh");
    try (Stream<Path> files = Files.walk(CliRun.example())) {
      for (Path from : files.toList()) {
        Path to = copy.resolve(CliRun.example().relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }

  private static List<String> rulesAndSubjects(JsonNode violations) {
    List<String> found = new ArrayList<>();
    violations.forEach(v -> found.add(v.get("rule").asText() + " " + v.get("subject").asText()));
    return found;
  }

  @Test
  void aBaselineOfTheExampleMeshRecordsItsEightViolationsAndTheCheckThenPasses() throws IOException {
    Path file = dir.resolve("baseline.json");
    CliRun written = CliRun.of("baseline", CliRun.example().toString(), "--output", file.toString());

    assertThat(written.err()).isEmpty();
    assertThat(written.out()).isEqualTo("wrote 8 violations to " + file + NL);
    assertThat(written.exitCode()).isZero();
    JsonNode baseline = new ObjectMapper().readTree(file.toFile());
    assertThat(schema("baseline.schema.json").validate(baseline)).isEmpty();
    assertThat(baseline.get("violations")).hasSize(8);

    CliRun check = CliRun.of("check", CliRun.example().toString(), "--baseline", file.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.report()).isEqualTo("0 error(s), 0 warning(s), 0 info(s) in 11 file(s): 3 product(s), "
        + "3 contract(s), 5 SQL statement(s); 1 file(s) ignored; 8 baselined violation(s) not shown" + NL);
    assertThat(check.exitCode()).isZero();
    assertThat(CliRun.of("check", CliRun.example().toString(), "--baseline", file.toString(), "--fail-on", "info")
        .exitCode()).as("baselined violations count toward no threshold").isZero();
  }

  @Test
  void theJsonReportListsBaselinedViolationsWithTheFingerprintsTheBaselineRecords() throws IOException {
    Path file = dir.resolve("baseline.json");
    CliRun.of("baseline", CliRun.example().toString(), "--output", file.toString());
    Path report = dir.resolve("report.json");
    Path plain = dir.resolve("plain.json");

    assertThat(CliRun.of("check", CliRun.example().toString(), "--baseline", file.toString(), "--format", "json",
        "--output", report.toString()).exitCode()).isZero();
    CliRun.of("check", CliRun.example().toString(), "--format", "json", "--output", plain.toString());

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(schema("report.schema.json").validate(json)).isEmpty();
    assertThat(json.get("violations")).isEmpty();
    assertThat(json.get("fixed")).isEmpty();
    assertThat(json.at("/summary/baselined").asInt()).isEqualTo(8);
    assertThat(json.get("baselined")).isEqualTo(new ObjectMapper().readTree(plain.toFile()).get("violations"));
    List<String> recorded = new ArrayList<>();
    new ObjectMapper().readTree(file.toFile()).get("violations").forEach(v -> recorded.add(v.get("fingerprint").asText()));
    List<String> reported = new ArrayList<>();
    json.get("baselined").forEach(v -> reported.add(v.get("fingerprint").asText()));
    assertThat(reported).containsExactlyInAnyOrderElementsOf(recorded);
  }

  @Test
  void aNewViolationFailsTheCheckAndIsTheOnlyOneCounted() throws IOException {
    Path mesh = exampleCopy();
    Path file = dir.resolve("baseline.json");
    CliRun.of("baseline", mesh.toString(), "--output", file.toString());
    Files.writeString(mesh.resolve("marketing/sql/clearance.sql"),
        "SELECT s.sku AS product_id FROM catalog.products_staging s WHERE NOT s.active;\n");

    CliRun check = CliRun.of("check", mesh.toString(), "--baseline", file.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.report()).isEqualTo("marketing/sql/clearance.sql:1:33: error [sql.cross-domain-internal-access] "
        + "product 'marketing-cross-sell' reads catalog.products_staging, an internal table of product "
        + "'catalog-products' (sql:marketing/sql/clearance.sql#1)" + NL
        + "1 error(s), 0 warning(s), 0 info(s) in 12 file(s): 3 product(s), 3 contract(s), 6 SQL statement(s); "
        + "1 file(s) ignored; 8 baselined violation(s) not shown" + NL);
  }

  @Test
  void aFixedViolationIsListedAsFixedSoTheBaselineCanShrink() throws IOException {
    Path mesh = exampleCopy();
    Path file = dir.resolve("baseline.json");
    CliRun.of("baseline", mesh.toString(), "--output", file.toString());
    Files.delete(mesh.resolve("marketing/sql/new_arrivals.sql"));

    CliRun text = CliRun.of("check", mesh.toString(), "--baseline", file.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.report()).isEqualTo(
        "fixed since the baseline (write it again with `mesh-governance baseline` to remove them):" + NL
        + "  [sql.cross-domain-internal-access] product 'marketing-cross-sell' reads catalog.products_staging, an "
        + "internal table of product 'catalog-products' (" + NEW_ARRIVALS + ")" + NL
        + "0 error(s), 0 warning(s), 0 info(s) in 10 file(s): 3 product(s), 3 contract(s), 4 SQL statement(s); "
        + "1 file(s) ignored; 7 baselined violation(s) not shown; 1 fixed since the baseline" + NL);

    Path report = dir.resolve("report.json");
    CliRun.of("check", mesh.toString(), "--baseline", file.toString(), "--format", "json", "--output", report.toString());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(schema("report.schema.json").validate(json)).isEmpty();
    assertThat(rulesAndSubjects(json.get("fixed"))).containsExactly("sql.cross-domain-internal-access " + NEW_ARRIVALS);
    assertThat(json.at("/fixed/0/fingerprint").asText()).matches("[0-9a-f]{16}");
    assertThat(json.at("/summary/fixed").asInt()).isEqualTo(1);

    CliRun rewritten = CliRun.of("baseline", mesh.toString(), "--output", file.toString());
    assertThat(rewritten.out()).isEqualTo("wrote 7 violations to " + file + NL);
    assertThat(CliRun.of("check", mesh.toString(), "--baseline", file.toString()).out())
        .doesNotContain("fixed since the baseline");
  }

  @Test
  void theBaselineGoesToTheWorkspaceByDefaultAndIsAppliedOnlyWhenGiven() throws IOException {
    Path mesh = exampleCopy();

    CliRun written = CliRun.of("baseline", mesh.toString());
    Path file = mesh.resolve("governance-baseline.json");
    assertThat(written.out()).isEqualTo("wrote 8 violations to " + file + NL);
    assertThat(file).isRegularFile();

    CliRun implicit = CliRun.of("check", mesh.toString());
    assertThat(implicit.exitCode()).as("a baseline lying in the workspace is not applied").isEqualTo(1);
    assertThat(implicit.out()).contains("4 error(s), 4 warning(s)")
        .as("nor listed as an ignored file").contains("; 1 file(s) ignored" + NL);
    assertThat(CliRun.of("check", mesh.toString(), "--baseline", file.toString()).exitCode()).isZero();
  }

  @Test
  void theBaselineIsWrittenWithTheSameEngineOptionsAsTheCheck() throws IOException {
    Files.writeString(dir.resolve("q.sql"), "SELECT * FROM sales.orders_v1;\n");
    Path lenient = Files.writeString(dir.resolve("lenient.yaml"), "rules:\n  sql.select-star: \"off\"\n");
    Path file = dir.resolve("out/baseline.json");
    Files.createDirectories(file.getParent());

    assertThat(CliRun.of("baseline", dir.toString(), "--config", lenient.toString(), "--output", file.toString()).out())
        .isEqualTo("wrote 0 violations to " + file + NL);
    assertThat(CliRun.of("baseline", dir.toString(), "--profile", "strict", "--output", file.toString()).out())
        .isEqualTo("wrote 1 violation to " + file + NL);
    CliRun strict = CliRun.of("check", dir.toString(), "--profile", "strict", "--baseline", file.toString());
    assertThat(strict.exitCode()).isZero();
    assertThat(strict.report()).endsWith("; 1 baselined violation(s) not shown" + NL);

    CliRun badDialect = CliRun.of("baseline", dir.toString(), "--dialect", "oracle");
    assertThat(badDialect.exitCode()).isEqualTo(2);
    assertThat(badDialect.err()).contains("oracle");
  }

  @Test
  void waivedViolationsAreNotRecorded() throws IOException {
    Files.writeString(dir.resolve("q.sql"), "SELECT * FROM sales.orders_v1;\n");
    Files.writeString(dir.resolve("governance.yaml"), String.join("\n",
        "waivers:", "  - rule: sql.select-star", "    subject: sql:q.sql#1", "    reason: exploratory query",
        "    owner: sam@shop.example", "    expires: 2999-12-31", ""));

    assertThat(CliRun.of("baseline", dir.toString()).out())
        .isEqualTo("wrote 0 violations to " + dir.resolve("governance-baseline.json") + NL);
  }

  @Test
  void aBadBaselineFileExitsWithTwoAndSaysWhere() throws IOException {
    Path missing = dir.resolve("nope.json");
    CliRun absent = CliRun.of("check", CliRun.example().toString(), "--baseline", missing.toString());
    assertThat(absent.exitCode()).isEqualTo(2);
    assertThat(absent.err()).isEqualTo("error: " + missing + ": cannot read the baseline: no such file" + NL);
    assertThat(absent.out()).isEmpty();

    Path wrongVersion = Files.writeString(dir.resolve("v2.json"), "{\n  \"version\": 2,\n  \"violations\": []\n}\n");
    CliRun newer = CliRun.of("check", CliRun.example().toString(), "--baseline", wrongVersion.toString());
    assertThat(newer.exitCode()).isEqualTo(2);
    assertThat(newer.err()).isEqualTo("error: " + wrongVersion + ":2:14: unsupported baseline version 2; this "
        + "mesh-governance reads version 1 (the file was written by a newer one)" + NL);

    Path noFingerprint = Files.writeString(dir.resolve("edited.json"), "{\"version\": 1, \"violations\": [\n"
        + "  {\"rule\": \"sql.select-star\", \"subject\": \"sql:q.sql#1\", \"key\": \"select-star\"}\n]}\n");
    CliRun edited = CliRun.of("check", CliRun.example().toString(), "--baseline", noFingerprint.toString());
    assertThat(edited.exitCode()).isEqualTo(2);
    assertThat(edited.err()).startsWith("error: " + noFingerprint + ":2:3: the violation has no fingerprint")
        .doesNotContain("Exception").hasLineCount(1);

    Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1,\n \"violations\": [\n");
    CliRun broken = CliRun.of("check", CliRun.example().toString(), "--baseline", notJson.toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).isEqualTo("error: " + notJson + ":3:1: Unexpected end-of-input: expected close marker "
        + "for Array" + NL);
  }

  @Test
  void aBaselineThatCannotBeWrittenExitsWithTwo() {
    CliRun run = CliRun.of("baseline", CliRun.example().toString(), "--output", dir.resolve("no/such/dir/b.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: cannot write to ").doesNotContain("Exception");
    assertThat(CliRun.of("baseline", dir.resolve("nope").toString()).err())
        .isEqualTo("error: " + dir.resolve("nope") + " does not exist" + System.lineSeparator());
  }
}
