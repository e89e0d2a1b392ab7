package dev.meshgovernance.core.sql;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement with JSqlParser under a time limit, on a shared pool of daemon threads owned
 * by this instance and created on first use (not one executor per call, as
 * {@code CCJSqlParserUtil.parse(String)} does; and without the INFO logging of
 * {@code CCJSqlParserUtil.parse(String, ExecutorService, Consumer)} on every call).
 *
 * <p>The parser is configured for the {@link SqlDialect}. Like JSqlParser's own utility it tries
 * simple parsing first and complex parsing if that fails (and the statement is nested no deeper than
 * {@link #COMPLEX_NESTING}); outside T-SQL (where {@code [quoted]}
 * identifiers are always on), a statement with a {@code [} that still fails is tried once more with
 * {@code [quoted]} identifiers (not first, as that would break array subscripts). All attempts share the time limit;
 * the error reported is the last one before the [brackets] retry. On timeout it raises the parser's {@code interrupted} flag and
 * interrupts the worker. Statements over {@link #MAX_LENGTH} characters or nested deeper than
 * {@link #MAX_NESTING} parentheses are refused before parsing, and a {@link StackOverflowError} in
 * the parser is caught in the parse task: each becomes a {@link ParseOutcome.Failed}. Thread-safe.
 */
final class StatementParser {

  /** Longest statement parsed, in characters. */
  static final int MAX_LENGTH = 1_000_000;
  /** Deepest parenthesis nesting parsed. */
  static final int MAX_NESTING = 200;
  /**
   * Deepest parenthesis nesting for which a statement that fails simple parsing is tried again with
   * complex parsing: JSqlParser's own default ({@code Feature.allowedNestingDepth}), as complex
   * parsing of deeply nested text is slow and, on the corpus, never succeeds where simple parsing failed.
   */
  static final int COMPLEX_NESTING = 10;
  /** Stack of the parse threads: JSqlParser recurses deeply on nested expressions. */
  private static final long STACK_SIZE = 16L * 1024 * 1024;
  /** How long an idle worker thread stays. */
  private static final long WORKER_IDLE_SECONDS = 30;

  private final Duration timeLimit;
  private final SqlDialect dialect;
  private final AtomicInteger threadCount = new AtomicInteger();
  /** One worker per calling thread: the parse runs on a large stack, handed over without contention. */
  private final ThreadLocal<ExecutorService> workers = ThreadLocal.withInitial(this::newWorker);

  StatementParser(Duration timeLimit, SqlDialect dialect) {
    this.timeLimit = timeLimit;
    this.dialect = dialect;
  }

  ParseOutcome parse(String sql) {
    if (sql.length() > MAX_LENGTH) {
      return new ParseOutcome.Failed("too-large",
          "Statement of " + sql.length() + " characters is longer than the limit of " + MAX_LENGTH
              + " characters; it was not parsed", "", 0, 0);
    }
    int nesting = nestingDepth(sql);
    if (nesting > MAX_NESTING) {
      return new ParseOutcome.Failed("too-deep",
          "Parentheses nested " + nesting + " deep exceed the limit of " + MAX_NESTING
              + "; the statement was not parsed", "", 0, 0);
    }
    AtomicReference<CCJSqlParser> current = new AtomicReference<>();
    boolean tryComplex = nesting <= COMPLEX_NESTING;
    Callable<ParseOutcome> task = () -> parseNow(sql, tryComplex, current);
    Future<ParseOutcome> future = executor().submit(task);
    try {
      return future.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      stop(future, current);
      retireWorker();
      return new ParseOutcome.Failed("timeout",
          "Parsing exceeded the time limit of " + describe(timeLimit) + " per statement", "", 0, 0);
    } catch (InterruptedException e) {
      stop(future, current);
      Thread.currentThread().interrupt();
      return new ParseOutcome.Failed("timeout", "Parsing was interrupted", "", 0, 0);
    } catch (ExecutionException e) {
      return ParseFailures.of(e.getCause() == null ? e : e.getCause());
    }
  }

  private ParseOutcome parseNow(String sql, boolean tryComplex, AtomicReference<CCJSqlParser> current) {
    try {
      ParseException failure;
      try {
        return parseOnce(sql, false, false, current);
      } catch (ParseException simpleFailure) {
        failure = simpleFailure;
      }
      if (tryComplex) {
        try {
          return parseOnce(sql, true, false, current);
        } catch (ParseException complexFailure) {
          failure = complexFailure;
        }
      }
      if (dialect.squareBrackets() || sql.indexOf('[') < 0) {
        throw failure;
      }
      return parseOnce(sql, tryComplex, true, current);
    } catch (StackOverflowError e) {
      return new ParseOutcome.Failed("too-deep",
          "Statement is nested too deeply for the parser (stack overflow)", "", 0, 0);
    } catch (Exception | Error e) {
      return ParseFailures.of(e);
    }
  }

  private ParseOutcome parseOnce(
      String sql, boolean complex, boolean squareBrackets, AtomicReference<CCJSqlParser> current)
      throws ParseException {
    CCJSqlParser parser = dialect.configure(CCJSqlParserUtil.newParser(sql))
        .withAllowComplexParsing(complex);
    if (squareBrackets) {
      parser.withSquareBracketQuotation(true);
    }
    current.set(parser);
    if (Thread.currentThread().isInterrupted()) {
      parser.interrupted = true;
    }
    Statement statement = parser.Statement();
    int next = parser.getToken(1).kind == CCJSqlParserConstants.ST_SEMICOLON ? 2 : 1;
    if (parser.getToken(next).kind != CCJSqlParserConstants.EOF) {
      // Statement() stops after one statement: text after it would be silently ignored.
      throw ParseFailures.trailing(parser.getToken(next));
    }
    return new ParseOutcome.Parsed(statement);
  }

  /**
   * Gives up the calling thread's worker after a timeout: the stopped parse may take a moment to
   * notice, and the next statement must not wait behind it.
   */
  private void retireWorker() {
    workers.get().shutdown();
    workers.remove();
  }

  private static void stop(Future<?> future, AtomicReference<CCJSqlParser> current) {
    CCJSqlParser parser = current.get();
    if (parser != null) {
      parser.interrupted = true;
    }
    future.cancel(true);
  }

  /** Deepest nesting of parentheses, counted outside nothing: a cheap upper bound, quotes included. */
  private static int nestingDepth(String sql) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  /** The calling thread's worker, started on first use. */
  private ExecutorService executor() {
    return workers.get();
  }

  private ExecutorService newWorker() {
    ThreadFactory threads = task -> {
      Thread thread = new Thread(null, task, "mesh-governance-sql-parser-" + threadCount.incrementAndGet(),
          STACK_SIZE);
      thread.setDaemon(true);
      return thread;
    };
    ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, WORKER_IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threads);
    worker.allowCoreThreadTimeOut(true);
    return worker;
  }


  static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
