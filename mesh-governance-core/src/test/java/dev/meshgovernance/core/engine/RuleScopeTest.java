package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.api.model.Standard;
import dev.meshgovernance.api.model.Team;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.config.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule entry's {@code scope}: products (and their subjects) by domain, status, tag or classification. */
class RuleScopeTest {

  private static final GovernanceEngineTest.TestRule<MetadataDocument> DOCS = GovernanceEngineTest.rule(
      "test.documents", MetadataDocument.class, (d, c) -> c.report("seen", "saw " + d.path()));
  private static final GovernanceEngineTest.TestRule<Field> FIELDS = GovernanceEngineTest.rule(
      "test.fields", Field.class, (f, c) -> c.report("seen", "saw " + f.path()));

  @TempDir
  Path dir;

  /**
   * {@code payments} (finance, active, tagged gold) publishes a contract with a restricted field;
   * {@code reports} (finance, draft) and {@code leads} (marketing, active, tagged Gold) publish
   * contracts of public data.
   */
  static Mesh mesh() {
    return Mesh.of(
        List.of(product("payments", "finance", "active", List.of("gold", "pci")),
            product("reports", "finance", "draft", List.of()),
            product("leads", "marketing", "active", List.of("Gold"))),
        List.of(contract("payments", "finance", "restricted"), contract("reports", "finance", "public"),
            contract("leads", "marketing", "public")),
        List.of(), List.of(), List.of());
  }

  private static DataProduct product(String id, String domain, String status, List<String> tags) {
    String file = id + "/product.odps.yaml";
    Port port = new Port(DataProduct.pathOf(id) + "/outputPort:out", id, PortDirection.OUTPUT, "out", "1.0.0",
        id + "-contract", "", Origin.of(file, 12, 5));
    return new DataProduct(DataProduct.pathOf(id), id, "", Standard.ODPS, "v1.0.0", "1.0.0", status, domain, "",
        Team.NONE, List.of(), tags, Map.of(), List.of(), List.of(port), id, Origin.of(file, 1, 1));
  }

  private static DataContract contract(String product, String domain, String classification) {
    String id = product + "-contract";
    String file = product + "/contract.odcs.yaml";
    String datasetPath = DataContract.pathOf(id) + "/" + product;
    Field field = new Field(datasetPath + "/amount", "amount", "number", "", "", classification, List.of(), Map.of(),
        "", false, false, false, List.of(), "", Map.of(), List.of(), List.of(), Origin.of(file, 20, 9));
    Dataset dataset = new Dataset(datasetPath, id, product, product + "_v1", "table", "", List.of(), Map.of(),
        List.of(field), Origin.of(file, 10, 5));
    return new DataContract(DataContract.pathOf(id), id, "", "1.0.0", "v3.1.0", "active", domain, product, "",
        Team.NONE, List.of(), List.of(), Map.of(), List.of(dataset), List.of(), List.of(), Origin.of(file, 1, 1));
  }

  private GovernanceReport evaluate(String policy) throws IOException {
    Path file = Files.writeString(dir.resolve("governance.yaml"), policy.stripIndent());
    return GovernanceEngine.builder().rule(DOCS).rule(FIELDS).policy(file).build().evaluate(mesh());
  }

  private static List<String> subjects(GovernanceReport report, String rule) {
    return report.violationsOf(rule).stream().map(Violation::subject).toList();
  }

  @Test
  void aScopedRuleRunsOnlyOnTheProductsWhoseStatusAndTagsMatch() throws IOException {
    GovernanceReport report = evaluate("""
        rules:
          test.documents:
            severity: error
            scope:
              statuses: [active]
              tags: [GOLD]
        """);

    // payments and leads are active and tagged gold (case does not matter); reports is a draft;
    // the contracts carry no tags of their own
    assertThat(subjects(report, "test.documents")).containsExactlyInAnyOrder("product:payments", "product:leads");
  }

  @Test
  void aClassificationScopeSelectsTheProductsPublishingSuchDataAndTheirContractsAndFields() throws IOException {
    GovernanceReport report = evaluate("""
        rules:
          test.documents: {scope: {classifications: restricted}}
          test.fields: {scope: {classifications: [restricted]}}
        """);

    assertThat(subjects(report, "test.documents"))
        .containsExactlyInAnyOrder("product:payments", "contract:payments-contract");
    assertThat(subjects(report, "test.fields")).containsExactly("contract:payments-contract/payments/amount");
  }

  @Test
  void aDomainScopeAndALaterLayersScopeReplaceTheEarlierOne() throws IOException {
    GovernanceReport report = evaluate("""
        rules:
          test.documents: {scope: {domains: [Finance]}}
        domains:
          finance:
            rules:
              test.documents: {scope: {statuses: [draft]}}
        """);

    assertThat(subjects(report, "test.documents")).containsExactly("product:reports");
    assertThat(subjects(report, "test.fields")).hasSize(3);
  }

  @Test
  void aDomainCannotLimitTheScopeOfALockedRule() throws IOException {
    GovernanceReport report = evaluate("""
        rules:
          test.documents: {severity: error, locked: true}
        domains:
          finance:
            rules:
              test.documents: {scope: {statuses: [draft]}}
        """);

    assertThat(subjects(report, "test.documents")).hasSize(6);
    assertThat(report.violationsOf("config.locked-rule-relaxed")).extracting(Violation::message).containsExactly(
        "domain finance limits the scope of rule test.documents, which the global policy locks; "
            + "the setting has no effect");
  }

  @Test
  void theBuilderScopesARuleOverThePolicy() throws IOException {
    Path file = Files.writeString(dir.resolve("governance.yaml"), "rules: {test.documents: {scope: {tags: [gold]}}}\n");
    GovernanceReport report = GovernanceEngine.builder().rule(DOCS).policy(file)
        .scope("test.documents", new Scope(Set.of(), Set.of("Draft"), Set.of(), Set.of()))
        .build().evaluate(mesh());

    assertThat(subjects(report, "test.documents")).containsExactly("product:reports");
  }

  @Test
  void badScopesAreConfigurationErrorsWithTheirPlace() throws IOException {
    assertThatThrownBy(() -> evaluate("""
        rules:
          test.documents: {scope: {tag: [gold]}}
        """)).isInstanceOf(ConfigurationException.class).hasMessage(dir.resolve("governance.yaml")
            + ":2:33: rule test.documents: unknown scope key 'tag' (did you mean 'tags'?); "
            + "a scope has domains, statuses, tags and classifications");
    assertThatThrownBy(() -> evaluate("""
        rules:
          test.documents:
            scope: {}
        """)).hasMessage(dir.resolve("governance.yaml")
            + ":3:12: rule test.documents: an empty scope restricts nothing; give domains, statuses, tags or "
            + "classifications, or remove it");
    assertThatThrownBy(() -> evaluate("""
        rules:
          test.documents:
            scope:
              statuses: [1]
        """)).hasMessage(dir.resolve("governance.yaml")
            + ":4:18: rule test.documents: scope values are non-empty strings, got 1");
  }
}
