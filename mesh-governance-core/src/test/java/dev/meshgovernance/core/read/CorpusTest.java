package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.core.read.odcs.OdcsReader;
import dev.meshgovernance.core.read.odps.OdpsReader;
import dev.meshgovernance.core.read.tree.TreeParser;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.testing.RepositoryRoot;
import dev.meshgovernance.api.model.Standard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real metadata corpus ({@code corpus/metadata}, see its SOURCES.md) as one mesh, except
 * the folders that hold other releases' copies of the same examples and other tools' fixtures: they
 * reuse the examples' ids, so they are checked document by document ({@link SchemaValidationTest},
 * {@link IndependentValidatorTest}).
 */
class CorpusTest {

  /** The folders checked document by document, not as part of the corpus mesh. */
  static final List<String> SEPARATE = List.of(
      "odcs/v3.0.0/", "odcs/v3.0.1/", "odcs/v3.0.2/", "odcs/datacontract-cli/", "odcs/strict-test/");

  private static final WorkspaceReader READER = new WorkspaceReader();
  private static Path corpus;
  private static Mesh mesh;

  static Path repositoryRoot() {
    return RepositoryRoot.path();
  }

  @BeforeAll
  static void read() throws IOException {
    corpus = repositoryRoot().resolve("corpus/metadata");
    Map<String, String> documents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = corpus.relativize(file).toString().replace('\\', '/');
        if (Workspace.isRead(name) && SEPARATE.stream().noneMatch(name::startsWith)) {
          documents.put(name, Files.readString(file));
        }
      }
    }
    mesh = new MeshAssembly(new Workspace.Memory(documents),
        new Readers(new TreeParser(), new Schemas(), new OdcsReader(), new OdpsReader(), new SqlAnalyzer())).assemble();
  }

  private static List<String> filesOf(SourceKind kind) {
    return mesh.files().stream().filter(f -> f.kind() == kind).map(SourceFile::path).toList();
  }

  private static String describe(Violation v) {
    return v.ruleId() + " " + v.origin() + " " + v.origin().pointer();
  }

  @Test
  void everyFileIsCountedWithWhatItWasReadAs() {
    assertThat(mesh.files()).hasSize(46);
    assertThat(filesOf(SourceKind.ODCS)).hasSize(18);
    assertThat(filesOf(SourceKind.ODPS)).containsExactly(
        "odps/customer-data-product.odps.yaml", "odps/simple-data-product.odps.yaml");
    assertThat(filesOf(SourceKind.DPDS)).containsExactly(
        "dpds/invalid/minimal.dpd.json", "dpds/parser-testcases/dpd-lifecycle-iref.json",
        "dpds/parser-testcases/dpd-minimal.json", "dpds/tripexecution/data-product-descriptor.json");
    assertThat(filesOf(SourceKind.REFERENCED)).containsExactly(
        "dpds/tripexecution/apps/cdc-ingestion-app.json", "dpds/tripexecution/apps/db-sink-connector-app.json",
        "dpds/tripexecution/apps/event-processor-app.json", "dpds/tripexecution/infra/event-store.json",
        "dpds/tripexecution/infra/state-store.json", "dpds/tripexecution/ports/health-obport-api.yaml",
        "dpds/tripexecution/ports/health-obport.json", "dpds/tripexecution/ports/trip-events-oport-api.json",
        "dpds/tripexecution/ports/trip-events-oport.json", "dpds/tripexecution/ports/trip-status-oport-api.json",
        "dpds/tripexecution/ports/trip-status-oport.json", "dpds/tripexecution/ports/trip-tms-iport.json");
    // reached only through remote (https) $refs, which are not followed
    assertThat(filesOf(SourceKind.IGNORED)).containsExactly(
        "dpds/schema/dpds-schema-v1.0.0.json", "dpds/tripexecution/ports/health-obport-api-metrics-schema.yaml",
        "dpds/tripexecution/ports/trip-status-oport-schema.json", "odcs/schema/odcs-json-schema-v3.0.0.json",
        "odcs/schema/odcs-json-schema-v3.0.1.json", "odcs/schema/odcs-json-schema-v3.0.2-strict.json",
        "odcs/schema/odcs-json-schema-v3.0.2.json", "odcs/schema/odcs-json-schema-v3.1.0.json",
        "odps/schema/odps-json-schema-v0.9.0.json", "odps/schema/odps-json-schema-v1.0.0.json");
    assertThat(filesOf(SourceKind.UNREADABLE)).isEmpty();
  }

  @Test
  void portsOfOneNameGetTheirVersionInTheirPathSoEachHasItsOwn() {
    DataProduct customer = mesh.products().stream()
        .filter(p -> p.origin().file().equals("odps/customer-data-product.odps.yaml")).findFirst().orElseThrow();
    String product = customer.path();

    assertThat(customer.inputPorts()).extracting(Port::path).containsExactly(
        product + "/inputPort:payments@1.0.0", product + "/inputPort:payments@2.0.0",
        product + "/inputPort:onlinetransactions@1.0.0", product + "/inputPort:onlinetransactions@1.1.0");
    assertThat(customer.outputPorts()).extracting(Port::path).contains(
        product + "/outputPort:rawtransactions@1.0.0", product + "/outputPort:consolidatedtransactions");
    assertThat(Stream.concat(customer.inputPorts().stream(), customer.outputPorts().stream())
        .map(Port::path)).doesNotHaveDuplicates();
  }

  @Test
  void everyDocumentIsReadIntoTheModel() {
    assertThat(mesh.contracts()).hasSize(18);
    assertThat(mesh.products()).extracting(p -> p.standard() + " " + p.id()).containsExactly(
        "DPDS urn:dpds:com.company-xyz:dataproducts:tripExecution:1",
        "DPDS urn:dpds:orm.opendatamesh:dataproducts:dpdLifecycle",
        "DPDS urn:org.opendatamesh:dataproducts:dpdMinimal",
        "DPDS urn:dpds:com.company-xyz:dataproducts:tripExecution:1",
        "ODPS fbe8d147-28db-4f1d-bedf-a3fe9f458427",
        "ODPS 064c4630-8aad-4dc0-ba95-0f69940e6b18");
  }

  private static DataContract contractIn(String file) {
    return mesh.contracts().stream().filter(c -> c.origin().file().equals(file)).findFirst().orElseThrow();
  }

  @Test
  void fullExample() {
    DataContract contract = contractIn("odcs/full-example.odcs.yaml");
    assertThat(contract.id()).isEqualTo("53581432-6c55-4ba2-a65f-72344a91553a");
    assertThat(contract.apiVersion()).isEqualTo("v3.1.0");
    assertThat(contract.domain()).isEqualTo("seller");
    assertThat(contract.dataProduct()).isEqualTo("my quantum");
    assertThat(contract.description()).isEqualTo("Views built on top of the seller tables.");
    assertThat(contract.team().name()).isEqualTo("my-team");
    assertThat(contract.team().members()).extracting(m -> m.username() + "/" + m.role())
        .containsExactly("ceastwood/Data Scientist", "mhopper/Data Scientist", "daustin/Owner");
    assertThat(contract.servers()).extracting(s -> s.name() + " " + s.type() + " " + s.schema())
        .containsExactly("my-postgres postgres pp_access_views");
    assertThat(contract.datasets()).extracting(Dataset::path, Dataset::physicalName).containsExactly(
        org.assertj.core.groups.Tuple.tuple("contract:53581432-6c55-4ba2-a65f-72344a91553a/tbl", "tbl_1"),
        org.assertj.core.groups.Tuple.tuple("contract:53581432-6c55-4ba2-a65f-72344a91553a/receivers",
            "receivers_master"));
    Dataset tbl = contract.datasets().get(0);
    assertThat(tbl.tags()).containsExactly("finance", "payments");
    assertThat(tbl.customProperties()).containsEntry("business-key", List.of("txn_ref_dt", "rcvr_id"));
    assertThat(tbl.fields()).extracting(Field::name)
        .containsExactly("transaction_reference_date", "rcvr_id", "rcvr_cntry_code");
    Field date = tbl.fields().get(0);
    assertThat(date.transformSourceObjects()).containsExactly("table_name_1", "table_name_2", "table_name_3");
    assertThat(date.transformLogic()).startsWith("sel t1.txn_dt as txn_ref_dt");
    assertThat(date.customProperties()).containsEntry("anonymizationStrategy", "none");
    assertThat(tbl.fields().get(1).primaryKey()).isTrue();
    assertThat(tbl.fields().get(1).classification()).isEqualTo("restricted");
    assertThat(tbl.fields().get(2).encryptedName()).isEqualTo("rcvr_cntry_code_encrypted");
    assertThat(tbl.fields().get(2).origin()).isEqualTo(
        new Origin("odcs/full-example.odcs.yaml", 113, 9, "/schema/0/properties/2"));
    assertThat(contract.datasets().get(1).field("ID")).map(f -> f.unique() && f.required()).contains(true);
  }

  @Test
  void nestedFieldsAndV30TeamArrays() {
    List<String> nested = mesh.contracts().stream()
        .flatMap(c -> c.datasets().stream()).flatMap(d -> d.allFields().stream())
        .map(Field::path).filter(p -> p.substring(p.lastIndexOf('/')).contains(".")).toList();
    assertThat(nested).isNotEmpty();
    assertThat(mesh.contracts()).filteredOn(c -> c.apiVersion().startsWith("v3.0"))
        .extracting(c -> c.origin().file()).hasSize(13);
  }

  @Test
  void dpdsTripExecutionPortsComeFromReferencedFiles() {
    DataProduct trip = mesh.products().stream()
        .filter(p -> p.origin().file().equals("dpds/tripexecution/data-product-descriptor.json"))
        .findFirst().orElseThrow();
    assertThat(trip.standard()).isEqualTo(Standard.DPDS);
    assertThat(trip.name()).isEqualTo("tripExecution");
    assertThat(trip.domain()).isEqualTo("Transport Management");
    assertThat(trip.directory()).isEqualTo("dpds/tripexecution");
    assertThat(trip.team().members()).extracting(m -> m.username() + "/" + m.name() + "/" + m.role())
        .containsExactly("john.doe@company-xyz.com/John Doe/owner");
    assertThat(trip.inputPorts()).extracting(p -> p.name() + " " + p.origin())
        .containsExactly("tmsInput dpds/tripexecution/ports/trip-tms-iport.json:1:1");
    assertThat(trip.outputPorts()).extracting(p -> p.path() + " " + p.contractId() + "| " + p.origin()).containsExactly(
        "product:urn:dpds:com.company-xyz:dataproducts:tripExecution:1/outputPort:tripStatus | dpds/tripexecution/ports/trip-status-oport.json:1:1",
        "product:urn:dpds:com.company-xyz:dataproducts:tripExecution:1/outputPort:tripEvents | dpds/tripexecution/ports/trip-events-oport.json:15:13");
  }

  @Test
  void odpsCustomerProduct() {
    DataProduct customer = mesh.product("fbe8d147-28db-4f1d-bedf-a3fe9f458427").orElseThrow();
    assertThat(customer.apiVersion()).isEqualTo("v0.9.0");
    assertThat(customer.description()).isEqualTo("Enterprise view of a customer.");
    assertThat(customer.team().name()).isEqualTo("Data Team");
    assertThat(customer.support()).extracting(s -> s.channel() + " " + s.tool())
        .containsExactly("Data Team Slack slack", "Email Support email");
    assertThat(customer.inputPorts()).hasSize(4);
    assertThat(customer.outputPorts()).extracting(p -> p.name() + " " + p.contractId())
        .startsWith("rawtransactions c2798941-1b7e-4b03-9e0d-955b1a872b32");
  }

  /**
   * The schema findings of the corpus, exactly: each document by the schema of the version it
   * declares. The v3.1.0 release's examples that still declare v3.0.2, and the ODPS example that
   * declares v0.9.0, use features of the later version: one finding per such element, not a cascade.
   */
  @Test
  void theOnlyUnreadableOrInvalidDocuments() {
    assertThat(mesh.diagnostics()).filteredOn(v -> v.ruleId().equals("input.unreadable")).isEmpty();
    assertThat(mesh.diagnostics()).filteredOn(v -> v.ruleId().equals("schema.invalid"))
        .extracting(v -> describe(v) + " " + v.message()).containsExactlyInAnyOrder(
            "schema.invalid dpds/invalid/minimal.dpd.json:3:13 /info required property 'name' missing at /info (dpds-schema-v1.0.0.json)",
            "schema.invalid odcs/all-data-types.odcs.yaml:25:29 /schema/0/properties/1/logicalTypeOptions/exclusiveMinimum uses `exclusiveMinimum` as v3.1.0 defines it, which v3.0.2 does not allow (string found, boolean expected); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/all-data-types.odcs.yaml:30:22 /schema/0/properties/2/logicalType uses `logicalType` as v3.1.0 defines it, which v3.0.2 does not allow (value \"timestamp\" is not one of [\"string\",\"date\",\"number\",\"integer\",\"object\",\"array\",\"boolean\"]); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/all-data-types.odcs.yaml:37:22 /schema/0/properties/3/logicalType uses `logicalType` as v3.1.0 defines it, which v3.0.2 does not allow (value \"timestamp\" is not one of [\"string\",\"date\",\"number\",\"integer\",\"object\",\"array\",\"boolean\"]); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/all-data-types.odcs.yaml:46:22 /schema/0/properties/4/logicalType uses `logicalType` as v3.1.0 defines it, which v3.0.2 does not allow (value \"time\" is not one of [\"string\",\"date\",\"number\",\"integer\",\"object\",\"array\",\"boolean\"]); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/all-data-types.odcs.yaml:63:29 /schema/0/properties/6/logicalTypeOptions/exclusiveMaximum uses `exclusiveMaximum` as v3.1.0 defines it, which v3.0.2 does not allow (integer found, boolean expected); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/basic-four-dpo.odcs.yaml:10:3 /team uses `team` as v3.1.0 defines it, which v3.0.2 does not allow (object found, array expected); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odcs/column-completeness.odcs.yaml:23:9 /schema/0/properties/0/quality/0 uses `quality[0]` as v3.1.0 defines it, which v3.0.2 does not allow (required property 'rule' missing); declare apiVersion v3.1.0 (odcs-json-schema-v3.0.2.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:30:9 /inputPorts/3/tags uses `tags`, added in v1.0.0 (v0.9.0 does not allow it at /inputPorts/3); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:32:5 /inputPorts/3/customProperties uses `customProperties`, added in v1.0.0 (v0.9.0 does not allow it at /inputPorts/3); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:35:5 /inputPorts/3/authoritativeDefinitions uses `authoritativeDefinitions`, added in v1.0.0 (v0.9.0 does not allow it at /inputPorts/3); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:49:9 /outputPorts/1/tags uses `tags`, added in v1.0.0 (v0.9.0 does not allow it at /outputPorts/1); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:51:5 /outputPorts/1/customProperties uses `customProperties`, added in v1.0.0 (v0.9.0 does not allow it at /outputPorts/1); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:54:5 /outputPorts/1/authoritativeDefinitions uses `authoritativeDefinitions`, added in v1.0.0 (v0.9.0 does not allow it at /outputPorts/1); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:87:13 /managementPorts/0/authoritativeDefinitions/0/type uses `type` as v1.0.0 defines it, which v0.9.0 does not allow (value \"kafka_topic\" is not one of [\"businessDefinition\",\"transformationImplementation\",\"videoTutorial\",\"tutorial\",\"implementation\"]); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)",
            "schema.invalid odps/customer-data-product.odps.yaml:103:3 /team uses `team` as v1.0.0 defines it, which v0.9.0 does not allow (object found, array expected); declare apiVersion v1.0.0 (odps-json-schema-v0.9.0.json)");
  }

  @Test
  void theOtherDiagnosticsAreRealReferenceProblems() {
    String id = "53581432-6c55-4ba2-a65f-72344a91553a";
    assertThat(mesh.diagnostics()).filteredOn(v -> v.ruleId().startsWith("reference."))
        .extracting(v -> describe(v) + " " + v.message()).containsExactlyInAnyOrder(
            "reference.duplicate-id dpds/tripexecution/data-product-descriptor.json:5:31 /info/fullyQualifiedName product id 'urn:dpds:com.company-xyz:dataproducts:tripExecution:1' is also declared by dpds/invalid/minimal.dpd.json",
            "reference.duplicate-id odcs/all-schema-types.odcs.yaml:3:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/basic-four-dpo.odcs.yaml:4:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/column-accuracy.odcs.yaml:3:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/column-completeness.odcs.yaml:4:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/column-custom.odcs.yaml:4:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/column-validity.odcs.yaml:4:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/database-table-sla.odcs.yaml:4:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/kafka-schemaregistry.odcs.yaml:3:5 /id contract id 'orders' version '0.0.1' is also declared by odcs/kafka-schema.odcs.yaml",
            "reference.duplicate-id odcs/kafka-server.odcs.yaml:4:5 /id contract id 'abc123' version '1.0.0' is also declared by odcs/azure-server.odcs.yaml",
            "reference.duplicate-id odcs/service-and-operational-roles.odcs.yaml:3:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.duplicate-id odcs/table-column-description.odcs.yaml:3:5 /id contract id '" + id + "' version '1.0.0' is also declared by odcs/all-data-types.odcs.yaml",
            "reference.unresolved odps/customer-data-product.odps.yaml:20:15 /inputPorts/0/contractId inputPort 'payments' names contract 'dbb7b1eb-7628-436e-8914-2a00638ba6db', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:23:15 /inputPorts/1/contractId inputPort 'payments' names contract 'dbb7b1eb-7628-436e-8914-2a00638ba6da', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:26:15 /inputPorts/2/contractId inputPort 'onlinetransactions' names contract 'ec2a112d-5cfe-49f3-8760-f9cfb4597544', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:29:15 /inputPorts/3/contractId inputPort 'onlinetransactions' names contract 'ec2a112d-5cfe-49f3-8760-f9cfb4597547', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:43:15 /outputPorts/0/contractId outputPort 'rawtransactions' names contract 'c2798941-1b7e-4b03-9e0d-955b1a872b32', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:48:15 /outputPorts/1/contractId outputPort 'rawtransactions' names contract 'c2798941-1b7e-4b03-9e0d-955b1a872b33', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:69:15 /outputPorts/2/contractId outputPort 'consolidatedtransactions' names contract 'a44978be-1fe0-4226-b840-1b715bc25c63', which no contract of the workspace declares",
            "reference.unresolved odps/customer-data-product.odps.yaml:75:15 /outputPorts/3/contractId outputPort 'fulltransactionswithreturns' names contract 'ef769969-0cbe-4188-876f-bb00abadaee4', which no contract of the workspace declares",
            "reference.unresolved odps/simple-data-product.odps.yaml:18:15 /inputPorts/0/contractId inputPort 'source-data' names contract '12345678-1234-1234-1234-123456789abc', which no contract of the workspace declares",
            "reference.unresolved odps/simple-data-product.odps.yaml:25:15 /outputPorts/0/contractId outputPort 'processed-data' names contract '87654321-4321-4321-4321-cba987654321', which no contract of the workspace declares");
    // full-example.odcs.yaml has the id of all-data-types.odcs.yaml with another version: no duplicate
    // the standards' own JSON Schemas are named, not read; the OpenAPI document a DPDS port $refs is read through it
    assertThat(mesh.diagnostics()).filteredOn(v -> v.ruleId().equals("input.not-read"))
        .extracting(v -> v.key() + " " + v.origin().file()).containsExactlyInAnyOrder(
            "json-schema dpds/schema/dpds-schema-v1.0.0.json", "json-schema odcs/schema/odcs-json-schema-v3.0.0.json",
            "json-schema odcs/schema/odcs-json-schema-v3.0.1.json",
            "json-schema odcs/schema/odcs-json-schema-v3.0.2-strict.json",
            "json-schema odcs/schema/odcs-json-schema-v3.0.2.json", "json-schema odcs/schema/odcs-json-schema-v3.1.0.json",
            "json-schema odps/schema/odps-json-schema-v0.9.0.json", "json-schema odps/schema/odps-json-schema-v1.0.0.json");
    assertThat(mesh.diagnostics()).hasSize(16 + 12 + 10 + 8);
  }

  @Test
  void everyElementHasAnOriginWithALine() {
    assertThat(mesh.subjects()).allSatisfy(s -> {
      assertThat(s.origin()).isNotEqualTo(Origin.NONE);
      assertThat(s.origin().line()).as(s.path()).isPositive();
    });
    assertThat(mesh.contracts().stream().flatMap(c -> c.servers().stream()))
        .allSatisfy(s -> assertThat(s.origin().line()).isPositive());
  }

  static Stream<String> odcsFiles() throws IOException {
    try (Stream<Path> files = Files.list(repositoryRoot().resolve("corpus/metadata/odcs"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("odcsFiles")
  void eachContractReadSingly(String name) throws IOException {
    String file = "odcs/" + name;
    Mesh single = READER.readDocument(file, Files.readString(corpus.resolve(file)));
    assertThat(single.files()).containsExactly(new SourceFile(file, SourceKind.ODCS));
    assertThat(single.contracts()).singleElement()
        .satisfies(c -> assertThat(c).usingRecursiveComparison().isEqualTo(contractIn(file)));
    assertThat(single.diagnostics()).isEqualTo(
        mesh.diagnostics().stream().filter(v -> v.origin().file().equals(file))
            .filter(v -> !v.ruleId().equals("reference.duplicate-id")).toList());
  }
}
