package dev.meshgovernance.core.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The SQL corpus of the repository, found from {@code meshgovernance.root} or the working directory. */
final class CorpusFiles {

  private CorpusFiles() {}

  static Path sqlRoot() {
    String root = System.getProperty("meshgovernance.root");
    if (root != null && !root.isBlank() && Files.isDirectory(Path.of(root, "corpus", "sql"))) {
      return Path.of(root, "corpus", "sql");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("corpus").resolve("sql"))) {
        return dir.resolve("corpus").resolve("sql");
      }
    }
    throw new IllegalStateException("no corpus/sql above " + Path.of("").toAbsolutePath());
  }

  static List<Path> sqlFiles() {
    try (Stream<Path> files = Files.walk(sqlRoot())) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
