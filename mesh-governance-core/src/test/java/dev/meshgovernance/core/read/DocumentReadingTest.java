package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How documents are read from a file: streams, merge keys, duplicate keys and names, near-misses, nesting. */
class DocumentReadingTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  private static final String PRODUCT = """
      apiVersion: v1.0.0
      kind: DataProduct
      id: shop
      status: active
      outputPorts:
        - name: orders
          version: 1.0.0
          contractId: orders
      """;

  private static List<String> findings(Mesh mesh) {
    return mesh.diagnostics().stream()
        .map(v -> v.ruleId() + " " + v.severity() + " " + v.origin() + " " + v.origin().pointer())
        .toList();
  }

  private static Violation only(Mesh mesh, String ruleId) {
    List<Violation> found = mesh.diagnostics().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    assertThat(found).as(findings(mesh).toString()).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyDocumentOfAStreamIsReadEachWithItsOwnOriginAndType() {
    Mesh mesh = READER.readDocument("shop.yaml", PRODUCT + "---\n" + WorkspaceReaderTest.CONTRACT_V31);
    assertThat(findings(mesh)).isEmpty();
    assertThat(mesh.products()).singleElement().satisfies(p -> assertThat(p.origin().line()).isEqualTo(1));
    assertThat(mesh.contracts()).singleElement().satisfies(c -> {
      assertThat(c.origin().file()).isEqualTo("shop.yaml");
      assertThat(c.origin().line()).isEqualTo(10);
      assertThat(c.datasets().get(0).origin().line()).isEqualTo(24);
    });
    assertThat(mesh.files()).containsExactly(new SourceFile("shop.yaml", SourceKind.ODPS));
    assertThat(mesh.publisherOf("sales.orders_v1")).map(p -> p.id()).contains("shop");
  }

  @Test
  void twoDocumentsOfAStreamWithOneIdAreDuplicatesNamingTheLine() {
    Mesh mesh = READER.readDocument("two.yaml", PRODUCT + "---\n" + PRODUCT);
    Violation duplicate = only(mesh, "reference.duplicate-id");
    assertThat(duplicate.origin().line()).isEqualTo(12);
    assertThat(duplicate.message()).contains("line 3 of this file");
  }

  @Test
  void aDuplicateKeyIsAnErrorAtTheLaterKeyAndTheLaterValueIsRead() {
    String contract = WorkspaceReaderTest.CONTRACT_V31.replace(
        "            classification: restricted\n",
        "            classification: restricted\n            classification: public\n");
    Mesh mesh = READER.readDocument("c.yaml", contract);
    Violation duplicate = only(mesh, "input.duplicate-key");
    assertThat(duplicate.severity()).isEqualTo(Severity.ERROR);
    assertThat(duplicate.origin().line()).isEqualTo(24);
    assertThat(duplicate.origin().pointer()).isEqualTo("/schema/0/properties/0/properties/0/classification");
    assertThat(duplicate.message()).contains("'classification'", "line 23 and line 24");
    Field street = mesh.contracts().get(0).datasets().get(0).fields().get(0).fields().get(0);
    assertThat(street.classification()).isEqualTo("public");
    assertThat(only(READER.readDocument("c.json", "{\"kind\": \"x\",\n\"kind\": \"y\"}"), "input.duplicate-key")
        .origin().line()).isEqualTo(2);
  }

  @Test
  void duplicateDatasetAndFieldNamesAreErrorsAtTheLaterOne() {
    String contract = WorkspaceReaderTest.CONTRACT_V31 + """
          - name: orders
            physicalName: sales.orders_copy
            properties:
              - name: id
                logicalType: string
              - name: id
                logicalType: string
        """;
    Mesh mesh = READER.readDocument("c.yaml", contract);
    List<Violation> duplicates = mesh.diagnostics().stream()
        .filter(v -> v.ruleId().equals("input.duplicate-key")).toList();
    assertThat(duplicates).extracting(v -> v.key() + " " + v.subject() + " " + v.origin().line())
        .containsExactly("duplicate-dataset contract:orders/orders 46", "duplicate-field contract:orders/orders/id 51");
    assertThat(duplicates.get(0).message()).contains("dataset 'orders'", "line 15 and line 46");
    assertThat(duplicates.get(1).message()).contains("field 'id'", "line 49 and line 51");
  }

  @Test
  void mergeKeysAreMergedSoMergedClassificationsCountAndNoSchemaErrorAppears() {
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema:
          - name: orders
            physicalName: sales.orders_v1
            properties:
              - &email
                name: email
                logicalType: string
                classification: restricted
              - <<: *email
                name: email_copy
              - <<: [{name: ignored, tags: [merged]}, *email]
                name: phone
        """;
    Mesh mesh = READER.readDocument("c.yaml", contract);
    assertThat(findings(mesh)).isEmpty();
    List<Field> fields = mesh.contracts().get(0).datasets().get(0).fields();
    assertThat(fields).extracting(Field::name).containsExactly("email", "email_copy", "phone");
    assertThat(fields).extracting(Field::classification).containsOnly("restricted");
    assertThat(fields.get(2).tags()).containsExactly("merged");
    // a merged value is placed where it is written: in the anchored mapping
    assertThat(mesh.contracts().get(0).datasets().get(0).fields().get(1).origin().line()).isEqualTo(14);
  }

  @Test
  void nearMissesOfAKnownKindAreReportedWithADidYouMean() {
    String body = "id: orders\nschema: []\n";
    for (String[] input : new String[][] {
        {"kind: datacontract\napiVersion: v3.1.0\n", "/kind", "kind 'datacontract'", "kind: DataContract"},
        {"kind: DataContracts\n", "/kind", "kind 'DataContracts'", "kind: DataContract"},
        {"Kind: DataProduct\n", "/Kind", "key 'Kind'", "kind: DataProduct"},
        {"dataProductDescripter: 1.0.0\n", "/dataProductDescripter", "key 'dataProductDescripter'",
            "dataProductDescriptor"},
        {"apiVersion: v3.0.2\n", "/apiVersion", "no kind", "kind: DataContract"}}) {
      Mesh mesh = READER.readDocument("near.yaml", input[0] + body);
      Violation miss = only(mesh, "input.not-read");
      assertThat(miss.severity()).isEqualTo(Severity.WARNING);
      assertThat(miss.origin().pointer()).isEqualTo(input[1]);
      assertThat(miss.origin().line()).isEqualTo(1);
      assertThat(miss.message()).contains(input[2], "did you mean", input[3], "not read");
      assertThat(mesh.files()).containsExactly(new SourceFile("near.yaml", SourceKind.IGNORED));
    }
    for (String unrelated : List.of("apiVersion: apps/v1\nkind: Deployment\n", "just: notes\n", "kind: Dataset\n",
        "name: x\nid: y\n")) {
      // not a near-miss: only the gate's "nothing read" for a lone document that is none of ours
      assertThat(READER.readDocument("other.yaml", unrelated).diagnostics()).as(unrelated)
          .extracting(Violation::ruleId).containsExactly("input.nothing-read");
    }
  }

  @Test
  void aRefIntoAStreamOfSeveralDocumentsIsUnresolvedNotDropped(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("descriptor.json"), """
        {"dataProductDescriptor": "1.0.0",
         "info": {"fullyQualifiedName": "urn:dpds:shop", "name": "shop", "version": "1.0.0", "domain": "sales",
                  "owner": {"id": "ann@x"}},
         "interfaceComponents": {"outputPorts": [{"$ref": "ports.yaml"}]}}
        """);
    Files.writeString(root.resolve("ports.yaml"), "name: a\nversion: 1.0.0\n---\nname: b\nversion: 1.0.0\n");
    Mesh mesh = READER.read(root);
    assertThat(mesh.product("urn:dpds:shop").orElseThrow().outputPorts()).isEmpty();
    Violation unresolved = only(mesh, "reference.unresolved");
    assertThat(unresolved.origin().line()).isEqualTo(4);
    assertThat(unresolved.message()).contains("ports.yaml holds no single readable document", "several documents");
  }

  @Test
  void tooDeepNestingSaysWhatAndWhere() {
    String deep = "kind: DataContract\nschema:\n  - " + "[".repeat(250) + "]".repeat(250) + "\n";
    Violation violation = only(READER.readDocument("deep.yaml", deep), "input.unreadable");
    assertThat(violation.origin().line()).isEqualTo(3);
    assertThat(violation.message()).startsWith("nesting deeper than 200 levels at line 3, column ")
        .contains("(element /schema/0/0/0/");
  }
}
