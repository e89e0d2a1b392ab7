package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import dev.meshgovernance.core.internal.Diagnostics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses SQL text: splits it into statements, parses each with JSqlParser and records what it
 * does ({@link StatementKind}), the table it writes, the tables it reads (common table expressions
 * excluded) and whether it selects {@code *}.
 *
 * <p>Bad input is data: a statement that does not parse, takes longer than the time limit, or is
 * too large or too deeply nested becomes a statement with {@code parsed=false} and one
 * {@code sql.parse-error} violation located in the file; the other statements are still analysed.
 * Nothing here throws on any text.
 *
 * <p>Thread-safe. Parsing runs on daemon threads owned by the instance, created on first use and
 * released when idle; share one instance rather than creating one per call.
 */
public final class SqlAnalyzer {

  /** The time limit per statement used by {@link #SqlAnalyzer()}. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(SqlAnalyzer.class);

  private final StatementParser parser;

  /** An analyzer with the {@link #DEFAULT_TIME_LIMIT default time limit} per statement. */
  public SqlAnalyzer() {
    this(DEFAULT_TIME_LIMIT);
  }

  /**
   * An analyzer giving up on a statement that takes longer than {@code timeLimitPerStatement} to parse.
   *
   * @throws IllegalArgumentException if the limit is not positive
   */
  public SqlAnalyzer(Duration timeLimitPerStatement) {
    Objects.requireNonNull(timeLimitPerStatement, "timeLimitPerStatement");
    if (timeLimitPerStatement.isNegative() || timeLimitPerStatement.isZero()) {
      throw new IllegalArgumentException("time limit per statement must be positive, got " + timeLimitPerStatement);
    }
    parser = new StatementParser(timeLimitPerStatement);
  }

  /**
   * Analyses the statements of a workspace file. Statement {@code i} (from 1) has path
   * {@code sql:<file>#<i>}, its origin is where its first significant character is, and it has no
   * owner yet.
   *
   * @param file the file's path relative to the workspace root, with {@code /} separators
   * @param text the file's content
   */
  public SqlAnalysis analyzeFile(String file, String text) {
    List<AnalyzedStatement> analyzed = analyzeStatements(file, text);
    List<SqlStatement> statements = new ArrayList<>(analyzed.size());
    List<Violation> diagnostics = new ArrayList<>();
    for (AnalyzedStatement statement : analyzed) {
      statements.add(statement.statement());
      diagnostics.addAll(statement.diagnostics());
    }
    return new SqlAnalysis(statements, diagnostics);
  }

  /**
   * Analyses SQL handed to the API, as {@link #analyzeFile} does a file's.
   *
   * @param sourceName names the SQL in paths and origins, e.g. {@code gateway/query-42}
   * @param sql one or more statements
   */
  public SqlAnalysis analyze(String sourceName, String sql) {
    return analyzeFile(sourceName, sql);
  }

  /** The statements of a file with their ASTs, for the steps that need more than the api view. */
  List<AnalyzedStatement> analyzeStatements(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    TextPositions positions = new TextPositions(text);
    List<SqlChunk> chunks = SqlSplitter.split(text);
    List<AnalyzedStatement> analyzed = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      analyzed.add(analyzeChunk(file, positions, chunks.get(i), i + 1));
    }
    return List.copyOf(analyzed);
  }

  private AnalyzedStatement analyzeChunk(String file, TextPositions filePositions, SqlChunk chunk, int index) {
    String path = SqlStatement.pathOf(file, index);
    Origin origin = Origin.of(file, chunk.line(), chunk.column());
    ParseOutcome outcome = parser.parse(chunk.text());
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      try {
        StatementFacts facts = StatementFacts.of(parsed.statement());
        SqlStatement statement = new SqlStatement(path, chunk.text(), facts.kind(), facts.targetTable(),
            facts.tablesRead(), facts.selectStar(), true, false, Lineage.NONE, "", origin);
        return new AnalyzedStatement(statement, Optional.of(parsed.statement()), List.of());
      } catch (RuntimeException | StackOverflowError e) {
        LOG.debug("Could not walk the parsed statement {}", path, e);
        outcome = new ParseOutcome.Failed("parser-failure",
            "The parsed statement could not be analysed (" + e.getClass().getSimpleName() + ")", "", 0, 0);
      }
    }
    ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
    Origin where = origin;
    if (failed.line() > 0) {
      TextPositions chunkPositions = new TextPositions(chunk.text());
      int offset = chunk.offset() + chunkPositions.offset(failed.line(), Math.max(1, failed.column()));
      where = Origin.of(file, filePositions.line(offset), filePositions.column(offset));
    }
    StringBuilder message = new StringBuilder(failed.problem());
    if (failed.line() > 0) {
      message.append(" at line ").append(where.line()).append(", column ").append(where.column());
    }
    message.append('.');
    if (!failed.expected().isEmpty()) {
      message.append(' ').append(failed.expected());
    }
    Violation violation = Diagnostics.error(Diagnostics.SQL_PARSE_ERROR, failed.key(), message.toString(), path, where);
    SqlStatement statement = new SqlStatement(path, chunk.text(), StatementKind.UNKNOWN, "", List.of(), false, false,
        false, Lineage.NONE, "", origin);
    return new AnalyzedStatement(statement, Optional.empty(), List.of(violation));
  }
}
