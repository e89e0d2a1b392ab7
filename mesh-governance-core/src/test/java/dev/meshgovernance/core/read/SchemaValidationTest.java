package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema validation as a user meets it: each document by the schema of the version it declares, one
 * finding per mistake at the offending element. The standards' own examples at each release tag, the
 * standard's strict-schema test example and datacontract-cli's fixtures are the inputs (see
 * {@code corpus/metadata/SOURCES.md}).
 */
class SchemaValidationTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  private static List<String> findings(String name, String text) {
    return READER.readDocument(name, text).diagnostics().stream()
        .filter(v -> v.ruleId().equals("schema.invalid"))
        .map(v -> v.origin().line() + ":" + v.origin().pointer() + " " + v.message()).toList();
  }

  private static String corpus(String file) throws IOException {
    return Files.readString(RepositoryRoot.resolve("corpus/metadata/" + file));
  }

  static Stream<String> releaseExamples() throws IOException {
    Path odcs = RepositoryRoot.resolve("corpus/metadata/odcs");
    List<String> files = new java.util.ArrayList<>();
    for (String release : List.of("v3.0.0", "v3.0.1", "v3.0.2")) {
      try (Stream<Path> list = Files.list(odcs.resolve(release))) {
        list.map(f -> "odcs/" + release + "/" + f.getFileName()).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("releaseExamples")
  void theExamplesOfEachReleaseAreValidByTheirOwnReleasesSchema(String file) throws IOException {
    assertThat(findings(file, corpus(file))).isEmpty();
  }

  private static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: c
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - name: id
              logicalType: string
              isNullable: false
              description: the order's id
            - name: amount
              logicalType: number
              physicalname: AMOUNT
      """;

  @Test
  void anUnknownKeyIsOneFindingAtTheKeyNotItsValidNeighbours() {
    assertThat(findings("c.yaml", CONTRACT)).containsExactly(
        "11:/schema/0/properties/0/isNullable property 'isNullable' is not allowed at /schema/0/properties/0"
            + " (odcs-json-schema-v3.1.0.json)",
        "15:/schema/0/properties/1/physicalname property 'physicalname' is not allowed at /schema/0/properties/1;"
            + " did you mean 'physicalName'? (odcs-json-schema-v3.1.0.json)");
  }

  /** {@code description:} with nothing after it is null in YAML, not an empty text the schema would accept. */
  @Test
  void anEmptyValueIsNull() {
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: c
        version: 1.0.0
        status: active
        description:
        schema:
          - name: orders
            description:
        """;
    assertThat(findings("c.yaml", contract)).containsExactly(
        "6:/description null found, object expected at /description (odcs-json-schema-v3.1.0.json)",
        "9:/schema/0/description null found, string expected at /schema/0/description (odcs-json-schema-v3.1.0.json)");
    // a quoted empty text is a text
    assertThat(findings("c.yaml", contract.replace("    description:\n", "    description: ''\n"))).containsExactly(
        "6:/description null found, object expected at /description (odcs-json-schema-v3.1.0.json)");
  }

  @Test
  void aBadQualityItemIsOneFindingNotOnePerOperator() {
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: c
        version: 1.0.0
        status: active
        schema:
          - name: orders
            properties:
              - name: amount
                logicalType: number
                quality:
                  - type: library
                    metric: nullValues
                    mustbe: 0
                  - type: library
                    metric: rowCount
        """;
    assertThat(findings("c.yaml", contract)).containsExactly(
        "14:/schema/0/properties/0/quality/0/mustbe property 'mustbe' is not allowed at /schema/0/properties/0/quality/0;"
            + " did you mean 'mustBe'? (odcs-json-schema-v3.1.0.json)",
        "15:/schema/0/properties/0/quality/1 requires one of 'mustBe', 'mustNotBe', 'mustBeGreaterThan',"
            + " 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'"
            + " at /schema/0/properties/0/quality/1 (odcs-json-schema-v3.1.0.json)");
  }

  @Test
  void aDescriptorWithSeveralMistakesGetsOneFindingForEach() {
    String descriptor = """
        {
          "dataProductDescriptor": "1.0.0",
          "info": {
            "fullyQualifiedName": "urn:org.opendatamesh:dataproducts:dpdMinimal",
            "nmae": "dpdMinimal",
            "version": 1,
            "domain": "testDomain",
            "owner": { "email": "john.doe@company-xyz.com" }
          },
          "tags": "finance",
          "interfaceComponents": {
            "outputPorts": [ { "fullyQualifiedName": "urn:x:out", "version": "1.0.0", "promises": { "platform": 7 } } ]
          }
        }
        """;
    // DPDS allows unknown keys, so the misspelt "nmae" is a missing "name"; a port is not a $ref,
    // so the other branch of each outputPortOrReference / promisesOrReference is not reported
    assertThat(findings("d.json", descriptor)).containsExactlyInAnyOrder(
        "3:/info required property 'name' missing at /info (dpds-schema-v1.0.0.json)",
        "6:/info/version integer found, string expected at /info/version (dpds-schema-v1.0.0.json)",
        "8:/info/owner required property 'id' missing at /info/owner (dpds-schema-v1.0.0.json)",
        "10:/tags string found, array expected at /tags (dpds-schema-v1.0.0.json)",
        "12:/interfaceComponents/outputPorts/0 required property 'name' missing at /interfaceComponents/outputPorts/0"
            + " (dpds-schema-v1.0.0.json)",
        "12:/interfaceComponents/outputPorts/0/promises/platform integer found, string expected at"
            + " /interfaceComponents/outputPorts/0/promises/platform (dpds-schema-v1.0.0.json)");
  }

  /**
   * The standard's strict-schema test example puts one unknown key at each level; declared as
   * v3.1.0, whose schema forbids unknown keys, each is reported at its own line, and nothing else
   * but what v3.1.0 asks of its quality check.
   */
  @Test
  void everyUnknownKeyOfTheStrictSchemaTestExampleIsReported() throws IOException {
    String strict = corpus("odcs/strict-test/strict-schema-test-invalid.odcs.yaml").replace("\"v3.0.2\"", "\"v3.1.0\"");
    assertThat(findings("strict.yaml", strict)).map(f -> f.replace(" (odcs-json-schema-v3.1.0.json)", ""))
        .containsExactlyInAnyOrder(
            "16:/servers/0/undefinedServerProperty property 'undefinedServerProperty' is not allowed at /servers/0",
            "20:/servers/0/customProperties/1 required properties 'property', 'value' missing at /servers/0/customProperties/1",
            "20:/servers/0/customProperties/1/undefinedCustomProp property 'undefinedCustomProp' is not allowed at"
                + " /servers/0/customProperties/1",
            "46:/schema/0/properties/1/quality/0 requires one of 'mustBe', 'mustNotBe', 'mustBeGreaterThan',"
                + " 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'"
                + " at /schema/0/properties/1/quality/0",
            "46:/schema/0/properties/1/quality/0 required property 'metric' missing at /schema/0/properties/1/quality/0",
            "50:/schema/0/properties/1/quality/0/undefinedQualityProp property 'undefinedQualityProp' is not allowed at"
                + " /schema/0/properties/1/quality/0",
            "51:/schema/0/properties/1/quality/0/query property 'query' is not allowed at /schema/0/properties/1/quality/0"
                + " (the schema allows it only where a condition holds that this value does not meet)",
            "54:/roles/0/underfinedRoleProp property 'underfinedRoleProp' is not allowed at /roles/0",
            "58:/authoritativeDefinitions/0/underfinedAuthDefProp property 'underfinedAuthDefProp' is not allowed at"
                + " /authoritativeDefinitions/0",
            "62:/support/0/underfinedSupportProp property 'underfinedSupportProp' is not allowed at /support/0",
            "64:/price/underfinedPriceProp property 'underfinedPriceProp' is not allowed at /price",
            "67:/team/0/underfinedTeamProp property 'underfinedTeamProp' is not allowed at /team/0",
            "71:/slaProperties/0/underfinedSlaProp property 'underfinedSlaProp' is not allowed at /slaProperties/0");
    // declared as it is written, v3.0.2, whose schema allows unknown keys: valid
    assertThat(findings("strict.yaml", corpus("odcs/strict-test/strict-schema-test-invalid.odcs.yaml"))).isEmpty();
  }

  static Stream<String> datacontractCliFixtures() throws IOException {
    Path root = RepositoryRoot.resolve("corpus/metadata");
    try (Stream<Path> files = Files.walk(root.resolve("odcs/datacontract-cli"))) {
      return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted().toList().stream();
    }
  }

  /**
   * datacontract-cli's fixtures that break their declared version's schema: exactly the findings of
   * {@code datacontract-cli-findings.txt}, one per mistake, at the offending element.
   */
  @ParameterizedTest
  @MethodSource("datacontractCliFixtures")
  void datacontractCliFixturesGetExactlyTheExpectedFindings(String file) throws IOException {
    List<String> expected;
    try (var in = SchemaValidationTest.class.getResourceAsStream("datacontract-cli-findings.txt")) {
      expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith(file + " ")).map(l -> l.substring(file.length() + 1)).toList();
    }
    assertThat(expected).as("the expectations name " + file).isNotEmpty();
    assertThat(findings(file, corpus(file))).containsExactlyInAnyOrderElementsOf(expected);
  }
}
