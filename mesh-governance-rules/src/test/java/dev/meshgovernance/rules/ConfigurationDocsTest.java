package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/configuration.md works with the built-in rules and validates against the published schema. */
class ConfigurationDocsTest {

  @Test
  void theDocumentedExampleIsAValidPolicyForTheBuiltInRules(@TempDir Path dir) throws IOException {
    Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(RepositoryRoot.resolve("docs/configuration.md")));
    assertThat(block.find()).isTrue();
    Path workspace = Files.createDirectories(dir.resolve("orders"));
    Files.createDirectories(dir.resolve("council"));
    Files.writeString(dir.resolve("council/governance.yaml"), "extends: strict\n");
    Path policy = Files.writeString(workspace.resolve("governance.yaml"), block.group(1));

    GovernanceEngine engine = GovernanceEngine.builder().discoverRules().policy(policy).build();
    assertThat(engine.rules()).extracting(r -> r.id()).doesNotContain("documentation.description-required");

    var document = new ObjectMapper(new YAMLFactory()).readTree(policy.toFile());
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(RepositoryRoot.resolve("docs/governance.schema.json")));
    assertThat(schema.validate(document)).isEmpty();
  }
}
