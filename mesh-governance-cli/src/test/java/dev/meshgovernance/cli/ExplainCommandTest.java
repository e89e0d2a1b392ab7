package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: the rules of a subject, how they are set and by which layer, and what they found. */
class ExplainCommandTest {

  private static final String FIELD = "contract:sales-orders-contract/orders/customer_email";

  @Test
  void aFieldsRulesSettingsSourcesAndViolationsAreListed(@TempDir Path dir) throws Exception {
    Path policy = Files.writeString(dir.resolve("governance.yaml"), """
        rules:
          naming.column-name:
            options: {maxLength: 40}
        domains:
          sales:
            rules:
              classification.required: error
          marketing:
            rules:
              encryption.pii-encrypted: "off"
        """);
    CliRun run = CliRun.of("explain", CliRun.example().toString(), "--subject", FIELD, "--config", policy.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .startsWith(FIELD + " (Field)",
            "  domain: sales, status: active, tags: [], classifications: [internal, pii, public]")
        .contains(
            "  classification.required                  error        severity from " + policy + ":7:32 (domain sales)",
            "  encryption.pii-encrypted                 error        severity from rule default",
            "                                           maxLength = 40, from " + policy + ":3:26",
            "  orders/orders.odcs.yaml:66:9: error [encryption.pii-encrypted] field 'customer_email' is sensitive "
                + "(classification 'pii') but declares no encryption (" + FIELD + ")")
        .noneMatch(line -> line.contains("sql.select-star"));
  }

  @Test
  void theJsonFormCarriesTheSameDecisionsAndTheSubjectsReport() throws Exception {
    CliRun run = CliRun.of("explain", CliRun.example().toString(), "--subject", FIELD, "--format", "json");

    JsonNode explanation = new ObjectMapper().readTree(run.out());
    assertThat(explanation.at("/kind").asText()).isEqualTo("Field");
    assertThat(explanation.at("/configurationHash").asText()).matches("sha256:[0-9a-f]{64}");
    assertThat(explanation.at("/rules").findValuesAsText("rule")).contains("encryption.pii-encrypted", "naming.column-name");
    assertThat(explanation.at("/report/violations/0/rule").asText()).isEqualTo("encryption.pii-encrypted");
  }

  @Test
  void anUnknownSubjectIsAnErrorThatSuggestsTheClosestPath() {
    CliRun run = CliRun.of("explain", CliRun.example().toString(), "--subject", "contract:orders-contract/orders/customer_email");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: no subject 'contract:orders-contract/orders/customer_email' in the mesh "
        + "(did you mean '" + FIELD + "'?)" + System.lineSeparator());
  }
}
