package dev.meshgovernance.core.sql;

import java.util.Objects;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/** What parsing one statement gave: its AST, or why there is none. */
sealed interface ParseOutcome {

  /**
   * The statement parsed.
   *
   * @param statement its AST
   * @param rewritten the rewritten text it was parsed from, when the text as written did not parse: positions in
   *     the AST are positions in it; empty when the statement parsed as written
   */
  record Parsed(Statement statement, Optional<RewrittenText> rewritten) implements ParseOutcome {
    public Parsed {
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(rewritten, "rewritten");
    }

    /** A statement parsed as written. */
    Parsed(Statement statement) {
      this(statement, Optional.empty());
    }
  }

  /**
   * The statement did not parse.
   *
   * @param key message key of the {@code sql.parse-error} violation: {@code syntax}, {@code timeout},
   *     {@code too-large}, {@code too-deep} or {@code parser-failure}
   * @param problem what went wrong, without position, e.g. {@code Encountered unexpected token: "days"}
   * @param expected what the parser expected, {@code ""} when not known
   * @param line 1-based line of the problem within the statement text, {@code 0} when unknown
   * @param column 1-based column of the problem within the statement text, {@code 0} when unknown
   */
  record Failed(String key, String problem, String expected, int line, int column) implements ParseOutcome {
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(expected, "expected");
    }
  }
}
