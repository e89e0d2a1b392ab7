package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceReaderTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  @TempDir
  Path root;

  static final String CONTRACT_V31 = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      description:
        purpose: Orders of the shop.
      team:
        name: sales
        members:
          - username: ann
            name: Ann
            role: owner
      schema:
        - name: orders
          physicalName: sales.orders_v1
          properties:
            - name: address
              logicalType: object
              properties:
                - name: street
                  logicalType: string
                  classification: restricted
                  encryptedName: street_enc
                  required: true
                  customProperties:
                    - property: pii
                      value: true
                    - property: retention
                      value: 30
                    - property: owners
                      value: [a, b]
                    - property: nothing
                      value:
            - name: lines
              logicalType: array
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    primaryKey: true
                    unique: true
                    transformSourceObjects: [sales.raw_lines]
                    transformLogic: select sku from sales.raw_lines
      """;

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static List<String> ids(List<Violation> violations, String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).map(Violation::message).toList();
  }

  @Test
  void readsContractWithNestedFieldsTeamObjectAndCustomProperties() {
    Mesh mesh = READER.readDocument("c/orders.odcs.yaml", CONTRACT_V31);
    assertThat(mesh.diagnostics()).isEmpty();
    DataContract contract = mesh.contract("orders").orElseThrow();
    assertThat(contract.description()).isEqualTo("Orders of the shop.");
    assertThat(contract.team().name()).isEqualTo("sales");
    assertThat(contract.team().members()).extracting(m -> m.username() + "/" + m.role()).containsExactly("ann/owner");
    List<Field> fields = contract.datasets().get(0).allFields();
    assertThat(fields).extracting(Field::path).containsExactly(
        "contract:orders/orders/address", "contract:orders/orders/address.street",
        "contract:orders/orders/lines", "contract:orders/orders/lines.sku");
    Field street = fields.get(1);
    assertThat(street.classification()).isEqualTo("restricted");
    assertThat(street.encryptedName()).isEqualTo("street_enc");
    assertThat(street.required()).isTrue();
    assertThat(street.customProperties()).isEqualTo(
        Map.of("pii", true, "retention", 30, "owners", List.of("a", "b"), "nothing", ""));
    assertThat(street.origin().file()).isEqualTo("c/orders.odcs.yaml");
    assertThat(street.origin().line()).isEqualTo(21);
    assertThat(street.origin().pointer()).isEqualTo("/schema/0/properties/0/properties/0");
    Field sku = fields.get(3);
    assertThat(sku.primaryKey()).isTrue();
    assertThat(sku.unique()).isTrue();
    assertThat(sku.transformSourceObjects()).containsExactly("sales.raw_lines");
    assertThat(sku.transformLogic()).isEqualTo("select sku from sales.raw_lines");
    assertThat(sku.origin().pointer()).isEqualTo("/schema/0/properties/1/items/properties/0");
  }

  @Test
  void eachVersionIsValidatedByItsOwnSchema() {
    String v30 = """
        apiVersion: v3.0.2
        kind: DataContract
        id: c30
        version: 1.0.0
        status: active
        team:
          - username: bob
            role: owner
        """;
    Mesh mesh = READER.readDocument("c.yaml", v30);
    assertThat(mesh.diagnostics()).isEmpty();
    assertThat(mesh.contract("c30").orElseThrow().team().members()).extracting(m -> m.username())
        .containsExactly("bob");
    assertThat(READER.readDocument("c.yaml", CONTRACT_V31).diagnostics()).isEmpty();
    // the v3.1.0 team object in a document that declares v3.0.2: one finding that says so
    assertThat(READER.readDocument("c.yaml", CONTRACT_V31.replace("v3.1.0", "v3.0.2")).diagnostics())
        .extracting(v -> v.origin().line() + ":" + v.origin().pointer() + " " + v.message()).containsExactly(
            "9:/team uses `team` as v3.1.0 defines it, which v3.0.2 does not allow (object found, array expected);"
                + " declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)");
  }

  @Test
  void anUnknownVersionIsValidatedAsTheNearestKnownOneAndSaysSo() {
    String v30 = """
        apiVersion: v3.0.2
        kind: DataContract
        id: c30
        version: 1.0.0
        status: active
        team:
          - username: bob
        """;
    assertThat(READER.readDocument("c.yaml", v30.replace("v3.0.2", "v4.0.0")).diagnostics())
        .extracting(v -> v.origin().line() + ":" + v.origin().pointer() + " " + v.message()).containsExactly(
            "1:/apiVersion apiVersion 'v4.0.0' is not a version of ODCS with a bundled schema"
                + " (v3.0.0, v3.0.1, v3.0.2, v3.1.0); validated as v3.1.0 (odcs-json-schema-v3.1.0.json)");
    assertThat(READER.readDocument("c.yaml", v30.replace("v3.0.2", "v3.0.3")).diagnostics())
        .extracting(Violation::message).containsExactly("apiVersion 'v3.0.3' is not a version of ODCS with a"
            + " bundled schema (v3.0.0, v3.0.1, v3.0.2, v3.1.0); validated as v3.0.2 (odcs-json-schema-v3.0.2.json)");
    assertThat(READER.readDocument("c.yaml", v30.replace("v3.0.2", "v2.2.2")).diagnostics())
        .extracting(Violation::message).containsExactly("apiVersion 'v2.2.2' is not a version of ODCS with a"
            + " bundled schema (v3.0.0, v3.0.1, v3.0.2, v3.1.0); validated as v3.0.0 (odcs-json-schema-v3.0.0.json)");
    assertThat(READER.readDocument("c.yaml", v30.replace("v3.0.2", "latest")).diagnostics())
        .extracting(Violation::message).containsExactly("apiVersion 'latest' is not a version of ODCS with a"
            + " bundled schema (v3.0.0, v3.0.1, v3.0.2, v3.1.0); validated as v3.1.0 (odcs-json-schema-v3.1.0.json)");
  }

  @Test
  void schemaErrorsPointAtTheElementAndTheDocumentIsStillRead() {
    Mesh mesh = READER.readDocument("p.yaml", """
        apiVersion: v1.0.0
        kind: DataProduct
        status: draft
        name: no id
        colour: red
        outputPorts:
          - name: out
            version: 1
        """);
    assertThat(mesh.diagnostics()).extracting(v -> v.origin().line() + ":" + v.origin().pointer() + " " + v.message())
        .containsExactlyInAnyOrder(
            "1: required property 'id' missing at the root (odps-json-schema-v1.0.0.json)",
            "5:/colour property 'colour' is not allowed at the root (odps-json-schema-v1.0.0.json)",
            "8:/outputPorts/0/version integer found, string expected at /outputPorts/0/version (odps-json-schema-v1.0.0.json)");
    assertThat(mesh.products()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEmpty();
      assertThat(p.name()).isEqualTo("no id");
      assertThat(p.outputPorts()).extracting(o -> o.version()).containsExactly("1");
    });
  }

  @Test
  void unparsableAndIgnoredFilesAreCountedAndReported() throws IOException {
    write("a/bad.json", "{\"kind\": ");
    write("a/notes.yaml", "just: notes\n");
    write("a/bytes.yaml", "");
    Files.write(root.resolve("a/bytes.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
    write(".hidden/x.yaml", "kind: DataContract\n");
    write("target/x.yaml", "kind: DataContract\n");
    Mesh mesh = READER.read(root);
    assertThat(mesh.files()).containsExactly(
        new SourceFile("a/bad.json", SourceKind.UNREADABLE),
        new SourceFile("a/bytes.yaml", SourceKind.UNREADABLE),
        new SourceFile("a/notes.yaml", SourceKind.IGNORED));
    assertThat(mesh.diagnostics()).extracting(v -> v.ruleId() + " " + v.origin())
        .containsExactly("input.unreadable a/bad.json:1:10", "input.unreadable a/bytes.yaml",
            "input.nothing-read <input>");
    assertThat(mesh.diagnostics().get(1).message()).isEqualTo("a/bytes.yaml is not valid UTF-8");
  }

  @Test
  void duplicateIdsAndUnresolvedContractIdsAreReported() throws IOException {
    write("one/orders.odcs.yaml", CONTRACT_V31);
    write("two/orders.odcs.yaml", CONTRACT_V31);
    write("one/product.odps.yaml", """
        apiVersion: v1.0.0
        kind: DataProduct
        id: shop
        status: active
        outputPorts:
          - name: orders
            version: 1.0.0
            contractId: orders
          - name: refunds
            version: 1.0.0
            contractId: refunds
        """);
    Mesh mesh = READER.read(root);
    assertThat(mesh.contracts()).hasSize(2);
    assertThat(mesh.diagnostics()).extracting(v -> v.ruleId() + " " + v.origin() + " " + v.origin().pointer()
        + " " + v.subject()).containsExactlyInAnyOrder(
        "reference.unresolved one/product.odps.yaml:11:17 /outputPorts/1/contractId product:shop/outputPort:refunds",
        "reference.duplicate-id two/orders.odcs.yaml:3:5 /id file:two/orders.odcs.yaml");
    assertThat(mesh.publisherOf("sales.orders_v1")).map(p -> p.id()).contains("shop");
  }

  @Test
  void versionsOfOneContractSideBySideAreNoDuplicatesAndResolveToTheLatest() throws IOException {
    write("orders/v1.odcs.yaml", CONTRACT_V31);
    write("orders/v2.odcs.yaml", CONTRACT_V31.replace("version: 1.0.0", "version: 2.0.0")
        .replace("sales.orders_v1", "sales.orders_v2"));
    write("orders/v10.odcs.yaml", CONTRACT_V31.replace("version: 1.0.0", "version: 10.1.0")
        .replace("sales.orders_v1", "sales.orders_v10"));
    write("orders/again.odcs.yaml", CONTRACT_V31.replace("version: 1.0.0", "version: 2.0.0")
        .replace("sales.orders_v1", "sales.orders_v2b"));
    write("orders/product.odps.yaml", """
        apiVersion: v1.0.0
        kind: DataProduct
        id: shop
        status: active
        outputPorts:
          - name: orders
            version: 1.0.0
            contractId: orders
        """);
    Mesh mesh = READER.read(root);
    assertThat(mesh.diagnostics()).extracting(v -> v.ruleId() + " " + v.origin() + " " + v.message())
        .containsExactly("reference.duplicate-id orders/v2.odcs.yaml:3:5 contract id 'orders' version '2.0.0' is "
            + "also declared by orders/again.odcs.yaml");
    assertThat(mesh.contract("orders")).map(DataContract::version).contains("10.1.0");
    assertThat(mesh.contractVersions("orders")).extracting(DataContract::version)
        .containsExactly("1.0.0", "2.0.0", "2.0.0", "10.1.0");
    var product = mesh.product("shop").orElseThrow();
    assertThat(mesh.outputContracts(product)).extracting(DataContract::version)
        .containsExactly("1.0.0", "2.0.0", "2.0.0", "10.1.0");
    assertThat(mesh.publisherOf("sales.orders_v1")).map(p -> p.id()).contains("shop");
    assertThat(mesh.publisherOf("sales.orders_v10")).map(p -> p.id()).contains("shop");
    DataContract v2 = mesh.contracts().stream().filter(c -> c.origin().file().equals("orders/v2.odcs.yaml"))
        .findFirst().orElseThrow();
    assertThat(mesh.contractOf(v2.datasets().get(0))).containsSame(v2);
    assertThat(mesh.contractOf(v2.datasets().get(0).allFields().get(1))).containsSame(v2);
    assertThat(mesh.datasetOf(v2.datasets().get(0).allFields().get(1))).containsSame(v2.datasets().get(0));
  }

  @Test
  void dpdsPortsFollowLocalRefsAndReportMissingAndEscapingOnes() throws IOException {
    write("shop/descriptor.json", """
        {
          "dataProductDescriptor": "1.0.0",
          "info": {"fullyQualifiedName": "urn:dpds:shop", "name": "shop", "version": "1.0.0",
                   "domain": "sales", "owner": {"id": "ann@x", "name": "Ann"}},
          "interfaceComponents": {
            "inputPorts": [{"$ref": "ports/in.yaml#/port"}],
            "outputPorts": [
              {"description": "from the ref holder", "$ref": "ports/out.json"},
              {"$ref": "ports/missing.json"},
              {"$ref": "../../outside.json"},
              {"$ref": "https://example.com/port.json"},
              {"$ref": "#/components/local"}
            ]
          },
          "components": {"local": {"name": "local", "version": "2.0.0"}}
        }
        """);
    write("shop/ports/in.yaml", "port:\n  name: in\n  version: 1.0.0\n");
    write("shop/ports/out.json", "{\"dataProductDescriptor\": \"1.0.0\", \"info\": {\"fullyQualifiedName\": \"urn:dpds:shop\"},"
        + " \"interfaceComponents\": {\"outputPorts\": [{\"name\": \"out\", \"version\": \"1.0.0\"}]}}");
    Mesh mesh = READER.read(root);
    var product = mesh.product("urn:dpds:shop").orElseThrow();
    assertThat(product.directory()).isEqualTo("shop");
    assertThat(product.team().members()).extracting(m -> m.username() + "/" + m.name() + "/" + m.role())
        .containsExactly("ann@x/Ann/owner");
    assertThat(product.inputPorts()).extracting(p -> p.path() + " " + p.origin() + " " + p.origin().pointer())
        .containsExactly("product:urn:dpds:shop/inputPort:in shop/ports/in.yaml:2:3 /port");
    assertThat(product.outputPorts()).extracting(p -> p.name() + " " + p.contractId() + "|" + p.description())
        .containsExactly("out |from the ref holder", "local |");
    assertThat(mesh.files()).extracting(f -> f.path() + " " + f.kind()).containsExactly(
        "shop/descriptor.json DPDS", "shop/ports/in.yaml REFERENCED", "shop/ports/out.json REFERENCED");
    assertThat(mesh.diagnostics()).extracting(v -> v.ruleId() + " " + v.origin() + " " + v.message())
        .containsExactly(
            "reference.unresolved shop/descriptor.json:9:16 $ref 'ports/missing.json': file shop/ports/missing.json does not exist",
            "reference.unresolved shop/descriptor.json:10:16 $ref '../../outside.json' leads out of the workspace root");
  }

  @Test
  void readDocumentReportsLocalRefsItCannotResolve() {
    Mesh mesh = READER.readDocument("d.json", "{\"dataProductDescriptor\": \"1.0.0\", \"info\": {\"name\": \"n\","
        + " \"fullyQualifiedName\": \"urn:n\", \"version\": \"1\", \"domain\": \"d\", \"owner\": {\"id\": \"o\"}},"
        + " \"interfaceComponents\": {\"outputPorts\": [{\"$ref\": \"p.json\"}]}}");
    assertThat(mesh.diagnostics()).extracting(Violation::message)
        .containsExactly("$ref 'p.json': file p.json does not exist");
    assertThat(mesh.files()).containsExactly(new SourceFile("d.json", SourceKind.DPDS));
  }

  @Test
  void kindIsRecognisedByContentNotByName() {
    assertThat(READER.readDocument("x.json", "{\"kind\": \"Other\"}").files())
        .containsExactly(new SourceFile("x.json", SourceKind.IGNORED));
    assertThat(READER.readDocument("x.json", "[1, 2]").files())
        .containsExactly(new SourceFile("x.json", SourceKind.IGNORED));
    assertThat(READER.readDocument("x.txt", "kind: DataContract").files())
        .containsExactly(new SourceFile("x.txt", SourceKind.IGNORED));
    assertThat(ids(READER.readDocument("x.yml", "kind: DataContract\n").diagnostics(), "schema.invalid"))
        .containsExactly("required properties 'version', 'apiVersion', 'id', 'status' missing at the root (odcs-json-schema-v3.1.0.json)");
  }

  @Test
  void theBaselineFileAtTheRootIsNeitherMetadataNorIgnored() throws IOException {
    Files.writeString(root.resolve("governance-baseline.json"), "{\"version\": 1, \"violations\": []}\n");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/governance-baseline.json"), "{\"version\": 1, \"violations\": []}\n");

    assertThat(READER.read(root).files()).containsExactly(
        new SourceFile("governance-baseline.json", SourceKind.BASELINE),
        new SourceFile("sub/governance-baseline.json", SourceKind.IGNORED));
  }
}
