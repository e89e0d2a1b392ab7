package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration hash changes with what the configuration decides, and only with that. */
class ConfigurationHashTest {

  @TempDir
  Path dir;

  private String hash(String policy) throws IOException {
    Path file = Files.writeString(dir.resolve("policy-" + policy.hashCode() + ".yaml"), policy.stripIndent());
    return GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING).policy(file).build().configurationHash();
  }

  @Test
  void theSameEffectiveSettingsWrittenDifferentlyHaveTheSameHash() throws IOException {
    String explicit = hash("""
        rules:
          test.everything: {severity: warning, options: {limit: 3}}
        """);
    String viaEveryRule = hash("""
        # warning for every rule, and the option's default value spelled out
        rules:
          "*": warning
        """);

    assertThat(explicit).matches("sha256:[0-9a-f]{64}").isEqualTo(viaEveryRule);
  }

  @Test
  void whatIsReadChangesIt() throws IOException {
    String base = hash("rules: {test.everything: warning}\n");

    assertThat(hash("rules: {test.everything: warning}\nexclude: [\"legacy/\"]\n")).isNotEqualTo(base);
    assertThat(hash("rules: {test.everything: warning}\ninclude: [\"sales/**\"]\n")).isNotEqualTo(base);
    assertThat(GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING)
        .files(new dev.meshgovernance.core.read.FileSelection(java.util.List.of(), java.util.List.of("tmp/")))
        .build().configurationHash())
        .isNotEqualTo(GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING).build().configurationHash());
  }

  @Test
  void severitiesOptionsScopesDomainsAndWaiversChangeIt() throws IOException {
    String base = hash("rules: {test.everything: warning}\n");

    assertThat(hash("rules: {test.everything: error}\n")).isNotEqualTo(base);
    assertThat(hash("rules: {test.everything: {severity: warning, options: {limit: 4}}}\n")).isNotEqualTo(base);
    assertThat(hash("rules: {test.everything: {severity: warning, scope: {tags: [gold]}}}\n")).isNotEqualTo(base);
    assertThat(hash("rules: {test.everything: warning}\ndomains: {sales: {rules: {test.everything: 'off'}}}\n"))
        .isNotEqualTo(base);
    assertThat(hash("""
        rules: {test.everything: warning}
        waivers:
          - {rule: test.everything, subject: "product:orders", reason: r, owner: o, expires: 2030-01-01}
        """)).isNotEqualTo(base);
    assertThat(GovernanceEngine.builder().rule(GovernanceEngineTest.EVERYTHING)
        .severity("test.everything", Severity.WARNING).build().configurationHash()).isEqualTo(base);
  }
}
