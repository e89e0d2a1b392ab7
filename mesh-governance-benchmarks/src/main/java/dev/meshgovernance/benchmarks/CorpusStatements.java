package dev.meshgovernance.benchmarks;

import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The statements of one corpus folder, split the way the library splits files. */
final class CorpusStatements {

  private CorpusStatements() {}

  /**
   * The statement texts of every {@code .sql} file under {@code corpus/sql/<folder>}; the corpus is
   * found from the {@code meshgovernance.root} system property, else the working directory.
   */
  static List<String> of(String folder) {
    Path root = Path.of(System.getProperty("meshgovernance.root", ".")).resolve("corpus/sql").resolve(folder);
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("no SQL corpus at " + root.toAbsolutePath()
          + "; run from the repository root or set -Dmeshgovernance.root");
    }
    SqlAnalyzer splitter = new SqlAnalyzer();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        splitter.analyzeFile(file.getFileName().toString(), Files.readString(file)).statements().stream()
            .map(SqlStatement::text).forEach(texts::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(texts);
  }
}
