package dev.meshgovernance.core.sql;

import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The SQL corpus of the repository. */
final class CorpusFiles {

  private CorpusFiles() {}

  static Path sqlRoot() {
    return RepositoryRoot.resolve("corpus/sql");
  }

  static List<Path> sqlFiles() {
    try (Stream<Path> files = Files.walk(sqlRoot())) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
