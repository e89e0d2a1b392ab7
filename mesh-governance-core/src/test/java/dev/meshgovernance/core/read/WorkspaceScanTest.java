package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a workspace read lists, ignores, notes and follows (issue #11, items 7, 10, 11, 12). */
class WorkspaceScanTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  @TempDir
  Path root;

  @TempDir
  Path elsewhere;

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static List<Violation> of(Mesh mesh, String ruleId) {
    return mesh.diagnostics().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  private static SourceKind kind(Mesh mesh, String file) {
    return mesh.files().stream().filter(f -> f.path().equals(file)).map(SourceFile::kind).findFirst().orElse(null);
  }

  private static boolean symlinks(Path dir) {
    try {
      Path probe = Files.createSymbolicLink(dir.resolve("probe-link"), dir.resolve("nowhere"));
      Files.delete(probe);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  // item 7

  @Test
  void anEmptyWorkspaceIsNothingReadAnError() {
    List<Violation> found = of(READER.read(root), Diagnostics.INPUT_NOTHING_READ);

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).startsWith("nothing to check");
    });
  }

  @Test
  void aWorkspaceOfIgnoredFilesOrOnlyAPolicyFileIsNothingRead() throws IOException {
    write("governance.yaml", "rules: {}\n");
    write("notes/readme.yaml", "title: not a descriptor\n");

    assertThat(of(READER.read(root), Diagnostics.INPUT_NOTHING_READ)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("2 file(s) found, 1 ignored"));
  }

  @Test
  void aWorkspaceWithAContractOrASqlFileHasSomethingRead() throws IOException {
    write("q/a.sql", "select 1");
    assertThat(of(READER.read(root), Diagnostics.INPUT_NOTHING_READ)).isEmpty();
    assertThat(of(READER.readDocument("c.yaml", WorkspaceReaderTest.CONTRACT_V31), Diagnostics.INPUT_NOTHING_READ))
        .isEmpty();
  }

  @Test
  void aDocumentHandedOverThatIsNoneOfTheStandardsIsNothingRead() {
    assertThat(of(READER.readDocument("x.yaml", "a: 1\n"), Diagnostics.INPUT_NOTHING_READ)).hasSize(1);
  }

  // item 10

  @Test
  void aDataContractSpecificationFileIsNamedWithWhatToDo() throws IOException {
    write("c/dcs.yaml", "dataContractSpecification: 1.1.0\nid: orders\ninfo:\n  title: Orders\n  version: 1.0.0\n");
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);

    Mesh mesh = READER.read(root);

    assertThat(kind(mesh, "c/dcs.yaml")).isEqualTo(SourceKind.IGNORED);
    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).contains("Data Contract Specification 1.1.0", "datacontract export --format odcs");
      assertThat(v.origin().file()).isEqualTo("c/dcs.yaml");
      assertThat(v.origin().line()).isEqualTo(1);
    });
  }

  @Test
  void dbtFilesAreNamedAndOtherYamlIsIgnoredWithoutANote() throws IOException {
    write("dbt/dbt_project.yml", "name: shop\nversion: '1.0'\nprofile: shop\n");
    write("dbt/models/schema.yml", "version: 2\nmodels:\n  - name: orders\n");
    write("dbt/models/sources.yml", "version: 2\nsources:\n  - name: raw\n");
    write("ci/pipeline.yaml", "steps: [build]\n");
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);

    Mesh mesh = READER.read(root);

    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).extracting(v -> v.origin().file())
        .containsExactlyInAnyOrder("dbt/dbt_project.yml", "dbt/models/schema.yml", "dbt/models/sources.yml");
    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).allSatisfy(v -> assertThat(v.message()).contains("dbt"));
    assertThat(kind(mesh, "ci/pipeline.yaml")).isEqualTo(SourceKind.IGNORED);
  }

  @Test
  void openApiJsonSchemaAndAvroDocumentsAreNamed() throws IOException {
    write("api/openapi.yaml", "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths: {}\n");
    write("schemas/order.schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}");
    write("schemas/order.avro.json", "{\"type\": \"record\", \"name\": \"Order\", \"fields\": []}");

    assertThat(of(READER.read(root), Diagnostics.INPUT_NOT_READ)).extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).startsWith("OpenAPI"))
        .anySatisfy(m -> assertThat(m).startsWith("JSON Schema"))
        .anySatisfy(m -> assertThat(m).startsWith("Avro"));
  }

  @Test
  void aDocumentADescriptorRefsIsReadThroughItAndNotNoted() throws IOException {
    write("p/dpd.json", """
        {"dataProductDescriptor": "1.0.0",
         "info": {"fullyQualifiedName": "urn:dpds:x", "name": "x", "version": "1.0.0", "domain": "d",
                  "owner": {"id": "o"}},
         "interfaceComponents": {"outputPorts": [{"fullyQualifiedName": "urn:dpds:x:p", "name": "p",
             "version": "1.0.0", "promises": {"api": {"specification": "openapi",
             "definition": {"$ref": "api.yaml"}}}}]}}
        """);
    write("p/api.yaml", "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths: {}\n");

    Mesh mesh = READER.read(root);

    assertThat(kind(mesh, "p/api.yaml")).isEqualTo(SourceKind.REFERENCED);
    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).isEmpty();
  }

  // item 11

  @Test
  void newlineDelimitedJsonIsDataNotAnUnreadableDescriptor() throws IOException {
    write("data/events.json", "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n");
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);

    Mesh mesh = READER.read(root);

    assertThat(of(mesh, Diagnostics.INPUT_UNREADABLE)).isEmpty();
    assertThat(kind(mesh, "data/events.json")).isEqualTo(SourceKind.IGNORED);
    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).contains("in data ", "events.json");
    });
  }

  @Test
  void aJsonFileWithTrailingGarbageIsStillUnreadable() throws IOException {
    write("c/broken.json", "{\"id\": 1} }");
    assertThat(of(READER.read(root), Diagnostics.INPUT_UNREADABLE)).hasSize(1);
  }

  @Test
  void aFolderOfDataFilesIsOneNoteListingThem() throws IOException {
    for (int i = 0; i < 20; i++) {
      write("orders/data/part-" + i + ".csv", "id\n1\n");
    }
    write("orders/data/extra.jsonl", "{}\n{}\n");
    write("orders/data/x.parquet", "PAR1");
    write("other/rows.ndjson", "{}\n");
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);

    Mesh mesh = READER.read(root);

    assertThat(of(mesh, Diagnostics.INPUT_NOT_READ)).hasSize(2)
        .anySatisfy(v -> assertThat(v.message()).startsWith("22 data file(s) in orders/data"))
        .anySatisfy(v -> assertThat(v.message()).startsWith("1 data file(s) in other"));
    assertThat(mesh.files().stream().filter(f -> f.kind() == SourceKind.IGNORED)).hasSize(23);
  }

  @Test
  void includeAndExcludeGlobsDecideWhatIsRead() throws IOException {
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    write("fixtures/broken.yaml", "a: [");
    write("fixtures/keep/also.sql", "select 1");
    write("drafts/x.sql", "selec broken");

    WorkspaceReader reader = new WorkspaceReader(new SqlAnalyzer(),
        new FileSelection(List.of(), List.of("fixtures/", "/drafts/*.sql")));
    Mesh mesh = reader.read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("c/contract.yaml");
    assertThat(mesh.diagnostics()).isEmpty();

    Mesh included = new WorkspaceReader(new SqlAnalyzer(), new FileSelection(List.of("**/*.sql"), List.of("drafts/")))
        .read(root);
    assertThat(included.files()).extracting(SourceFile::path).containsExactly("fixtures/keep/also.sql");
  }

  @Test
  void excludingEverythingIsNothingReadWithAHintAtTheGlobs() throws IOException {
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    Mesh mesh = new WorkspaceReader(new SqlAnalyzer(), new FileSelection(List.of(), List.of("*.yaml"))).read(root);
    assertThat(of(mesh, Diagnostics.INPUT_NOTHING_READ)).singleElement()
        .satisfies(v -> assertThat(v.hint()).contains("include/exclude"));
  }

  // item 12

  @Test
  void aLinkToAFileInsideTheWorkspaceIsReadOnceByItsOwnPath() throws IOException {
    assumeTrue(symlinks(root));
    write("c/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    Files.createDirectories(root.resolve("p"));
    Files.createSymbolicLink(root.resolve("p/contract.yaml"), Path.of("../c/contract.yaml"));

    Mesh mesh = READER.read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("c/contract.yaml");
    assertThat(mesh.contracts()).hasSize(1);
    assertThat(mesh.diagnostics()).isEmpty();
  }

  @Test
  void aLinkIntoASkippedDirectoryIsReadByTheLinksPath() throws IOException {
    assumeTrue(symlinks(root));
    write(".shared/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    Files.createDirectories(root.resolve("orders"));
    Files.createSymbolicLink(root.resolve("orders/contracts"), Path.of("../.shared"));

    Mesh mesh = READER.read(root);

    assertThat(mesh.contracts()).singleElement()
        .satisfies(c -> assertThat(c.origin().file()).isEqualTo("orders/contracts/contract.yaml"));
  }

  @Test
  void aLoopOfLinksIsWalkedOnce() throws IOException {
    assumeTrue(symlinks(root));
    write("a/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    Files.createSymbolicLink(root.resolve("a/back"), Path.of(".."));
    Files.createSymbolicLink(root.resolve("a/self"), Path.of("."));

    Mesh mesh = READER.read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("a/contract.yaml");
    assertThat(mesh.diagnostics()).isEmpty();
  }

  @Test
  void aDirectoryLinkedTwiceAndSortedBeforeItsOwnPathIsReadOnceByItsOwnPath() throws IOException {
    assumeTrue(symlinks(root));
    write("z-real/contract.yaml", WorkspaceReaderTest.CONTRACT_V31);
    Files.createSymbolicLink(root.resolve("a-link"), Path.of("z-real"));
    Files.createSymbolicLink(root.resolve("b-link"), Path.of("z-real"));

    Mesh mesh = READER.read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("z-real/contract.yaml");
    assertThat(mesh.diagnostics()).isEmpty();
  }

  @Test
  void aLinkOutsideTheWorkspaceIsReportedAndNotRead() throws IOException {
    assumeTrue(symlinks(root));
    Files.writeString(elsewhere.resolve("contract.yaml"), WorkspaceReaderTest.CONTRACT_V31);
    Files.writeString(elsewhere.resolve("README.md"), "# not read anyway");
    write("q/a.sql", "select 1");
    Files.createSymbolicLink(root.resolve("q/contract.yaml"), elsewhere.resolve("contract.yaml"));
    Files.createSymbolicLink(root.resolve("shared"), elsewhere);
    Files.createSymbolicLink(root.resolve("README.md"), elsewhere.resolve("README.md"));

    Mesh mesh = READER.read(root);

    assertThat(mesh.contracts()).isEmpty();
    assertThat(of(mesh, Diagnostics.INPUT_OUTSIDE_WORKSPACE)).extracting(v -> v.origin().file())
        .containsExactly("q/contract.yaml", "shared");
    assertThat(of(mesh, Diagnostics.INPUT_OUTSIDE_WORKSPACE))
        .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aBrokenLinkIsReported() throws IOException {
    assumeTrue(symlinks(root));
    write("q/a.sql", "select 1");
    Files.createSymbolicLink(root.resolve("q/gone.yaml"), Path.of("missing.yaml"));

    assertThat(of(READER.read(root), Diagnostics.INPUT_UNREADABLE)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).contains("q/gone.yaml", "missing.yaml", "does not exist");
    });
  }
}
