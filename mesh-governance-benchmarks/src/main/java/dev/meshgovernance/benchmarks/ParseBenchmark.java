package dev.meshgovernance.benchmarks;

import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.read.WorkspaceReader;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.sql.SqlDialect;
import dev.meshgovernance.core.sql.TableSchemas;
import dev.meshgovernance.core.sql.lineage.LineageAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Statements per second over one corpus folder: JSqlParser alone (its default {@code parse(String)},
 * which starts an executor per call, with one shared executor, and with no time limit at all) against
 * the library's analysis.
 * Each invocation handles every statement of the folder once; divide by the folder's statement
 * count for statements per second (docs/performance.md does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ParseBenchmark {

  /** JSqlParser's default {@code Feature.allowedNestingDepth}. */
  private static final int COMPLEX_NESTING = 10;

  @Param({"tpcds", "tpcds" + CorpusStatements.PARSED_AS_WRITTEN, "dialects/postgres"})
  public String folder;

  private List<String> statements;
  private List<Statement> parsed;
  private LineageAnalyzer lineage;
  private ExecutorService executor;
  private SqlAnalyzer uncached;
  private SqlAnalyzer cached;
  private GovernanceEngine engine;
  private Mesh mesh;

  @Setup(Level.Trial)
  public void setUp() {
    statements = CorpusStatements.of(folder);
    // JSqlParser logs through java.util.logging on every executor-based parse; keep the console out of the timing
    CCJSqlParserUtil.LOGGER.setLevel(java.util.logging.Level.WARNING);
    executor = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "benchmark-parser");
      thread.setDaemon(true);
      return thread;
    });
    parsed = new ArrayList<>();
    for (String sql : statements) {
      try {
        parsed.add(CCJSqlParserUtil.parse(sql));
      } catch (JSQLParserException e) {
        // only what JSqlParser reads as written has an AST to walk
      }
    }
    lineage = new LineageAnalyzer();
    uncached = SqlAnalyzer.builder().dialect(SqlDialect.ANSI).cacheSize(0).build();
    cached = SqlAnalyzer.builder().dialect(SqlDialect.ANSI).build();
    engine = GovernanceEngine.builder().discoverRules().sqlAnalyzer(SqlAnalyzer.builder().cacheSize(0).build()).build();
    mesh = new WorkspaceReader().read(Path.of(System.getProperty("meshgovernance.root", "."), "examples/ecommerce-mesh"));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
  }

  /** JSqlParser's default path: a new executor (and thread) per statement. */
  @Benchmark
  public void jsqlparserDefault(Blackhole sink) {
    for (String sql : statements) {
      try {
        sink.consume(CCJSqlParserUtil.parse(sql));
      } catch (JSQLParserException e) {
        sink.consume(e);
      }
    }
  }

  /** JSqlParser with one shared executor for its time limit. */
  @Benchmark
  public void jsqlparserSharedExecutor(Blackhole sink) {
    for (String sql : statements) {
      try {
        sink.consume(CCJSqlParserUtil.parse(sql, executor, parser -> { }));
      } catch (JSQLParserException e) {
        sink.consume(e);
      }
    }
  }

  /**
   * JSqlParser on the calling thread with no time limit at all: simple parsing, then complex parsing
   * up to its default nesting depth, as its utility does — the cost of parsing and nothing else.
   */
  @Benchmark
  public void jsqlparserNoTimeLimit(Blackhole sink) {
    for (String sql : statements) {
      try {
        sink.consume(CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement());
      } catch (ParseException | RuntimeException simpleFailure) {
        if (CCJSqlParserUtil.getNestingDepth(sql) <= COMPLEX_NESTING) {
          try {
            sink.consume(CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true).Statement());
          } catch (ParseException | RuntimeException e) {
            sink.consume(e);
          }
        }
      }
    }
  }

  /**
   * Column-level lineage alone, on the ASTs of the statements JSqlParser parses as written (a
   * statement per AST, so divide by the {@code :parsed-as-written} folder's count): the part of the
   * analysis that parsing does not pay.
   */
  @Benchmark
  public void lineageOnly(Blackhole sink) {
    for (Statement statement : parsed) {
      sink.consume(lineage.lineageOf(statement, TableSchemas.NONE));
    }
  }

  /** The library's full analysis of each statement (kind, target, tables read, star, lineage), no cache. */
  @Benchmark
  public void analysis(Blackhole sink) {
    for (String sql : statements) {
      sink.consume(uncached.analyze("bench.sql", sql));
    }
  }

  /** The same with the parse cache warm: what a gateway re-checking the same statements pays. */
  @Benchmark
  public void analysisCached(Blackhole sink) {
    for (String sql : statements) {
      sink.consume(cached.analyze("bench.sql", sql));
    }
  }

  /** A query gateway's check: analysis plus every built-in SQL rule, in the example mesh's context, no cache. */
  @Benchmark
  public void gatewayCheck(Blackhole sink) {
    for (String sql : statements) {
      sink.consume(engine.evaluateSql(mesh, sql, "marketing-cross-sell"));
    }
  }
}
