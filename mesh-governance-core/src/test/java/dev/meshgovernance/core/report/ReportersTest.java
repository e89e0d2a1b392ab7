package dev.meshgovernance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and JSON reports show what a baseline kept apart and fixed, and the configuration hash when known. */
class ReportersTest {

  private static final String NL = System.lineSeparator();
  private static final Violation KNOWN = new Violation("sql.select-star", Severity.WARNING, "select-star",
      "statement uses SELECT *", "sql:q.sql#1", Origin.of("q.sql", 1, 1), "name the columns");
  private static final Violation NEW = new Violation("sql.select-star", Severity.ERROR, "select-star",
      "statement uses SELECT *", "sql:q.sql#2", Origin.of("q.sql", 3, 1), "name the columns");
  private static final Baseline.Entry GONE = new Baseline.Entry("naming.column-name", "contract:c/d/productName",
      "pattern-mismatch", "field name 'productName' does not match the pattern");

  private static GovernanceReport report(String hash) {
    return GovernanceReport.builder().files(1).statements(2).violations(List.of(NEW, KNOWN)).configurationHash(hash)
        .build().withBaseline(new Baseline(List.of(Baseline.Entry.of(KNOWN), GONE)));
  }

  private static String write(ReportFormat format, GovernanceReport report) throws IOException {
    StringWriter out = new StringWriter();
    format.reporter().write(report, out);
    return out.toString();
  }

  @Test
  void theTextReportListsNewViolationsThenFixedEntriesAndCountsTheBaselined() throws IOException {
    assertThat(write(ReportFormat.TEXT, report(""))).isEqualTo(
        "q.sql:3:1: error [sql.select-star] statement uses SELECT * (sql:q.sql#2)" + NL
        + "fixed since the baseline (write it again with `mesh-governance baseline` to remove them):" + NL
        + "  [naming.column-name] field name 'productName' does not match the pattern (contract:c/d/productName)" + NL
        + "1 error(s), 0 warning(s), 0 info(s) in 1 file(s): 0 product(s), 0 contract(s), 2 SQL statement(s); "
        + "0 file(s) ignored; 1 baselined violation(s) not shown; 1 fixed since the baseline" + NL);
    assertThat(write(ReportFormat.TEXT, report("sha256:abc"))).endsWith("; 1 fixed since the baseline" + NL + "configuration sha256:abc" + NL);
  }

  @Test
  void aSpanHasItsEndInTheJsonReportAndThePointStaysAsItWasInBoth() throws IOException {
    Violation star = new Violation("sql.select-star", Severity.WARNING, "select-star", "statement uses SELECT *",
        "sql:q.sql#1", Origin.span("q.sql", 2, 8, 2, 11), "");
    GovernanceReport report = GovernanceReport.builder().files(1).statements(1).violations(List.of(star, NEW)).build();
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(RepositoryRoot.resolve("docs/report.schema.json")));
    JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON, report));

    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/violations/0/location").toString())
        .isEqualTo("{\"file\":\"q.sql\",\"line\":2,\"column\":8,\"pointer\":\"\",\"endLine\":2,\"endColumn\":11}");
    assertThat(json.at("/violations/1/location").has("endLine")).isFalse();
    assertThat(write(ReportFormat.TEXT, report)).startsWith("q.sql:2:8: warning [sql.select-star]");
  }

  @Test
  void theJsonReportHasBaselinedAndFixedAndIsValidAgainstItsSchema() throws IOException {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(RepositoryRoot.resolve("docs/report.schema.json")));
    JsonNode plain = new ObjectMapper().readTree(write(ReportFormat.JSON, report("")));
    JsonNode hashed = new ObjectMapper().readTree(write(ReportFormat.JSON, report("sha256:abc")));

    assertThat(schema.validate(plain)).isEmpty();
    assertThat(schema.validate(hashed)).isEmpty();
    assertThat(plain.has("configurationHash")).isFalse();
    assertThat(hashed.get("configurationHash").asText()).isEqualTo("sha256:abc");
    assertThat(plain.at("/baselined/0/subject").asText()).isEqualTo("sql:q.sql#1");
    assertThat(plain.at("/baselined/0/fingerprint").asText()).isEqualTo(KNOWN.fingerprint());
    assertThat(plain.at("/fixed/0/fingerprint").asText()).isEqualTo(GONE.fingerprint());
    assertThat(plain.at("/fixed/0/message").asText()).isEqualTo(GONE.message());
    assertThat(plain.at("/summary/baselined").asInt()).isEqualTo(1);
    assertThat(plain.at("/summary/fixed").asInt()).isEqualTo(1);
    assertThat(plain.at("/summary/errors").asInt()).isEqualTo(1);
    assertThat(plain.at("/summary/warnings").asInt()).isZero();
  }
}
