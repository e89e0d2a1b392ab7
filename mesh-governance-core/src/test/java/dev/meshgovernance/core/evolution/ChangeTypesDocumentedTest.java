package dev.meshgovernance.core.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/contract-evolution.md documents every change type with its default impact. */
class ChangeTypesDocumentedTest {

  @Test
  void everyChangeTypeIsDocumentedWithItsImpact() throws IOException {
    String docs = Files.readString(RepositoryRoot.resolve("docs/contract-evolution.md"));
    ChangeTypes.DEFAULT_IMPACTS.forEach((type, impact) ->
        assertThat(docs).contains("| `" + type + "` | " + impact.name().toLowerCase() + " |"));
  }
}
