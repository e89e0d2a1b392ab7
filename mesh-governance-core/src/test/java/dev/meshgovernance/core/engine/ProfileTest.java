package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.MetadataDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final GovernanceEngineTest.TestRule<MetadataDocument> LIMIT = GovernanceEngineTest.rule(
      "test.limit", MetadataDocument.class,
      (d, c) -> c.report("limit", "limit " + c.option(GovernanceEngineTest.LIMIT)));

  @Test
  void layersApplyInOrderEveryRuleFirstThenTheRuleItself() {
    GovernanceEngine engine = GovernanceEngine.builder()
        .rule(LIMIT).rule(GovernanceEngineTest.EVERYTHING).profile("test-layers").build();

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("test.limit");
    List<Violation> violations = engine.evaluate(TestMeshes.sample()).violations();
    assertThat(violations).isNotEmpty().allSatisfy(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("limit 9");
    });
  }

  @Test
  void settingsOnTheBuilderOverrideTheProfile() {
    GovernanceEngine engine = GovernanceEngine.builder()
        .rule(LIMIT).rule(GovernanceEngineTest.EVERYTHING).profile("test-layers")
        .severity("test.everything", Severity.INFO).option("test.limit", "limit", 1).build();

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("test.everything", "test.limit");
    assertThat(engine.evaluate(TestMeshes.sample()).violationsOf("test.limit"))
        .allSatisfy(v -> assertThat(v.message()).isEqualTo("limit 1"));
  }

  @Test
  void unknownProfilesAndRulesInProfilesAreNamed() {
    assertThatThrownBy(() -> GovernanceEngine.builder().profile("nope"))
        .hasMessageStartingWith("META-INF/mesh-governance/profiles/nope.yaml: unknown profile 'nope'");
    assertThatThrownBy(() -> GovernanceEngine.builder().rule(LIMIT).profile("test-unknown-rule").build())
        .hasMessage("META-INF/mesh-governance/profiles/test-unknown-rule.yaml:2:16: unknown rule 'test.limitt' "
            + "(did you mean 'test.limit'?)");
  }
}
