package dev.meshgovernance.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root, for tests that read the corpus, the examples and the docs. Shared with the
 * other modules' tests through core's test jar.
 */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  /**
   * The {@code meshgovernance.root} system property the build sets, else the nearest directory
   * above the working directory that holds {@code corpus/} (for runs from an IDE).
   */
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
    throw new IllegalStateException("no corpus/ directory above " + Path.of("").toAbsolutePath());
  }

  /** A path below the root, e.g. {@code corpus/sql}. */
  public static Path resolve(String relative) {
    return path().resolve(relative);
  }
}
