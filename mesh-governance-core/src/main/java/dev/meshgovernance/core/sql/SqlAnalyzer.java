package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import dev.meshgovernance.api.model.StatementLocations;
import dev.meshgovernance.api.model.SubjectPath;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.LargeStack;
import dev.meshgovernance.core.sql.lineage.LineageAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses SQL text of one {@link SqlDialect}: splits it into statements, parses each with JSqlParser
 * and records what it does ({@link StatementKind}), the table it writes, the tables it reads (common
 * table expressions excluded) and whether it selects {@code *}.
 *
 * <p>Bad input is data. A data-flow statement (SELECT, WITH, VALUES, INSERT, UPDATE, DELETE, MERGE,
 * CREATE TABLE … AS, CREATE VIEW) that does not parse, takes longer than the time limit, or is too
 * large or too deeply nested gets one {@code sql.parse-error} violation located in the file, and its
 * tables are still read by a token-level fallback (the statement is then {@code approximate}); so does
 * a statement that starts with no known statement keyword ({@link StatementKeywords}: {@code SELEC},
 * garbage), with a did-you-mean. Any other statement that does not parse gets one
 * {@code sql.unsupported} violation of severity info (warning for SQL handed to {@link #analyze}).
 * Exports, loads and {@code EXPLAIN ANALYZE} are analysed by what they wrap ({@link Envelope}).
 * The other statements are still analysed. Nothing here throws on any text.
 *
 * <p>Each distinct statement text is parsed once: outcomes are kept in a bounded least-recently-used
 * cache owned by the instance ({@link #DEFAULT_CACHE_SIZE} statements unless configured).
 *
 * <p>Thread-safe. Parsing runs on daemon threads owned by the instance, created on first use and
 * released when idle; share one instance rather than creating one per call.
 */
public final class SqlAnalyzer {

  /** The time limit per statement used unless another is configured. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);
  /** How many parse outcomes the cache holds unless configured. */
  public static final int DEFAULT_CACHE_SIZE = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(SqlAnalyzer.class);

  private final SqlDialect dialect;
  private final StatementParser parser;
  private final Rewrites rewrites;
  private final ParseCache cache;
  private final LineageAnalyzer lineage;
  private final AtomicLong parses = new AtomicLong();

  /** An {@link SqlDialect#ANSI ANSI} analyzer with the {@link #DEFAULT_TIME_LIMIT default time limit} per statement. */
  public SqlAnalyzer() {
    this(SqlDialect.ANSI, DEFAULT_TIME_LIMIT, DEFAULT_CACHE_SIZE, new LineageAnalyzer());
  }

  private SqlAnalyzer(SqlDialect dialect, Duration timeLimitPerStatement, int cacheSize, LineageAnalyzer lineage) {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(timeLimitPerStatement, "timeLimitPerStatement");
    if (timeLimitPerStatement.isNegative() || timeLimitPerStatement.isZero()) {
      throw new IllegalArgumentException("time limit per statement must be positive, got " + timeLimitPerStatement);
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cache size must not be negative, got " + cacheSize);
    }
    this.dialect = dialect;
    this.parser = new StatementParser(timeLimitPerStatement, dialect);
    this.rewrites = Rewrites.of(dialect);
    this.cache = new ParseCache(cacheSize);
    this.lineage = Objects.requireNonNull(lineage, "lineage").forDialect(dialect);
  }

  /** A builder, starting from ANSI, the default time limit and the default cache size. */
  public static Builder builder() {
    return new Builder();
  }

  /** The dialect this analyzer reads. */
  public SqlDialect dialect() {
    return dialect;
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
    return analyzeFile(file, text, TableSchemas.NONE);
  }

  /**
   * Analyses the statements of a workspace file, with column-level lineage computed against the
   * tables whose columns {@code schemas} knows (to expand stars and attribute unqualified columns).
   */
  public SqlAnalysis analyzeFile(String file, String text, TableSchemas schemas) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(schemas, "schemas");
    return analyzeFiles(Map.of(file, text), schemas).get(file);
  }

  /**
   * Analyses the SQL files of one workspace together, with column-level lineage against the tables
   * {@code schemas} knows and, for the tables it does not know, the columns the statements of the
   * files give the tables they create ({@code CREATE TABLE t (…)}, {@code CREATE TABLE … AS},
   * {@code CREATE VIEW}): earlier in the same file, else in the other files (statements as a catalog;
   * see {@code docs/lineage.md} for order and cycles).
   *
   * @param texts each file's content by its path relative to the workspace root, in file order
   * @return each file's analysis, in the same order
   */
  public Map<String, SqlAnalysis> analyzeFiles(Map<String, String> texts, TableSchemas schemas) {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(schemas, "schemas");
    List<StatementCatalog.FileStatements> files = new ArrayList<>(texts.size());
    texts.forEach((file, text) -> files.add(new StatementCatalog.FileStatements(file, analyzeStatements(file, text))));
    return analyses(files, schemas);
  }

  /**
   * Analyses SQL a caller hands to the engine under its own query id (a query gateway): its statements are
   * the subjects {@code query:<id>#<n>} ({@link SubjectPath#query(String, int)}), not statements of a workspace
   * file, and their origins' file is {@code query:<id>}, so that reports say where the SQL came from.
   *
   * @param queryId the caller's name for the query, e.g. {@code gateway-42}
   * @param sql one or more statements
   * @param schemas the tables whose columns lineage knows
   */
  public SqlAnalysis analyzeQuery(String queryId, String sql, TableSchemas schemas) {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(schemas, "schemas");
    String source = SubjectPath.query(queryId).toString();
    List<AnalyzedStatement> statements = analyzeStatements(source, sql, index -> SubjectPath.query(queryId, index).toString());
    return analyses(List.of(new StatementCatalog.FileStatements(source, statements)), schemas).get(source);
  }

  /** Each file's analysis, lineage computed with the files' statements as a catalog. */
  private Map<String, SqlAnalysis> analyses(List<StatementCatalog.FileStatements> files, TableSchemas schemas) {
    StatementCatalog catalog = new StatementCatalog(files, schemas, lineage);
    Map<String, SqlAnalysis> analyses = new LinkedHashMap<>();
    for (int f = 0; f < files.size(); f++) {
      List<AnalyzedStatement> analyzed = files.get(f).statements();
      List<Lineage> lineages = catalog.lineageOf(f);
      List<SqlStatement> statements = new ArrayList<>(analyzed.size());
      List<Violation> diagnostics = new ArrayList<>();
      for (int s = 0; s < analyzed.size(); s++) {
        AnalyzedStatement statement = analyzed.get(s);
        statements.add(statement.ast().isPresent() ? statement.statement().withLineage(lineages.get(s))
            : statement.statement());
        diagnostics.addAll(statement.diagnostics());
        AnalysisIncomplete.of(statement.statement(), lineages.get(s)).ifPresent(diagnostics::add);
      }
      analyses.put(files.get(f).file(), new SqlAnalysis(statements, diagnostics));
    }
    return analyses;
  }

  /**
   * Analyses SQL handed to the API, as {@link #analyzeFile} does a file's.
   *
   * @param sourceName names the SQL in paths and origins, e.g. {@code gateway/query-42}
   * @param sql one or more statements
   */
  public SqlAnalysis analyze(String sourceName, String sql) {
    return analyze(sourceName, sql, TableSchemas.NONE);
  }

  /** Analyses SQL handed to the API with lineage against known table schemas, as {@link #analyzeFile(String, String, TableSchemas)}. */
  public SqlAnalysis analyze(String sourceName, String sql, TableSchemas schemas) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(schemas, "schemas");
    return analyzeFiles(Map.of(sourceName, sql), schemas).get(sourceName);
  }

  /** The statements of a file with their ASTs, for the steps that need more than the api view. */
  List<AnalyzedStatement> analyzeStatements(String file, String text) {
    return analyzeStatements(file, text, index -> SqlStatement.pathOf(file, index));
  }

  /** The statements of {@code text}, read from {@code file} (their origins) and named {@code paths.apply(n)}. */
  private List<AnalyzedStatement> analyzeStatements(String file, String text, IntFunction<String> paths) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    TextPositions positions = new TextPositions(text);
    List<SqlChunk> chunks = SqlSplitter.split(text, dialect);
    List<AnalyzedStatement> analyzed = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      analyzed.add(analyzeChunk(file, positions, chunks.get(i), paths.apply(i + 1)));
    }
    return List.copyOf(analyzed);
  }

  /** How many statement texts were parsed (cache misses) since this analyzer was created. */
  long parseCount() {
    return parses.get();
  }

  /** How many parse outcomes the cache holds. */
  int cachedCount() {
    return cache.size();
  }

  private AnalyzedStatement analyzeChunk(String file, TextPositions filePositions, SqlChunk chunk, String path) {
    Origin origin = Origin.of(file, chunk.line(), chunk.column());
    // tokens serve statements that do not parse as written (classification, rewrites, fallback) only
    Tokens tokens = new Tokens(chunk.text(), dialect);
    Optional<Envelope> envelope = Envelope.of(tokens.list(), chunk.text());
    if (envelope.isPresent() && envelope.get().inner().isEmpty()) {
      // a load: it writes its table from files and reads none
      SqlStatement statement = new SqlStatement(path, chunk.text(), StatementKind.INSERT, envelope.get().loadTarget(),
          List.of(), false, true, false, Lineage.NONE, "", origin);
      return new AnalyzedStatement(statement, Optional.empty(), List.of());
    }
    Reading reading = envelope.map(e -> new Reading(e.inner().get().text(), new Tokens(e.inner().get().text(), dialect),
        e.inner(), e)).orElseGet(() -> new Reading(chunk.text(), tokens, Optional.empty(), null));
    ParseOutcome outcome = cache.get(dialect, reading.text(), text -> parse(text, reading.tokens()));
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      try {
        StatementFacts facts = reading.wrapped(LargeStack.call(() -> StatementFacts.of(parsed.statement())));
        StatementLocations locations = locations(facts,
            new ChunkLocator(file, filePositions, chunk, reading.extracted(), parsed.rewritten()));
        SqlStatement statement = new SqlStatement(path, chunk.text(), facts.kind(), facts.targetTable(),
            facts.tablesRead(), facts.selectStar(), true, false, Lineage.NONE, "", origin, locations,
            reading.exportTarget());
        return new AnalyzedStatement(statement, Optional.of(parsed.statement()), List.of());
      } catch (RuntimeException | StackOverflowError e) {
        LOG.debug("Could not walk the parsed statement {}", path, e);
        outcome = new ParseOutcome.Failed("parser-failure",
            "The parsed statement could not be analysed (" + e.getClass().getSimpleName() + ")", "", 0, 0);
      }
    }
    ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
    Optional<StatementKind> dataFlow = reading.tokens().dataFlow();
    Optional<String> unknownLead = dataFlow.isEmpty() ? StatementKeywords.unknownLead(reading.tokens().list())
        : Optional.empty();
    Origin where = origin;
    if (unknownLead.isPresent()) {
      int offset = chunk.offset() + reading.chunkOffset(firstWord(reading.tokens().list()).offset());
      where = Origin.of(file, filePositions.line(offset), filePositions.column(offset));
      Optional<String> meant = StatementKeywords.closest(unknownLead.get());
      failed = new ParseOutcome.Failed("unknown-statement", "No SQL statement starts with '" + unknownLead.get() + "'"
          + meant.map(m -> " (did you mean '" + m.toUpperCase(java.util.Locale.ROOT) + "'?)").orElse(""), "", 0, 0);
      dataFlow = Optional.of(meant.flatMap(StatementKeywords::dataFlowKindOf).orElse(StatementKind.SELECT));
    } else if (failed.line() > 0) {
      TextPositions parsedPositions = new TextPositions(reading.text());
      int offset = chunk.offset()
          + reading.chunkOffset(parsedPositions.offset(failed.line(), Math.max(1, failed.column())));
      where = Origin.of(file, filePositions.line(offset), filePositions.column(offset));
    }
    StringBuilder message = new StringBuilder(failed.problem());
    if (failed.line() > 0 || unknownLead.isPresent()) {
      message.append(" at line ").append(where.line()).append(", column ").append(where.column());
    }
    message.append('.');
    if (!failed.expected().isEmpty()) {
      message.append(' ').append(failed.expected());
    }
    if (dataFlow.isEmpty()) {
      Violation unsupported = Diagnostics.of(Severity.INFO, Diagnostics.SQL_UNSUPPORTED, failed.key(),
          "Statement not analysed (it moves no data and the " + dialect.id() + " parser does not read it): "
              + message, path, where);
      SqlStatement statement = new SqlStatement(path, chunk.text(), StatementKind.UNKNOWN, "", List.of(), false,
          false, false, Lineage.NONE, "", origin);
      return new AnalyzedStatement(statement, Optional.empty(), List.of(unsupported));
    }
    List<SqlToken> read = reading.tokens().list();
    if (unknownLead.isPresent()) {
      // read as the statement it was probably meant to be: INSRT INTO t … writes t
      SqlToken lead = firstWord(read);
      String meant = StatementKeywords.closest(unknownLead.get()).orElse(lead.text());
      read = read.stream().map(t -> t == lead ? new SqlToken(SqlToken.Kind.WORD, meant, t.offset()) : t).toList();
    }
    TokenTables approximate = TableFallback.read(read, dataFlow.get());
    Violation error = Diagnostics.error(Diagnostics.SQL_PARSE_ERROR, failed.key(), message.toString(), path, where);
    StatementKind kind = reading.envelope().flatMap(Envelope::kind).orElse(approximate.kind());
    String target = kind == StatementKind.EXPORT ? "" : approximate.targetTable();
    boolean star = approximate.selectStar() && !reading.envelope().map(Envelope::synthesized).orElse(false);
    SqlStatement statement = new SqlStatement(path, chunk.text(), kind, target, approximate.tablesRead(), star,
        false, true, Lineage.NONE, "", origin, StatementLocations.NONE, reading.exportTarget());
    return new AnalyzedStatement(statement, Optional.empty(), List.of(error));
  }

  private static SqlToken firstWord(List<SqlToken> tokens) {
    return tokens.stream().filter(t -> !t.is('(')).findFirst().orElse(tokens.get(0));
  }

  /**
   * What is parsed of a statement: the statement itself, or what its {@link Envelope} wraps.
   *
   * @param text the text parsed
   * @param tokens its tokens
   * @param extracted the way back from {@code text} to the statement as written, when it is what an envelope wraps
   * @param wrapper the envelope, {@code null} when none
   */
  private record Reading(String text, Tokens tokens, Optional<RewrittenText> extracted, Envelope wrapper) {

    Optional<Envelope> envelope() {
      return Optional.ofNullable(wrapper);
    }

    String exportTarget() {
      return wrapper == null ? "" : wrapper.exportTarget();
    }

    /** The offset in the statement as written of offset {@code parsed} of {@code text}. */
    int chunkOffset(int parsed) {
      return extracted.map(e -> e.originalOffset(parsed)).orElse(parsed);
    }

    /** The facts of the wrapped statement as the envelope's: an export writes no table; a made-up star is none. */
    StatementFacts wrapped(StatementFacts facts) {
      if (wrapper == null || wrapper.kind().isEmpty()) {
        return facts;
      }
      boolean synthesized = wrapper.synthesized();
      return new StatementFacts(wrapper.kind().get(), "", facts.tablesRead(), facts.selectStar() && !synthesized,
          facts.tableSpans(), synthesized ? List.of() : facts.starSpans(), facts.columns());
    }
  }

  /** Where the statement's table references, stars and output columns are in the file. */
  private static StatementLocations locations(StatementFacts facts, ChunkLocator locator) {
    Map<String, List<Origin>> tables = new LinkedHashMap<>();
    facts.tableSpans().forEach((table, spans) -> tables.put(table, spans.stream().map(locator::origin).toList()));
    List<StatementLocations.Column> columns = new ArrayList<>();
    for (StatementFacts.OutputColumn column : facts.columns()) {
      column.span().ifPresent(span -> columns.add(new StatementLocations.Column(column.name(), locator.origin(span))));
    }
    if (columns.size() != facts.columns().size()) {
      columns.clear(); // positions only count when every column has one
    }
    return new StatementLocations(tables, facts.starSpans().stream().map(locator::origin).toList(), columns);
  }

  /**
   * Parses a statement the cache did not hold. When a data-flow statement does not parse as
   * written and a {@link Rewrites rewrite} of the dialect applies, the rewritten text is parsed; if
   * that fails too, its error is reported at the matching position of the original text.
   */
  private ParseOutcome parse(String text, Tokens tokens) {
    parses.incrementAndGet();
    ParseOutcome outcome = parser.parse(text);
    boolean rewritable = outcome instanceof ParseOutcome.Failed failed
        && (failed.key().equals("syntax") || failed.key().equals("parser-failure"));
    if (!rewritable || tokens.dataFlow().isEmpty()) {
      return outcome;
    }
    RewrittenText rewritten = rewrites.apply(text, tokens.list());
    if (rewritten.edits().isEmpty()) {
      return outcome;
    }
    ParseOutcome second = parser.parse(rewritten.text());
    if (second instanceof ParseOutcome.Parsed parsed) {
      return new ParseOutcome.Parsed(parsed.statement(), Optional.of(rewritten));
    }
    if (second instanceof ParseOutcome.Failed again && again.line() > 0) {
      int offset = rewritten.originalOffset(new TextPositions(rewritten.text()).offset(again.line(), again.column()));
      TextPositions original = new TextPositions(text);
      return new ParseOutcome.Failed(again.key(), again.problem(), again.expected(), original.line(offset),
          original.column(offset));
    }
    return second;
  }

  /** Builds a {@link SqlAnalyzer}. Not thread-safe; the analyzer it builds is. */
  public static final class Builder {
    private SqlDialect dialect = SqlDialect.ANSI;
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private int cacheSize = DEFAULT_CACHE_SIZE;
    private List<String> maskingFunctions = LineageAnalyzer.DEFAULT_MASKING_FUNCTIONS;

    private Builder() {}

    /**
     * The functions whose result masks their input (glob patterns, case-insensitive, e.g.
     * {@code sha2}, {@code mask*}); default {@link LineageAnalyzer#DEFAULT_MASKING_FUNCTIONS}.
     */
    public Builder maskingFunctions(List<String> functions) {
      this.maskingFunctions = List.copyOf(functions);
      return this;
    }

    /** The dialect of the SQL read (default {@link SqlDialect#ANSI}). */
    public Builder dialect(SqlDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /** The time limit per statement (default {@link SqlAnalyzer#DEFAULT_TIME_LIMIT}); must be positive. */
    public Builder timeLimitPerStatement(Duration timeLimit) {
      this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
      return this;
    }

    /** How many parse outcomes to keep (default {@link SqlAnalyzer#DEFAULT_CACHE_SIZE}); {@code 0} disables the cache. */
    public Builder cacheSize(int cacheSize) {
      this.cacheSize = cacheSize;
      return this;
    }

    /**
     * The analyzer.
     *
     * @throws IllegalArgumentException if the time limit is not positive or the cache size negative
     */
    public SqlAnalyzer build() {
      return new SqlAnalyzer(dialect, timeLimit, cacheSize, new LineageAnalyzer(maskingFunctions));
    }
  }

  /** A statement's tokens and data-flow kind, computed on first use. Not thread-safe; one per statement. */
  private static final class Tokens {
    private final String text;
    private final SqlDialect dialect;
    private List<SqlToken> list;

    Tokens(String text, SqlDialect dialect) {
      this.text = text;
      this.dialect = dialect;
    }

    List<SqlToken> list() {
      if (list == null) {
        list = SqlTokenizer.tokenize(text, dialect);
      }
      return list;
    }

    Optional<StatementKind> dataFlow() {
      return LeadingKeywords.dataFlowKind(list());
    }
  }
}
