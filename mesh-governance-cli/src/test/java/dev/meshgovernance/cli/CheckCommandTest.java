package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @Test
  void theExampleMeshPrintsExactlyItsExpectedViolationsAndFails() throws Exception {
    CliRun run = CliRun.of("check", CliRun.example().toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(Files.readString(CliRun.example().resolve("expected-violations.txt")));
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void bothReportsStateTheHashOfTheEffectiveConfiguration(@TempDir Path dir) throws Exception {
    String text = CliRun.of("check", CliRun.example().toString()).out();
    JsonNode json = new ObjectMapper().readTree(CliRun.of("check", CliRun.example().toString(), "--format", "json").out());
    String hash = json.at("/configurationHash").asText();

    assertThat(hash).matches("sha256:[0-9a-f]{64}");
    assertThat(text).endsWith("configuration " + hash + System.lineSeparator());
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "rules:\n  sql.select-star: error\n");
    assertThat(CliRun.of("check", CliRun.example().toString(), "--config", policy.toString()).out())
        .contains("configuration sha256:").doesNotContain(hash);
  }

  @Test
  void theFailThresholdDecidesTheExitCode() {
    assertThat(CliRun.of("check", CliRun.example().toString(), "--fail-on", "never").exitCode()).isZero();
    assertThat(CliRun.of("check", CliRun.example().toString(), "--fail-on", "info").exitCode()).isEqualTo(1);
  }

  @Test
  void theJsonReportValidatesAgainstItsPublishedSchema(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("report.json");
    CliRun run = CliRun.of("check", CliRun.example().toString(), "--format", "json", "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(output.toFile());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(CliRun.root().resolve("docs/report.schema.json")));
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report.at("/summary/products").asInt()).isEqualTo(3);
    assertThat(report.at("/violations/0/fingerprint").asText()).matches("[0-9a-f]{16}");
  }

  @Test
  void usageAndInputErrorsExitWithTwoAndSayWhat(@TempDir Path dir) {
    CliRun missing = CliRun.of("check", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope") + " does not exist" + System.lineSeparator());

    CliRun badFormat = CliRun.of("check", dir.toString(), "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("unknown format 'xml', expected text or json");

    CliRun unwritable = CliRun.of("check", dir.toString(), "--output", dir.resolve("no/such/dir/r.txt").toString());
    assertThat(unwritable.exitCode()).isEqualTo(2);
    assertThat(unwritable.err()).startsWith("error: cannot write to ").doesNotContain("Exception");
  }

  @Test
  void theStrictProfileMakesEveryViolationAnError() {
    CliRun recommended = CliRun.of("check", CliRun.example().toString(), "--fail-on", "never");
    CliRun strict = CliRun.of("check", CliRun.example().toString(), "--profile", "strict", "--fail-on", "never");

    assertThat(recommended.out()).contains(" warning [");
    assertThat(strict.out()).doesNotContain(" warning [").contains(" error [documentation.description-required]");
    assertThat(CliRun.of("check", CliRun.example().toString(), "--profile", "lax").err())
        .contains("error: META-INF/mesh-governance/profiles/lax.yaml: unknown profile 'lax'");
  }

  @Test
  void theDialectDecidesHowSqlIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.sql"), "SELECT 'it\\'s' AS s FROM sales.orders_v1;\n");

    assertThat(CliRun.of("check", dir.toString(), "--dialect", "bigquery").out()).startsWith("0 error(s)");
    assertThat(CliRun.of("check", dir.toString()).out()).contains("error [sql.parse-error]");
    CliRun unknown = CliRun.of("check", dir.toString(), "--dialect", "oracle");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("oracle");
  }

  @Test
  void aGovernanceFileAtTheWorkspaceRootConfiguresTheRules(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.sql"), "SELECT * FROM sales.orders_v1;\n");
    assertThat(CliRun.of("check", dir.toString()).out()).contains("warning [sql.select-star]");

    Files.writeString(dir.resolve("governance.yaml"), "extends: recommended\nrules:\n  sql.select-star: error\n");
    CliRun strict = CliRun.of("check", dir.toString());
    assertThat(strict.out()).contains("error [sql.select-star]");
    assertThat(strict.exitCode()).isEqualTo(1);

    Path other = Files.writeString(dir.resolve("lenient.yaml"), "rules:\n  sql.select-star: \"off\"\n");
    assertThat(CliRun.of("check", dir.toString(), "--config", other.toString()).out()).startsWith("0 error(s)");

    Files.writeString(dir.resolve("governance.yaml"), "rules:\n  sql.select-stars: error\n");
    CliRun bad = CliRun.of("check", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    // named as the mesh names the workspace's files
    assertThat(bad.err()).isEqualTo("error: governance.yaml"
        + ":2:21: unknown rule 'sql.select-stars' (did you mean 'sql.select-star'?)" + System.lineSeparator());
  }

  @Test
  void aBadRegularExpressionInAnOptionIsAConfigurationErrorWithItsPlace(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("governance.yaml"), "rules:\n  naming.column-name:\n    options:\n"
        + "      pattern: \"^[a-z+$\"\n");
    CliRun bad = CliRun.of("check", dir.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("error: governance.yaml:4:16: rule naming.column-name: option pattern expects a "
        + "regular expression, got '^[a-z+$': Unclosed character class at index 6" + System.lineSeparator());
  }

  @Test
  void waivedViolationsAreReportedApartAndDoNotFailTheBuild(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.sql"), "SELECT * FROM sales.orders_v1;\n");
    Files.writeString(dir.resolve("governance.yaml"), String.join("\n",
        "rules:", "  sql.select-star: error", "waivers:", "  - rule: sql.select-star", "    subject: sql:q.sql#1",
        "    reason: exploratory query", "    owner: sam@shop.example", "    expires: 2999-12-31", ""));

    CliRun text = CliRun.of("check", dir.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.report()).isEqualTo("0 error(s), 0 warning(s), 0 info(s) in 2 file(s): 0 product(s), 0 contract(s), "
        + "1 SQL statement(s); 0 file(s) ignored; 1 violation(s) waived" + System.lineSeparator());

    Path output = dir.resolve("report.json");
    assertThat(CliRun.of("check", dir.toString(), "--format", "json", "--output", output.toString()).exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(output.toFile());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(CliRun.root().resolve("docs/report.schema.json")));
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report.at("/waived/0/rule").asText()).isEqualTo("sql.select-star");
    assertThat(report.at("/waived/0/waiver/owner").asText()).isEqualTo("sam@shop.example");
    assertThat(report.at("/summary/waived").asInt()).isEqualTo(1);
  }

  @Test
  void anEmptyWorkspaceFailsWithNothingRead(@TempDir Path dir) {
    CliRun run = CliRun.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<input>: error [input.nothing-read] nothing to check")
        .contains("1 error(s), 0 warning(s), 0 info(s) in 0 file(s)");
  }
}
