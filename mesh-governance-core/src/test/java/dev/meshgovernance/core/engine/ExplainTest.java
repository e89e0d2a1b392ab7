package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.core.engine.Explanation.OptionValue;
import dev.meshgovernance.core.engine.Explanation.RuleDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: which rules apply to a subject, how they are set, and which layer set them. */
class ExplainTest {

  private static final GovernanceEngineTest.TestRule<MetadataDocument> LIMIT = GovernanceEngineTest.rule(
      "test.limit", MetadataDocument.class, (d, c) -> c.report("limit", "limit " + c.option(GovernanceEngineTest.LIMIT)));
  private static final GovernanceEngineTest.TestRule<Field> FIELDS = GovernanceEngineTest.rule(
      "test.fields", Field.class, (f, c) -> c.report("seen", "saw " + f.path()));

  @TempDir
  Path dir;

  private GovernanceEngine engine() throws IOException {
    Path policy = Files.writeString(dir.resolve("governance.yaml"), """
        extends: test-layers
        rules:
          test.fields:
            severity: warning
            scope: {statuses: [active]}
        domains:
          finance:
            rules:
              test.limit:
                options: {limit: 2}
        """);
    return GovernanceEngine.builder().rule(LIMIT).rule(FIELDS).policy(policy).build();
  }

  @Test
  void eachRuleOfTheSubjectsKindIsListedWithTheLayerThatSetEachPart() throws IOException {
    Explanation explanation = engine().explain(RuleScopeTest.mesh(), "product:payments");
    String policy = dir.resolve("governance.yaml").toString();

    assertThat(explanation.kind()).isEqualTo("DataProduct");
    assertThat(explanation.domain()).isEqualTo("finance");
    assertThat(explanation.status()).isEqualTo("active");
    assertThat(explanation.tags()).containsExactly("gold", "pci");
    assertThat(explanation.classifications()).containsExactly("restricted");
    // test.fields checks fields, not products: not listed
    assertThat(explanation.rules()).containsExactly(new RuleDecision("test.limit", true, "",
        Optional.of(Severity.ERROR), "profile test-layers, line 5",
        List.of(new OptionValue("limit", 2, policy + ":10:26 (domain finance)")), "", ""));
    assertThat(explanation.report().violations()).extracting(v -> v.ruleId() + " " + v.message())
        .containsExactly("test.limit limit 2");
    assertThat(explanation.configurationHash()).isEqualTo(engine().configurationHash());
  }

  @Test
  void rulesThatAreOffOrOutOfScopeSayWhyAndWhere() throws IOException {
    GovernanceEngine engine = engine();
    String policy = dir.resolve("governance.yaml").toString();

    RuleDecision inScope = engine.explain(RuleScopeTest.mesh(), "contract:payments-contract/payments/amount").rules().get(0);
    assertThat(inScope.applies()).isTrue();
    assertThat(inScope.severitySetBy()).isEqualTo(policy + ":4:5");
    assertThat(inScope.scope()).isEqualTo("statuses [active]");
    assertThat(inScope.setBy()).isEqualTo(policy + ":4:5");
    assertThat(inScope.options()).containsExactly(new OptionValue("limit", 3, "rule default"));

    Explanation draft = GovernanceEngine.builder().rule(LIMIT).rule(FIELDS)
        .policy(dir.resolve("governance.yaml")).build()
        .explain(RuleScopeTest.mesh(), "contract:payments-contract");
    assertThat(draft.rules()).singleElement().satisfies(d -> assertThat(d.applies()).isTrue());

    Explanation off = GovernanceEngine.builder().rule(LIMIT).disable("test.limit").build()
        .explain(RuleScopeTest.mesh(), "product:leads");
    assertThat(off.rules()).containsExactly(
        new RuleDecision("test.limit", false, "off", Optional.empty(), "rule default", List.of(), "", "engine builder"));
    assertThat(off.report().violations()).isEmpty();
  }

  @Test
  void aRuleOutOfItsScopeIsListedAsNotApplying() throws IOException {
    Path policy = Files.writeString(dir.resolve("scoped.yaml"), """
        rules:
          test.limit: {scope: {statuses: [draft]}}
        """);
    Explanation explanation = GovernanceEngine.builder().rule(LIMIT).policy(policy).build()
        .explain(RuleScopeTest.mesh(), "product:payments");

    assertThat(explanation.rules()).singleElement().satisfies(d -> {
      assertThat(d.applies()).isFalse();
      assertThat(d.reason()).isEqualTo("out of scope");
      assertThat(d.scope()).isEqualTo("statuses [draft]");
      assertThat(d.setBy()).isEqualTo(policy + ":2:15");
    });
    assertThat(explanation.report().violations()).isEmpty();
  }

  @Test
  void anUnknownSubjectIsNamedWithTheClosestPath() throws IOException {
    GovernanceEngine engine = engine();
    assertThatThrownBy(() -> engine.explain(RuleScopeTest.mesh(), "product:payment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no subject 'product:payment' in the mesh (did you mean 'product:payments'?)");
  }
}
