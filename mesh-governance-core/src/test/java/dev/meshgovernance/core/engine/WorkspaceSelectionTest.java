package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.read.FileSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file's include/exclude globs and the builder's decide which files a workspace read reads. */
class WorkspaceSelectionTest {

  @TempDir
  Path root;

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  @Test
  void thePolicyFilesGlobsAreAppliedRelativeToTheWorkspaceRoot() throws IOException {
    write("governance.yaml", "exclude:\n  - fixtures/\n  - \"*.draft.sql\"\n");
    write("a/q.sql", "select 1");
    write("a/q.draft.sql", "selec");
    write("fixtures/broken.yaml", "a: [");

    GovernanceEngine engine = GovernanceEngine.builder().workspacePolicy(root).build();
    Mesh mesh = engine.read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("a/q.sql", "governance.yaml");
    assertThat(engine.evaluate(mesh).violations()).isEmpty();
  }

  @Test
  void theBuildersGlobsComeAfterThePolicyFilesAndDecideOverThem() throws IOException {
    write("governance.yaml", "include: \"a/\"\n");
    write("a/q.sql", "select 1");
    write("a/old/q.sql", "select 2");
    write("b/q.sql", "select 3");

    Mesh mesh = GovernanceEngine.builder().workspacePolicy(root)
        .files(new FileSelection(List.of("b/"), List.of("old/"))).build().read(root);

    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly("a/q.sql", "b/q.sql");
  }

  @Test
  void aGlobThatIsNoStringIsAConfigurationError() throws IOException {
    write("governance.yaml", "exclude:\n  - {a: 1}\n");

    assertThatThrownBy(() -> GovernanceEngine.builder().workspacePolicy(root))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("governance.yaml:2:5")
        .hasMessageContaining("exclude takes glob patterns");
  }
}
