package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.report.text.TextReporter;
import dev.meshgovernance.core.testing.RepositoryRoot;
import dev.meshgovernance.core.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/configuration.md tells the truth: its federated example, run on the example mesh, gives the
 * output the page shows, and every policy snippet validates against the published schema.
 */
class ConfigurationDocsTest {

  private static final Path PAGE = RepositoryRoot.resolve("docs/configuration.md");

  private static List<String> blocks(String language) throws IOException {
    Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Test
  void theFederatedExampleGivesTheExampleMeshTheViolationsThePageShows(@TempDir Path dir) throws IOException {
    Path workspace = dir.resolve("ecommerce-mesh");
    TestFiles.copyTree(RepositoryRoot.resolve("examples/ecommerce-mesh"), workspace);
    Files.writeString(workspace.resolve("governance.yaml"), blocks("yaml").get(0));

    GovernanceReport report = GovernanceEngine.builder().discoverRules().profile("recommended")
        .workspacePolicy(workspace).build().evaluate(workspace);

    List<String> lines = report.violations().stream().map(TextReporter::line).toList();
    assertThat(lines).containsExactlyElementsOf(blocks("text").get(0).lines().toList());
    assertThat(report.waived()).extracting(w -> w.violation().ruleId())
        .containsExactly("sql.cross-domain-internal-access");
  }

  @Test
  void everyPolicySnippetValidatesAgainstThePublishedSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(RepositoryRoot.resolve("docs/governance.schema.json")));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<String> policies = blocks("yaml").stream().filter(b -> !b.startsWith("customProperties")).toList();
    assertThat(policies).hasSizeGreaterThanOrEqualTo(2);
    for (String policy : policies) {
      assertThat(schema.validate(yaml.readTree(policy))).as(policy).isEmpty();
    }
  }

}
