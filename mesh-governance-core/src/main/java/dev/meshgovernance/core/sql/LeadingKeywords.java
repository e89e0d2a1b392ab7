package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a statement by its leading keywords, whether it parses or not: data-flow statements
 * (SELECT, WITH, VALUES, INSERT, UPDATE, DELETE, MERGE, CREATE TABLE … AS query, CREATE VIEW) move data
 * between tables and are what governance reads; everything else (GRANT, SET, VACUUM,
 * procedures, CREATE FUNCTION, plain CREATE TABLE…) is not. Exports, loads and EXPLAIN ANALYZE are
 * read by what they wrap ({@link Envelope}); {@link StatementKeywords} knows the words a statement of any
 * kind starts with.
 */
final class LeadingKeywords {

  /** Words that may stand between CREATE and TABLE or VIEW. */
  private static final Set<String> CREATE_MODIFIERS = Set.of(
      "or", "replace", "alter", "temp", "temporary", "global", "local", "transient", "volatile", "secure",
      "recursive", "materialized", "external", "unlogged", "multiset", "set", "if", "not", "exists", "force",
      "noforce", "editionable", "dynamic", "hybrid", "iceberg", "snapshot", "private", "public");
  /** Words that start the query of CREATE TABLE … AS. */
  private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "from", "table");

  private LeadingKeywords() {}

  /** The kind of a data-flow statement; empty when the statement is not about data flow. */
  static Optional<StatementKind> dataFlowKind(List<SqlToken> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).is('(')) {
      i++;
    }
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    return switch (tokens.get(i).lower()) {
      case "select", "values", "from" -> Optional.of(StatementKind.SELECT);
      case "with" -> afterWith(tokens, i);
      case "insert", "upsert" -> Optional.of(StatementKind.INSERT);
      case "update" -> updateStatistics(tokens, i) ? Optional.empty() : Optional.of(StatementKind.UPDATE);
      case "delete" -> Optional.of(StatementKind.DELETE);
      case "merge" -> Optional.of(StatementKind.MERGE);
      case "create" -> created(tokens, i + 1);
      default -> Optional.empty();
    };
  }

  /**
   * T-SQL {@code UPDATE STATISTICS t [(stats)] [WITH …]}, which refreshes the optimizer's statistics
   * and moves no data; an UPDATE of a table named {@code statistics} has a SET.
   */
  private static boolean updateStatistics(List<SqlToken> tokens, int update) {
    return update + 2 < tokens.size() && tokens.get(update + 1).is("statistics")
        && tokens.stream().noneMatch(t -> t.is("set"));
  }

  /**
   * The kind of the statement after a WITH list: its main keyword, SELECT when not found; empty for
   * Snowflake's {@code WITH p AS PROCEDURE (…) … CALL p(…)}, which calls a procedure.
   */
  private static Optional<StatementKind> afterWith(List<SqlToken> tokens, int with) {
    int depth = 0;
    for (int i = with + 1; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (depth == 0 && token.kind() == SqlToken.Kind.WORD) {
        switch (token.lower()) {
          case "select", "values" -> {
            return Optional.of(StatementKind.SELECT);
          }
          case "insert" -> {
            return Optional.of(StatementKind.INSERT);
          }
          case "update" -> {
            return Optional.of(StatementKind.UPDATE);
          }
          case "delete" -> {
            return Optional.of(StatementKind.DELETE);
          }
          case "merge" -> {
            return Optional.of(StatementKind.MERGE);
          }
          case "call" -> {
            return Optional.empty();
          }
          default -> { }
        }
      }
    }
    return Optional.of(StatementKind.SELECT);
  }

  /** CREATE … VIEW, or CREATE … TABLE with {@code AS query} at the top level. */
  private static Optional<StatementKind> created(List<SqlToken> tokens, int from) {
    int i = from;
    while (i < tokens.size() && CREATE_MODIFIERS.contains(tokens.get(i).lower())
        && tokens.get(i).kind() == SqlToken.Kind.WORD) {
      i++;
    }
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    if (tokens.get(i).is("view")) {
      return Optional.of(StatementKind.CREATE_VIEW);
    }
    if (!tokens.get(i).is("table") || i + 1 < tokens.size() && tokens.get(i + 1).is("function")) {
      return Optional.empty();
    }
    int depth = 0;
    for (int j = i + 1; j < tokens.size(); j++) {
      SqlToken token = tokens.get(j);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (depth == 0 && token.is("as")) {
        int k = j + 1;
        while (k < tokens.size() && tokens.get(k).is('(')) {
          k++;
        }
        if (k < tokens.size() && tokens.get(k).kind() == SqlToken.Kind.WORD
            && QUERY_STARTS.contains(tokens.get(k).lower())) {
          return Optional.of(StatementKind.CREATE_TABLE_AS);
        }
      }
    }
    return Optional.empty();
  }
}
