package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.core.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** governance.yaml: extends, rules, and the errors a user gets for a bad one. */
class PolicyFileTest {

  private static final GovernanceEngineTest.TestRule<MetadataDocument> LIMIT = GovernanceEngineTest.rule(
      "test.limit", MetadataDocument.class,
      (d, c) -> c.report("limit", "limit " + c.option(GovernanceEngineTest.LIMIT)));

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text.stripIndent());
  }

  private GovernanceEngine.Builder builder() {
    return GovernanceEngine.builder().rule(LIMIT).rule(GovernanceEngineTest.EVERYTHING);
  }

  @Test
  void aPolicyExtendsProfilesAndFilesInOrderAndItsOwnRulesComeLast() throws IOException {
    write("council.yaml", """
        rules:
          test.limit:
            severity: info
            options:
              limit: 5
          test.everything: warning
        """);
    Path policy = write("governance.yaml", """
        extends: [test-layers, council.yaml]
        rules:
          test.limit: error
        """);
    GovernanceEngine engine = builder().policy(policy).build();

    // test-layers turns every rule off and test.limit back on; council.yaml turns test.everything on again
    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("test.everything", "test.limit");
    assertThat(engine.evaluate(TestMeshes.sample()).violationsOf("test.limit")).isNotEmpty().allSatisfy(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("limit 5");
    });
  }

  @Test
  void unknownRulesOptionsAndBadValuesAreNamedWithFileLineAndASuggestion() throws IOException {
    Path unknownRule = write("a.yaml", """
        rules:
          test.limitt: error
        """);
    assertThatThrownBy(() -> builder().policy(unknownRule).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(unknownRule + ":2:16: unknown rule 'test.limitt' (did you mean 'test.limit'?)");

    Path unknownOption = write("b.yaml", """
        rules:
          test.limit:
            options:
              limt: 3
        """);
    assertThatThrownBy(() -> builder().policy(unknownOption).build())
        .hasMessage(unknownOption + ":4:13: rule test.limit has no option 'limt' (did you mean 'limit'?)");

    Path badValue = write("c.yaml", """
        rules:
          test.limit: {options: {limit: many}}
        """);
    assertThatThrownBy(() -> builder().policy(badValue).build())
        .hasMessage(badValue + ":2:33: rule test.limit: option limit expects integer, got 'many'");
  }

  @Test
  void malformedFilesAreNamedWhereTheyGoWrong() throws IOException {
    Path syntax = write("d.yaml", """
        rules:
          test.limit: [error
        """);
    assertThatThrownBy(() -> builder().policy(syntax)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(syntax + ":3:");

    Path twice = write("twice.yaml", """
        rules:
          test.limit: error
          test.limit: off
        """);
    assertThatThrownBy(() -> builder().policy(twice)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(twice + ":3:3: key 'test.limit' occurs twice in one mapping, at line 2 and line 3");

    Path key = write("e.yaml", """
        rule:
          test.limit: error
        """);
    assertThatThrownBy(() -> builder().policy(key))
        .hasMessage(key + ":2:3: unknown key 'rule' (did you mean 'rules'?); a policy file has extends, rules, domains, waivers, include and exclude");

    Path severity = write("f.yaml", """
        rules:
          test.limit: eror
        """);
    assertThatThrownBy(() -> builder().policy(severity))
        .hasMessage(severity + ":2:15: rule test.limit: expected off, error, warning or info, got 'eror' "
            + "(did you mean 'error'?)");

    Path profile = write("g.yaml", "extends: strcit\n");
    assertThatThrownBy(() -> builder().policy(profile))
        .hasMessage(profile + ":1:10: unknown profile 'strcit' (did you mean 'strict'?)");

    Path loop = write("h.yaml", "extends: h.yaml\n");
    assertThatThrownBy(() -> builder().policy(loop)).hasMessageContaining("extends itself");

    assertThatThrownBy(() -> builder().policy(dir.resolve("missing.yaml")))
        .hasMessage(dir.resolve("missing.yaml") + ": cannot read the policy file: no such file");

    Path every = write("i.yaml", """
        rules:
          "*": {severity: info, options: {limit: 1}}
        """);
    assertThatThrownBy(() -> builder().policy(every).build())
        .hasMessage(every + ":2:8: options cannot be set for every rule (\"*\")");
  }

  @Test
  void yaml11BooleansTurnARuleOffWhereverThePolicyTakesOff() throws IOException {
    for (String word : new String[] {"off", "no", "false", "Off", "NO"}) {
      Path policy = write("off-" + word + ".yaml", """
          rules:
            test.limit: %s
            test.everything: {severity: %s}
          """.formatted(word, word));
      assertThat(builder().policy(policy).build().rules()).as(word).isEmpty();
    }
    Path domain = write("domain-off.yaml", """
        domains:
          marketing:
            rules:
              test.everything: no
        """);
    assertThat(builder().policy(domain).build().evaluate(TestMeshes.sample()).violationsOf("test.everything"))
        .extracting(v -> v.subject()).isNotEmpty().noneMatch(path -> path.contains("marketing"));
  }

  @Test
  void aYamlTrueWhereASeverityIsExpectedSaysWhatToWrite() throws IOException {
    for (String word : new String[] {"on", "yes", "true"}) {
      Path policy = write("on-" + word + ".yaml", """
          rules:
            test.limit: %s
          """.formatted(word));
      assertThatThrownBy(() -> builder().policy(policy)).as(word)
          .hasMessage(policy + ":2:15: rule test.limit: got true (YAML reads unquoted on, yes and "
              + "true as true), which names no severity; write error, warning or info, or off");
    }
    Path nested = write("on-nested.yaml", """
        rules:
          test.limit: {severity: yes}
        """);
    assertThatThrownBy(() -> builder().policy(nested))
        .hasMessage(nested + ":2:26: rule test.limit: got true (YAML reads unquoted on, yes and "
            + "true as true), which names no severity; write error, warning or info, or off");
    Path number = write("number.yaml", """
        rules:
          test.limit: {severity: 3}
        """);
    assertThatThrownBy(() -> builder().policy(number))
        .hasMessage(number + ":2:26: rule test.limit: expected off, error, warning or info, got 3");
  }

  @Test
  void domainOverridesApplyToTheSubjectsOfTheirDomainOnly() throws IOException {
    Path policy = write("governance.yaml", """
        rules:
          test.limit: warning
        domains:
          Marketing:
            rules:
              test.limit:
                severity: error
                options:
                  limit: 1
              test.everything: "off"
        """);
    GovernanceEngine engine = builder().policy(policy).build();
    var report = engine.evaluate(TestMeshes.sample());

    assertThat(report.violationsOf("test.limit")).extracting(v -> v.subject() + " " + v.severity() + " " + v.message())
        .containsExactlyInAnyOrder(
            "product:orders WARNING limit 3", "contract:orders-contract WARNING limit 3",
            "product:marketing ERROR limit 1", "contract:marketing-contract ERROR limit 1");
    assertThat(report.violationsOf("test.everything")).extracting(v -> v.subject())
        .isNotEmpty().noneMatch(path -> path.contains("marketing"));
  }

  @Test
  void aDomainCannotRelaxALockedRuleAndTheAttemptIsItselfAViolation() throws IOException {
    Path policy = write("governance.yaml", """
        rules:
          test.limit: {severity: error, locked: true}
        domains:
          marketing:
            rules:
              test.limit: warning
          sales:
            rules:
              test.limit: "off"
        """);
    var report = builder().policy(policy).build().evaluate(TestMeshes.sample());

    assertThat(report.violationsOf("test.limit")).hasSize(4).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    assertThat(report.violationsOf("config.locked-rule-relaxed")).extracting(v -> v.origin() + ": " + v.message())
        .containsExactly(
            policy + ":6:19: domain marketing lowers to warning rule test.limit, which the global policy locks; "
                + "the setting has no effect",
            policy + ":9:19: domain sales turns off rule test.limit, which the global policy locks; "
                + "the setting has no effect");
  }

  @Test
  void domainEntriesAreCheckedLikeGlobalOnes() throws IOException {
    Path unknown = write("d1.yaml", """
        domains:
          sales:
            rules:
              test.limitt: error
        """);
    assertThatThrownBy(() -> builder().policy(unknown).build())
        .hasMessage(unknown + ":4:20: unknown rule 'test.limitt' (did you mean 'test.limit'?)");

    Path badValue = write("d2.yaml", """
        domains:
          sales:
            rules:
              test.limit: {options: {limit: many}}
        """);
    assertThatThrownBy(() -> builder().policy(badValue).build())
        .hasMessage(badValue + ":4:37: rule test.limit: option limit expects integer, got 'many'");
  }

  @Test
  void aDomainMayTightenALockedRuleButNotLockOne() throws IOException {
    Path tighten = write("a.yaml", """
        rules:
          test.limit: {severity: warning, locked: true}
        domains:
          marketing:
            rules:
              test.limit: error
        """);
    var report = builder().policy(tighten).build().evaluate(TestMeshes.sample());
    assertThat(report.violationsOf("config.locked-rule-relaxed")).isEmpty();
    assertThat(report.violationsOf("test.limit")).filteredOn(v -> v.subject().contains("marketing"))
        .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));

    Path lockInDomain = write("b.yaml", """
        domains:
          marketing:
            rules:
              test.limit: {severity: error, locked: true}
        """);
    assertThatThrownBy(() -> builder().policy(lockInDomain))
        .hasMessage(lockInDomain + ":4:19: domain marketing: rule test.limit cannot be locked by a domain; "
            + "the global policy locks rules");
  }
}
