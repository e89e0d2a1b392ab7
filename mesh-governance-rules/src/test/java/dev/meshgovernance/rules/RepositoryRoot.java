package dev.meshgovernance.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, for tests that read docs and examples. */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  /** From the {@code meshgovernance.root} system property Maven sets, or the nearest directory holding {@code corpus/}. */
  public static Path path() {
    String property = System.getProperty("meshgovernance.root");
    if (property != null && Files.isDirectory(Path.of(property, "corpus"))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("corpus"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root (a directory holding corpus/)");
  }
}
