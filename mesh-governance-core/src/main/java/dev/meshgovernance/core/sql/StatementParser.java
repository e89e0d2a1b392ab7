package dev.meshgovernance.core.sql;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement with JSqlParser under a time limit, without a thread per call (as
 * {@code CCJSqlParserUtil.parse(String)} starts) and without the INFO logging of
 * {@code CCJSqlParserUtil.parse(String, ExecutorService, Consumer)} on every call.
 *
 * <p>The time limit is JSqlParser's own mechanism: when it passes, the parser's {@code interrupted}
 * flag is raised (by one shared watchdog thread per instance, created on first use), and the
 * expression rules where JSqlParser's backtracking can grow check that flag and give up. A statement
 * nested no deeper than {@link #CALLING_THREAD_NESTING} parentheses (every statement of the corpus:
 * the deepest nests 7) is parsed on the calling thread, saving the hand-over to another thread, which
 * costs from a fifth (TPC-DS) to half (small statements) of the time of raw parsing; the outcome of a
 * parse that outlived the limit is a timeout either way. A deeper or longer one (or one that overflows the calling thread's stack) is parsed on a worker
 * thread with a large stack (JSqlParser recurses deeply on nested expressions; one worker per calling
 * thread), and the calling thread stops waiting when the limit passes, whether or not the parser has
 * noticed its flag yet.
 *
 * <p>The parser is configured for the {@link SqlDialect}. Like JSqlParser's own utility it tries
 * simple parsing first and complex parsing if that fails (and the statement is nested no deeper than
 * {@link #COMPLEX_NESTING}); outside T-SQL (where {@code [quoted]}
 * identifiers are always on), a statement with a {@code [} that still fails is tried once more with
 * {@code [quoted]} identifiers (not first, as that would break array subscripts). All attempts share the time limit;
 * the error reported is the last one before the [brackets] retry. Statements over {@link #MAX_LENGTH} characters or nested deeper than
 * {@link #MAX_NESTING} parentheses are refused before parsing, and a {@link StackOverflowError} in
 * the worker's parse is caught: each becomes a {@link ParseOutcome.Failed}. Thread-safe.
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
  /**
   * Deepest parenthesis nesting parsed on the calling thread; deeper statements go to a worker with
   * {@link #STACK_SIZE} of stack, and the caller's wait is bounded by the time limit.
   */
  static final int CALLING_THREAD_NESTING = COMPLEX_NESTING;
  /**
   * Longest statement parsed on the calling thread, in characters (the longest of the corpus has
   * 7,361): a longer one goes to a worker, so that the caller's wait stays bounded by the time limit
   * even where JSqlParser does not check its flag.
   */
  static final int CALLING_THREAD_LENGTH = 50_000;
  /** Stack of the parse threads: JSqlParser recurses deeply on nested expressions. */
  private static final long STACK_SIZE = 16L * 1024 * 1024;
  /** How long an idle worker or watchdog thread stays. */
  private static final long IDLE_SECONDS = 30;

  private final Duration timeLimit;
  private final SqlDialect dialect;
  private final AtomicInteger threadCount = new AtomicInteger();
  /** Raises the flag of parses that outlive the time limit; its thread starts with the first parse. */
  private final ScheduledThreadPoolExecutor watchdog;
  /** One worker per calling thread: a deep statement's parse runs on a large stack, handed over without contention. */
  private final ThreadLocal<ExecutorService> workers = ThreadLocal.withInitial(this::newWorker);

  StatementParser(Duration timeLimit, SqlDialect dialect) {
    this.timeLimit = timeLimit;
    this.dialect = dialect;
    this.watchdog = new ScheduledThreadPoolExecutor(1, threads("mesh-governance-sql-watchdog-", 0));
    watchdog.setRemoveOnCancelPolicy(true);
    watchdog.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true);
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
    if (Thread.currentThread().isInterrupted()) {
      return interrupted();
    }
    boolean tryComplex = nesting <= COMPLEX_NESTING;
    Attempt attempt = new Attempt(System.nanoTime() + timeLimit.toNanos());
    if (nesting <= CALLING_THREAD_NESTING && sql.length() <= CALLING_THREAD_LENGTH) {
      ScheduledFuture<?> alarm = watchdog.schedule(attempt::expire, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
      try {
        ParseOutcome outcome = parseNow(sql, tryComplex, attempt);
        return attempt.expired() ? timedOut() : outcome;
      } catch (StackOverflowError e) {
        // a chain of unary operators or the like, too deep for this thread's stack: the worker's is larger
      } finally {
        alarm.cancel(false);
      }
    }
    // the worker's wait ends at the deadline, and then raises the flag itself: no alarm needed
    return parseOnWorker(sql, tryComplex, attempt);
  }

  private ParseOutcome parseOnWorker(String sql, boolean tryComplex, Attempt attempt) {
    Future<ParseOutcome> future = workers.get().submit(() -> {
      try {
        return parseNow(sql, tryComplex, attempt);
      } catch (StackOverflowError e) {
        return new ParseOutcome.Failed("too-deep",
            "Statement is nested too deeply for the parser (stack overflow)", "", 0, 0);
      }
    });
    try {
      return future.get(attempt.deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      attempt.expire();
      future.cancel(true);
      retireWorker();
      return timedOut();
    } catch (InterruptedException e) {
      attempt.expire();
      future.cancel(true);
      Thread.currentThread().interrupt();
      return interrupted();
    } catch (ExecutionException e) {
      return ParseFailures.of(e.getCause() == null ? e : e.getCause());
    }
  }

  private ParseOutcome timedOut() {
    return new ParseOutcome.Failed("timeout",
        "Parsing exceeded the time limit of " + describe(timeLimit) + " per statement", "", 0, 0);
  }

  private static ParseOutcome interrupted() {
    return new ParseOutcome.Failed("timeout", "Parsing was interrupted", "", 0, 0);
  }

  private ParseOutcome parseNow(String sql, boolean tryComplex, Attempt attempt) {
    try {
      ParseException failure;
      try {
        return parseOnce(sql, false, false, attempt);
      } catch (ParseException simpleFailure) {
        failure = simpleFailure;
      }
      if (tryComplex) {
        try {
          return parseOnce(sql, true, false, attempt);
        } catch (ParseException complexFailure) {
          failure = complexFailure;
        }
      }
      if (dialect.squareBrackets() || sql.indexOf('[') < 0) {
        throw failure;
      }
      return parseOnce(sql, tryComplex, true, attempt);
    } catch (StackOverflowError e) {
      throw e;
    } catch (Exception | Error e) {
      return ParseFailures.of(e);
    }
  }

  private ParseOutcome parseOnce(
      String sql, boolean complex, boolean squareBrackets, Attempt attempt)
      throws ParseException {
    CCJSqlParser parser = dialect.configure(CCJSqlParserUtil.newParser(sql))
        .withAllowComplexParsing(complex);
    if (squareBrackets) {
      parser.withSquareBracketQuotation(true);
    }
    attempt.watch(parser);
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

  private ExecutorService newWorker() {
    ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threads("mesh-governance-sql-parser-", STACK_SIZE));
    worker.allowCoreThreadTimeOut(true);
    return worker;
  }

  private ThreadFactory threads(String prefix, long stackSize) {
    return task -> {
      Thread thread = new Thread(null, task, prefix + threadCount.incrementAndGet(), stackSize);
      thread.setDaemon(true);
      return thread;
    };
  }

  static String describe(Duration duration) {
    if (duration.toMillis() == 0) {
      return duration.toNanos() + " ns";
    }
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  /**
   * One statement's parse against the time limit: the parsers it creates (one per try) and whether
   * the limit has passed. A parser created after that starts with its flag raised.
   */
  private static final class Attempt {
    /** {@link System#nanoTime()} when the time limit passes. */
    final long deadline;
    private volatile boolean expired;
    private volatile CCJSqlParser parser;

    Attempt(long deadline) {
      this.deadline = deadline;
    }

    void watch(CCJSqlParser next) {
      parser = next;
      if (expired) {
        next.interrupted = true;
      }
    }

    void expire() {
      expired = true;
      CCJSqlParser current = parser;
      if (current != null) {
        current.interrupted = true;
      }
    }

    boolean expired() {
      return expired;
    }
  }
}
