package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary bytes as a YAML and as a JSON document: nothing escapes {@link WorkspaceReader#readDocument}
 * and the document is always counted. {@code mvn test} replays the seeds and past findings in
 * {@code src/test/resources/dev/meshgovernance/core/read/WorkspaceReaderFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class WorkspaceReaderFuzzTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  @FuzzTest(maxDuration = "60s")
  void yaml(byte[] input) {
    check("fuzz.yaml", input);
  }

  @FuzzTest(maxDuration = "60s")
  void json(byte[] input) {
    check("fuzz.json", input);
  }

  private static void check(String name, byte[] input) {
    Mesh mesh = READER.readDocument(name, new String(input, StandardCharsets.UTF_8));
    assertThat(mesh.files()).extracting(SourceFile::path).containsExactly(name);
    mesh.diagnostics().forEach(v -> assertThat(v.message()).isNotBlank());
  }
}
