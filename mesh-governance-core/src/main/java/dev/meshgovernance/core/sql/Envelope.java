package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statement that wraps a query or a table, recognised by its tokens, whose data flow is that of what
 * it wraps:
 *
 * <ul>
 *   <li>exports, which read a query's result (or a whole table) and write it out of the mesh, to a file,
 *       a stage or a URI: PostgreSQL's {@code COPY (query) TO …} and {@code COPY t [(cols)] TO …},
 *       Snowflake's {@code COPY INTO @stage|'uri' FROM (query)|t}, Redshift's {@code UNLOAD ('query') TO …}
 *       (the query is a string literal; {@code ''} is a quote), BigQuery's {@code EXPORT DATA OPTIONS(uri=…)
 *       AS query};</li>
 *   <li>loads, which write a table from files: {@code COPY t FROM …} (PostgreSQL, Redshift),
 *       {@code COPY INTO t FROM @stage|(SELECT … FROM @stage)} (Snowflake), {@code LOAD DATA INTO t}
 *       (BigQuery): an INSERT into {@code t} that reads no table;</li>
 *   <li>{@code EXPLAIN ANALYZE statement} (and {@code EXPLAIN (ANALYZE …) statement}), which runs the
 *       statement: it is the statement. A plain {@code EXPLAIN} runs nothing and is no envelope.</li>
 * </ul>
 *
 * @param kind {@link StatementKind#EXPORT} for an export, {@link StatementKind#INSERT} for a load, empty when
 *     the statement is what it wraps (EXPLAIN ANALYZE)
 * @param exportTarget the file, stage or URI an export writes, as written without its quotes; {@code ""} otherwise
 * @param loadTarget the normalised table a load writes; {@code ""} otherwise
 * @param inner the wrapped statement as the parser is given it, and the way back to the statement as written;
 *     empty for a load
 * @param synthesized whether {@code inner} is a query made up from a table name ({@code SELECT * FROM t}), whose
 *     star the statement did not write
 */
record Envelope(Optional<StatementKind> kind, String exportTarget, String loadTarget, Optional<RewrittenText> inner,
    boolean synthesized) {

  /** The envelope of a statement, if it is one. */
  static Optional<Envelope> of(List<SqlToken> tokens, String text) {
    if (tokens.isEmpty() || tokens.get(0).kind() != SqlToken.Kind.WORD) {
      return Optional.empty();
    }
    return switch (tokens.get(0).lower()) {
      case "copy" -> new Reader(tokens, text).copy();
      case "unload" -> new Reader(tokens, text).unload();
      case "export" -> new Reader(tokens, text).exportData();
      case "load" -> new Reader(tokens, text).loadData();
      case "explain" -> new Reader(tokens, text).explainAnalyze();
      default -> Optional.empty();
    };
  }

  /** Reads one statement's tokens. */
  private record Reader(List<SqlToken> tokens, String text) {

    private SqlToken at(int i) {
      return i < tokens.size() ? tokens.get(i) : new SqlToken(SqlToken.Kind.SYMBOL, "", text.length());
    }

    /** The end (exclusive) of the dotted name starting at token {@code i}: the index after its last part. */
    private int nameEnd(int i) {
      int j = i;
      if (!at(j).isName()) {
        return i;
      }
      j++;
      while (at(j).is('.') && at(j + 1).isName()) {
        j += 2;
      }
      return j;
    }

    private String source(int first, int end) {
      return text.substring(tokens.get(first).offset(), tokens.get(end - 1).end());
    }

    /** A stage, a string (a URI or a file) or a client stream as written, up to the token {@code end}. */
    private String target(int first, int end) {
      if (first >= tokens.size() || end <= first) {
        return "";
      }
      SqlToken token = tokens.get(first);
      if (token.kind() == SqlToken.Kind.STRING && end == first + 1) {
        return unquote(token.text());
      }
      return source(first, end).strip();
    }

    /** The text between the parentheses at {@code open} and {@code close}. */
    private Optional<RewrittenText> between(int open, int close) {
      if (close <= open + 1) {
        return Optional.empty();
      }
      int start = tokens.get(open).end();
      int end = tokens.get(close).offset();
      return Optional.of(RewrittenText.of(text, List.of(new TextEdit(0, start, ""), new TextEdit(end, text.length(), "")),
          List.of("envelope")));
    }

    /** The text from token {@code first} to the end. */
    private Optional<RewrittenText> rest(int first) {
      if (first >= tokens.size()) {
        return Optional.empty();
      }
      return Optional.of(RewrittenText.of(text, List.of(new TextEdit(0, tokens.get(first).offset(), "")),
          List.of("envelope")));
    }

    /** {@code SELECT cols FROM name} made up from the table name at {@code [first, end)} and a column list. */
    private RewrittenText selectFrom(int first, int end, String columns) {
      return RewrittenText.of(text, List.of(
          new TextEdit(0, tokens.get(first).offset(), "SELECT " + columns + " FROM "),
          new TextEdit(tokens.get(end - 1).end(), text.length(), "")), List.of("envelope"));
    }

    private static Envelope export(String target, Optional<RewrittenText> inner, boolean synthesized) {
      return new Envelope(Optional.of(StatementKind.EXPORT), target, "", inner, synthesized);
    }

    private Envelope load(int first, int end) {
      return new Envelope(Optional.of(StatementKind.INSERT), "", TableNames.normalise(source(first, end)),
          Optional.empty(), false);
    }

    Optional<Envelope> copy() {
      if (at(1).is("into")) {
        return copyInto();
      }
      if (at(1).is('(')) {
        int close = TokenScan.closing(tokens, 1);
        int to = close + 1;
        if (close < 0 || !at(to).is("to")) {
          return Optional.empty();
        }
        return Optional.of(export(target(to + 1, to + 2), between(1, close), false));
      }
      int end = nameEnd(1);
      if (end == 1) {
        return Optional.empty();
      }
      int next = end;
      String columns = "*";
      if (at(next).is('(')) {
        int close = TokenScan.closing(tokens, next);
        if (close < 0) {
          return Optional.empty();
        }
        columns = close > next + 1 ? source(next + 1, close) : "*";
        next = close + 1;
      }
      if (at(next).is("to")) {
        return Optional.of(export(target(next + 1, next + 2), Optional.of(selectFrom(1, end, columns)), true));
      }
      return at(next).is("from") ? Optional.of(load(1, end)) : Optional.empty();
    }

    /** Snowflake's {@code COPY INTO location FROM (query)|table} (export) or {@code COPY INTO table FROM …} (load). */
    private Optional<Envelope> copyInto() {
      SqlToken into = at(2);
      boolean location = into.kind() == SqlToken.Kind.STRING
          || into.kind() == SqlToken.Kind.WORD && into.text().startsWith("@");
      int from = TokenScan.topLevelWord(tokens, 2, "from");
      if (from < 0) {
        return Optional.empty();
      }
      if (!location) {
        int end = nameEnd(2);
        return end == 2 ? Optional.empty() : Optional.of(load(2, end));
      }
      String target = target(2, from);
      if (at(from + 1).is('(')) {
        int close = TokenScan.closing(tokens, from + 1);
        return close < 0 ? Optional.empty() : Optional.of(export(target, between(from + 1, close), false));
      }
      int end = nameEnd(from + 1);
      if (end == from + 1 || at(from + 1).text().startsWith("@")) {
        return Optional.empty(); // a stage copied to a stage (COPY FILES-like): no table involved
      }
      return Optional.of(export(target, Optional.of(selectFrom(from + 1, end, "*")), true));
    }

    /** Redshift's {@code UNLOAD ('query') TO 's3://…' …}: the query is a string literal. */
    Optional<Envelope> unload() {
      SqlToken literal = at(2);
      if (!at(1).is('(') || literal.kind() != SqlToken.Kind.STRING || !literal.text().startsWith("'")
          || !at(3).is(')')) {
        return Optional.empty();
      }
      int to = 4;
      String target = at(to).is("to") ? target(to + 1, to + 2) : "";
      List<TextEdit> edits = new ArrayList<>();
      int start = literal.offset();
      int end = literal.end();
      edits.add(new TextEdit(0, start + 1, ""));
      for (int j = start + 1; j < end - 2; j++) {
        if (text.charAt(j) == '\'' && text.charAt(j + 1) == '\'') {
          edits.add(new TextEdit(j, j + 1, ""));
          j++;
        }
      }
      edits.add(new TextEdit(end - 1, text.length(), ""));
      return Optional.of(export(target, Optional.of(RewrittenText.of(text, edits, List.of("envelope"))), false));
    }

    /** BigQuery's {@code EXPORT DATA [WITH CONNECTION c] OPTIONS (uri = '…', …) AS query}. */
    Optional<Envelope> exportData() {
      if (!at(1).is("data")) {
        return Optional.empty();
      }
      int as = TokenScan.topLevelWord(tokens, 2, "as");
      if (as < 0) {
        return Optional.empty();
      }
      String uri = "";
      for (int i = 2; i + 2 < as; i++) {
        if (at(i).is("uri") && at(i + 1).is('=') && at(i + 2).kind() == SqlToken.Kind.STRING) {
          uri = unquote(at(i + 2).text());
          break;
        }
      }
      return Optional.of(export(uri, rest(as + 1), false));
    }

    /** BigQuery's {@code LOAD DATA [OVERWRITE|INTO] t …}. */
    Optional<Envelope> loadData() {
      if (!at(1).is("data")) {
        return Optional.empty();
      }
      int i = at(2).is("overwrite") || at(2).is("into") ? 3 : 2;
      if (at(i).is("temp") || at(i).is("temporary")) {
        return Optional.empty();
      }
      int end = nameEnd(i);
      return end == i ? Optional.empty() : Optional.of(load(i, end));
    }

    /** {@code EXPLAIN ANALYZE [VERBOSE] statement}, {@code EXPLAIN (ANALYZE [true|on], …) statement}. */
    Optional<Envelope> explainAnalyze() {
      int i = 1;
      if (at(i).is("analyze") || at(i).is("analyse")) {
        i++;
        while (at(i).is("verbose")) {
          i++;
        }
      } else if (at(i).is('(')) {
        int close = TokenScan.closing(tokens, i);
        if (close < 0 || !analyzes(i + 1, close)) {
          return Optional.empty();
        }
        i = close + 1;
      } else {
        return Optional.empty();
      }
      return rest(i).map(inner -> new Envelope(Optional.empty(), "", "", Optional.of(inner), false));
    }

    /** Whether the EXPLAIN options in {@code [from, to)} turn ANALYZE on. */
    private boolean analyzes(int from, int to) {
      for (int i = from; i < to; i++) {
        if (at(i).is("analyze") || at(i).is("analyse")) {
          SqlToken value = at(i + 1);
          return !(value.is("false") || value.is("off") || value.is("0") || value.text().equals("0"));
        }
      }
      return false;
    }
  }

  /** {@code 's3://b/x'} → {@code s3://b/x}, with {@code ''} read as a quote. */
  static String unquote(String literal) {
    if (literal.length() >= 2 && literal.charAt(0) == '\'' && literal.endsWith("'")) {
      return literal.substring(1, literal.length() - 1).replace("''", "'");
    }
    return literal;
  }
}
