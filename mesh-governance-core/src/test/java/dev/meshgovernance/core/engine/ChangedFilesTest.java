package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changed-only runs: the subjects of the changed files, judged in the context of the whole mesh. */
class ChangedFilesTest {

  private final GovernanceEngine engine = GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING).build();

  private static List<String> subjects(GovernanceReport report) {
    return report.violations().stream().map(Violation::subject).toList();
  }

  private static Mesh sampleWithPolicyFile() {
    Mesh sample = TestMeshes.sample();
    List<SourceFile> files = new ArrayList<>(sample.files());
    files.add(new SourceFile("governance.yaml", SourceKind.POLICY));
    return Mesh.of(sample.products(), sample.contracts(), sample.statements(), files, List.of());
  }

  @Test
  void onlyTheSubjectsWrittenInTheChangedFilesAreEvaluated() {
    GovernanceReport report = engine.evaluateChanged(TestMeshes.sample(),
        List.of("orders/product.odps.yaml", "marketing/query.sql", "deleted/product.odps.yaml"));

    assertThat(subjects(report)).containsExactlyInAnyOrder(
        "product:orders", "product:orders/outputPort:out", "sql:marketing/query.sql#1");
    assertThat(report.summary().products()).isEqualTo(1);
    assertThat(report.summary().statements()).isEqualTo(1);
  }

  @Test
  void nothingChangedMeansNothingToReport() {
    assertThat(engine.evaluateChanged(TestMeshes.sample(), List.of()).violations()).isEmpty();
  }

  @Test
  void aChangedPolicyFileMakesItAWholeMeshRun() {
    Mesh withPolicy = sampleWithPolicyFile();

    assertThat(engine.evaluateChanged(withPolicy, List.of("governance.yaml")).violations())
        .hasSameSizeAs(engine.evaluate(withPolicy).violations()).hasSizeGreaterThan(5);
  }

  @Test
  void aBaselineTakesPartOnlyWithTheEntriesOfTheChangedFiles() {
    Mesh sample = TestMeshes.sample();
    Baseline all = Baseline.of(engine.evaluate(sample));
    GovernanceReport report = engine.evaluateChanged(sample, List.of("orders/product.odps.yaml"), all);

    assertThat(report.violations()).isEmpty();
    assertThat(report.fixed()).isEmpty();
    assertThat(report.baselined()).extracting(Violation::subject)
        .containsExactlyInAnyOrder("product:orders", "product:orders/outputPort:out");
  }

  @Test
  void aStatementsEntryBelongsToItsFileWhateverItsNumber() {
    Mesh sample = TestMeshes.sample();
    Baseline renumbered = new Baseline(Baseline.of(engine.evaluate(sample)).entries().stream()
        .map(e -> new Baseline.Entry(e.rule(), e.subject().replace("query.sql#1", "query.sql#7"), e.key(), e.message()))
        .toList());
    GovernanceReport report = engine.evaluateChanged(sample, List.of("marketing/query.sql"), renumbered);

    assertThat(report.violations()).isEmpty();
    assertThat(report.baselined()).extracting(Violation::subject).containsExactly("sql:marketing/query.sql#1");
  }

  @Test
  void aChangedPolicyFileTakesTheWholeBaseline() {
    Mesh withPolicy = sampleWithPolicyFile();
    GovernanceReport whole = engine.evaluate(withPolicy);

    GovernanceReport report = engine.evaluateChanged(withPolicy, List.of("governance.yaml"), Baseline.of(whole));
    assertThat(report.violations()).isEmpty();
    assertThat(report.baselined()).hasSameSizeAs(whole.violations());
  }
}
