package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mesh-governance lineage}: both formats on the example mesh and the TPC-H corpus, the
 * OpenLineage events validated against OpenLineage's published JSON Schemas (bundled under
 * {@code src/test/resources/openlineage/}, see its SOURCES.md; no network).
 */
class LineageCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();

  @BeforeAll
  static void loadSchemas() throws IOException {
    Map<String, String> texts = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (String file : List.of("OpenLineage.json", "ColumnLineageDatasetFacet.json", "JobTypeJobFacet.json", "SQLJobFacet.json")) {
      try (InputStream in = LineageCommandTest.class.getResourceAsStream("/openlineage/" + file)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Matcher id = ID.matcher(text);
        assertThat(id.find()).isTrue();
        texts.put(id.group(1), text);
        ids.put(file, id.group(1));
      }
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(), builder -> builder
        .schemas(texts)
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    ids.forEach((file, id) -> {
      Schema schema = registry.getSchema(SchemaLocation.of(id));
      schema.initializeValidators();
      SCHEMAS.put(file, schema);
    });
  }

  private static List<String> errors(String schema, JsonNode node) {
    List<String> messages = new ArrayList<>();
    for (Error error : SCHEMAS.get(schema).validate(node)) {
      messages.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return messages;
  }

  /** The event against OpenLineage.json, and each facet it holds against the facet's own schema. */
  private static void assertValid(JsonNode event) {
    assertThat(errors("OpenLineage.json", event)).as(event.toString()).isEmpty();
    JsonNode jobFacets = event.path("job").path("facets");
    assertThat(errors("JobTypeJobFacet.json", JSON.createObjectNode().set("jobType", jobFacets.path("jobType")))).isEmpty();
    assertThat(errors("SQLJobFacet.json", JSON.createObjectNode().set("sql", jobFacets.path("sql")))).isEmpty();
    for (JsonNode output : event.path("outputs")) {
      JsonNode facet = output.path("facets").path("columnLineage");
      if (!facet.isMissingNode()) {
        assertThat(errors("ColumnLineageDatasetFacet.json", JSON.createObjectNode().set("columnLineage", facet)))
            .as(facet.toString()).isEmpty();
      }
    }
  }

  private static List<JsonNode> events(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> events = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    return events;
  }

  @Test
  void openLineageEventsOfTheExampleAreValidJobEventsWithColumnLineage() throws IOException {
    List<JsonNode> events = events("lineage", CliRun.example().toString(), "--format", "openlineage");

    assertThat(events).hasSize(5);
    events.forEach(LineageCommandTest::assertValid);
    JsonNode crossSell = events.stream()
        .filter(e -> e.path("job").path("name").asText().equals("sql:marketing/sql/cross_sell.sql#1")).findFirst().orElseThrow();
    assertThat(crossSell.has("run")).isFalse();
    assertThat(crossSell.path("job").path("namespace").asText()).isEqualTo("mesh");
    assertThat(crossSell.path("inputs").findValuesAsText("name")).containsExactly("catalog.products_v2", "sales.orders_v1");
    JsonNode output = crossSell.path("outputs").get(0);
    assertThat(output.path("name").asText()).isEqualTo("sql:marketing/sql/cross_sell.sql#1");
    JsonNode fields = output.path("facets").path("columnLineage").path("fields");
    assertThat(fields.path("customer_id").path("inputFields").get(0).path("name").asText()).isEqualTo("sales.orders_v1");
    // COUNT(*) reads no field: no input fields, no field '*' (the tables it counts are the inputs)
    assertThat(fields.path("occurences").path("inputFields").isArray()).isTrue();
    assertThat(fields.path("occurences").path("inputFields")).isEmpty();
    assertThat(output.path("facets").path("columnLineage").findValuesAsText("field")).doesNotContain("*", "");
    // ORDER BY occurences sorts by a count of rows: no field, so no SORT input field either
    assertThat(output.path("facets").path("columnLineage").path("dataset").findValuesAsText("subtype"))
        .contains("FILTER", "JOIN", "GROUP_BY").doesNotContain("SORT", "ROWS");
  }

  @Test
  void openLineageEventsOfTheTpchQueriesAreValid() throws IOException {
    List<JsonNode> events = events("lineage", CliRun.root().resolve("corpus/sql/tpch").toString(),
        "--format", "openlineage", "--namespace", "tpch");
    assertThat(events).hasSizeGreaterThanOrEqualTo(24);
    events.forEach(LineageCommandTest::assertValid);
    assertThat(events).allMatch(e -> e.path("job").path("namespace").asText().equals("tpch"));
  }

  @Test
  void jsonLineageHasStatementsWithInputsAndOutputs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lineage.json");
    CliRun run = CliRun.of("lineage", CliRun.example().toString(), "--output", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(Files.readString(file));

    JsonNode statements = root.path("statements");
    assertThat(statements).hasSize(5);
    for (JsonNode statement : statements) {
      assertThat(statement.fieldNames()).toIterable()
          .contains("subject", "location", "approximate", "inputs", "outputs");
      for (JsonNode output : statement.path("outputs")) {
        JsonNode facet = output.path("facets").path("columnLineage");
        if (!facet.isMissingNode()) {
          assertThat(errors("ColumnLineageDatasetFacet.json", JSON.createObjectNode().set("columnLineage", facet))).isEmpty();
        }
      }
    }
    JsonNode insert = statements.findParents("subject").stream()
        .filter(s -> s.path("subject").asText().equals("sql:orders/sql/build_orders.sql#1")).findFirst().orElseThrow();
    JsonNode email = insert.path("outputs").get(0).path("facets").path("columnLineage").path("fields").path("customer_email");
    assertThat(email.path("inputFields").get(0).path("field").asText()).isEqualTo("email");
    assertThat(insert.path("outputs").get(0).path("name").asText()).isEqualTo("sales.orders_v1");
  }

  @Test
  void theValidatorRejectsAnEventWithoutItsJob() throws IOException {
    JsonNode event = JSON.readTree("{\"eventTime\": \"2025-01-01T00:00:00Z\", \"producer\": \"https://x.example\","
        + " \"schemaURL\": \"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent\", \"inputs\": []}");
    assertThat(errors("OpenLineage.json", event)).isNotEmpty();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("lineage", CliRun.example().toString(), "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
    assertThat(run.err()).contains("unknown format 'xml'");
  }
}
