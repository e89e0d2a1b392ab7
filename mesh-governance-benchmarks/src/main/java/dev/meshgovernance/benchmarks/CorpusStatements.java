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
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/** The statements of one corpus folder, split the way the library splits files. */
final class CorpusStatements {

  private CorpusStatements() {}

  /** The suffix of a folder name that keeps only the statements JSqlParser parses as written. */
  static final String PARSED_AS_WRITTEN = ":parsed-as-written";

  /**
   * The statement texts of every {@code .sql} file under {@code corpus/sql/<folder>}; the corpus is
   * found from the {@code meshgovernance.root} system property, else the working directory. With the
   * suffix {@link #PARSED_AS_WRITTEN}, only the statements that JSqlParser parses as written (the
   * same parsing work for JSqlParser alone and for the library).
   */
  static List<String> of(String folderAndFilter) {
    boolean parsedOnly = folderAndFilter.endsWith(PARSED_AS_WRITTEN);
    String folder = parsedOnly
        ? folderAndFilter.substring(0, folderAndFilter.length() - PARSED_AS_WRITTEN.length()) : folderAndFilter;
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
    return parsedOnly ? texts.stream().filter(CorpusStatements::parsesAsWritten).toList() : List.copyOf(texts);
  }

  private static boolean parsesAsWritten(String sql) {
    try {
      CCJSqlParserUtil.parse(sql);
      return true;
    } catch (JSQLParserException e) {
      return false;
    }
  }
}
