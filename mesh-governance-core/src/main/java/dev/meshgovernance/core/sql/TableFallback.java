package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tolerant, token-level reading of a data-flow statement JSqlParser rejects, so that governance
 * is never blind: the names after FROM, JOIN, USING and (in a FROM list) commas are tables read; the
 * name after INSERT INTO, UPDATE, DELETE FROM, MERGE INTO, CREATE TABLE and CREATE VIEW is the table
 * written. Not tables: names of common table expressions (anywhere in the statement), names followed
 * by {@code (} in a read position (table functions such as {@code UNNEST(…)}), the FROM of
 * {@code EXTRACT(x FROM y)} and {@code IS DISTINCT FROM}, and {@code USING (columns)}. Subqueries
 * need no special case: their FROM is met in turn.
 *
 * <p>Approximate by nature: its result is never used for column lineage.
 */
final class TableFallback {

  /** Words that end a FROM list at their nesting level. */
  private static final Set<String> FROM_LIST_ENDS = Set.of(
      "where", "group", "order", "having", "limit", "union", "intersect", "except", "minus", "qualify",
      "window", "select", "set", "values", "returning", "when", "offset", "fetch", "pivot", "unpivot", "into", "connect", "start", "match_recognize", "lateral", "cluster", "distribute", "sort");
  /** Words that may precede the table name after a keyword and are skipped. */
  private static final Set<String> SKIPPED = Set.of(
      "only", "into", "overwrite", "table", "if", "not", "exists", "all", "first");
  /** Words between SELECT … INTO and the name of the table created. */
  private static final Set<String> LIFETIMES = Set.of("temp", "temporary", "unlogged");
  /** Words after WITH that do not start a list of common table expressions. */
  private static final Set<String> NOT_TABLES = Set.of(
      "select", "with", "values", "lateral", "unnest", "set", "where", "on", "using", "group", "order",
      "when", "then", "as");

  private final List<SqlToken> tokens;
  private final Set<String> cteNames = new HashSet<>();
  private final List<String> reads = new ArrayList<>();
  private final StatementKind kind;
  private String target = "";
  private boolean targetDone;
  private boolean complete = true;
  private boolean deleteSeen;

  private TableFallback(List<SqlToken> tokens, StatementKind kind) {
    this.tokens = tokens;
    this.kind = kind;
  }

  /** The tables a data-flow statement of {@code kind} reads and writes, from its tokens. */
  static TokenTables read(List<SqlToken> tokens, StatementKind kind) {
    TableFallback fallback = new TableFallback(tokens, kind);
    fallback.collectCteNames();
    fallback.scan();
    List<String> tables = fallback.reads.stream()
        .filter(name -> name.indexOf('.') >= 0 || !fallback.cteNames.contains(name)).toList();
    return new TokenTables(kind, fallback.target, tables, fallback.selectsStar(), fallback.complete);
  }

  /** {@code WITH [RECURSIVE] name [(columns)] AS [NOT] [MATERIALIZED] (…) [, …]}, wherever it is. */
  private void collectCteNames() {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).is("with")) {
        continue;
      }
      int j = i + 1;
      if (j < tokens.size() && tokens.get(j).is("recursive")) {
        j++;
      }
      while (j < tokens.size() && tokens.get(j).isName()) {
        String name = TableNames.normalise(tokens.get(j).text());
        j++;
        if (j < tokens.size() && tokens.get(j).is('(')) {
          j = afterGroup(j);
        }
        if (j >= tokens.size() || !tokens.get(j).is("as")) {
          break;
        }
        j++;
        while (j < tokens.size() && (tokens.get(j).is("not") || tokens.get(j).is("materialized"))) {
          j++;
        }
        if (j >= tokens.size() || !tokens.get(j).is('(')) {
          break;
        }
        cteNames.add(name);
        j = afterGroup(j);
        if (j >= tokens.size() || !tokens.get(j).is(',')) {
          break;
        }
        j++;
      }
    }
  }

  /** A {@code *} after SELECT, DISTINCT, a comma or a dot: {@code SELECT *}, {@code t.*}, not {@code COUNT(*)}. */
  private boolean selectsStar() {
    for (int i = 1; i < tokens.size(); i++) {
      SqlToken before = tokens.get(i - 1);
      if (tokens.get(i).is('*') && (before.is("select") || before.is("distinct") || before.is(',')
          || before.is('.') && before.end() == tokens.get(i).offset())) {
        return true;
      }
    }
    return false;
  }

  /** The index after the group of parentheses opening at {@code open}. */
  private int afterGroup(int open) {
    int close = TokenScan.closing(tokens, open);
    return close < 0 ? tokens.size() : close + 1;
  }

  /** One level of parentheses: whether it holds a query, and whether a FROM list is open in it. */
  private static final class Level {
    final boolean query;
    boolean fromList;

    Level(boolean query) {
      this.query = query;
    }
  }

  private void scan() {
    Deque<Level> levels = new ArrayDeque<>();
    levels.push(new Level(true));
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      Level level = levels.peek();
      if (token.is('(')) {
        levels.push(new Level(startsQuery(i + 1)));
      } else if (token.is(')')) {
        if (levels.size() > 1) {
          levels.pop();
        }
      } else if (token.is(',')) {
        if (level.fromList) {
          readAt(i + 1);
        }
      } else if (token.kind() == SqlToken.Kind.WORD) {
        word(i, token.lower(), level);
      }
    }
  }

  private void word(int i, String word, Level level) {
    switch (word) {
      case "from" -> {
        if (previousIs(i, "distinct") || previousIs(i, "system_time") || !level.query) {
          return;
        }
        if (kind == StatementKind.DELETE && deleteSeen && !targetDone) {
          writeAt(i + 1);
        } else {
          readAt(i + 1);
        }
        level.fromList = true;
      }
      case "join", "apply" -> {
        readAt(i + 1);
        level.fromList = true;
      }
      case "using" -> {
        // not USING (columns), ORDER BY a USING <, Spark's TRANSFORM … USING 'script', nor the storage
        // method of CREATE TABLE t USING heap AS …
        if (i + 1 < tokens.size() && tokens.get(i + 1).isName() && !storageMethod(i)) {
          readAt(i + 1);
          level.fromList = true;
        }
      }
      case "into" -> {
        if (kind == StatementKind.SELECT) {
          // SELECT … INTO [TEMP | TEMPORARY | UNLOGGED] [TABLE] t: JSqlParser lists t with the tables read
          boolean lifetime = i + 2 < tokens.size() && LIFETIMES.contains(tokens.get(i + 1).lower())
              && tokens.get(i + 2).isName() && !FROM_LIST_ENDS.contains(tokens.get(i + 2).lower())
              && !tokens.get(i + 2).is("from");
          readAt(lifetime ? i + 2 : i + 1);
        }
      }
      case "insert", "upsert" -> writesAfter(i, StatementKind.INSERT);
      case "merge" -> {
        if (kind == StatementKind.MERGE) {
          writesAfter(i, StatementKind.MERGE);
        }
      }
      case "update" -> {
        if (!nextIs(i, "set") && !previousIs(i, "for") && !previousIs(i, "do")) {
          writesAfter(i, StatementKind.UPDATE);
        }
      }
      case "delete" -> {
        // DELETE t WHERE …, or T-SQL DELETE t FROM t JOIN …, where the FROM names the table written
        deleteSeen = kind == StatementKind.DELETE;
        if (kind == StatementKind.DELETE && !targetDone && !nextIs(i, "from") && !fromFollows(i)) {
          writeAt(i + 1);
        }
      }
      case "table" -> {
        if (kind == StatementKind.CREATE_TABLE_AS && !targetDone) {
          writeAt(i + 1);
        } else if (tableQuery(i)) {
          readAt(i + 1); // the query TABLE t, which is SELECT * FROM t
        }
      }
      case "view" -> {
        if (kind == StatementKind.CREATE_VIEW && !targetDone && !previousIs(i, "lateral")) {
          writeAt(i + 1);
        }
      }
      default -> {
        if (FROM_LIST_ENDS.contains(word)) {
          level.fromList = false;
        }
      }
    }
  }

  /**
   * INSERT, UPDATE or MERGE at {@code i}: the table after it is written by a statement of that kind,
   * and read by a data-modifying CTE of another statement (as JSqlParser lists it).
   */
  private void writesAfter(int i, StatementKind writing) {
    if (nextIs(i, '(') || nextIs(i, "values") || nextIs(i, "row") || nextIs(i, "when") || nextIs(i, '*')) {
      return; // MERGE's WHEN NOT MATCHED THEN INSERT (…) VALUES …
    }
    if (kind == writing && !targetDone) {
      writeAt(i + 1);
    } else if (kind != writing) {
      readAt(i + 1);
    }
  }

  /** Whether the USING at {@code i} names the storage method of a CREATE, before the AS of its query. */
  private boolean storageMethod(int i) {
    return (kind == StatementKind.CREATE_TABLE_AS || kind == StatementKind.CREATE_VIEW)
        && tokens.subList(0, i).stream().noneMatch(t -> t.is("as"));
  }

  /**
   * Whether the TABLE at {@code i} is the query {@code TABLE t}: after the AS of a CREATE, or after
   * the target (and column list) of an INSERT.
   */
  private boolean tableQuery(int i) {
    if (i == 0 || !targetDone) {
      return false;
    }
    SqlToken before = tokens.get(i - 1);
    return before.is("as") && kind == StatementKind.CREATE_TABLE_AS
        || kind == StatementKind.INSERT && (before.isName() || before.is(')')) && !before.is("into")
            && !before.is("overwrite");
  }

  /** Whether a FROM follows the DELETE at {@code i} at the same nesting level. */
  private boolean fromFollows(int i) {
    int at = TokenScan.firstAtTopLevel(tokens, i + 1, j -> tokens.get(j).is("from"));
    return at < tokens.size() && tokens.get(at).is("from");
  }

  /** Whether the tokens from {@code i} start a query: SELECT, WITH, VALUES or another {@code (}. */
  private boolean startsQuery(int i) {
    if (i >= tokens.size()) {
      return false;
    }
    SqlToken token = tokens.get(i);
    return token.is('(') || token.is("select") || token.is("with") || token.is("values") || token.is("from")
        || token.is("table");
  }

  private boolean previousIs(int i, String word) {
    return i > 0 && tokens.get(i - 1).is(word);
  }

  private boolean nextIs(int i, String word) {
    return i + 1 < tokens.size() && tokens.get(i + 1).is(word);
  }

  private boolean nextIs(int i, char symbol) {
    return i + 1 < tokens.size() && tokens.get(i + 1).is(symbol);
  }

  private void writeAt(int i) {
    int j = skipWords(i);
    String name = nameAt(j);
    targetDone = true;
    if (name == null) {
      complete = false;
    } else {
      target = name;
    }
  }

  private void readAt(int i) {
    int j = skipWords(i);
    while (j + 1 < tokens.size() && tokens.get(j).is('.')) {
      j++; // T-SQL's ..[#t]: the current database and schema
    }
    while (j < tokens.size() && tokens.get(j).is('(')) {
      j++;
    }
    if (j >= tokens.size()) {
      complete = false;
      return;
    }
    SqlToken first = tokens.get(j);
    if (first.kind() == SqlToken.Kind.WORD && (NOT_TABLES.contains(first.lower()) || first.is("table"))
        || first.is('(')) {
      return; // a subquery, LATERAL, UNNEST, TABLE(…): their own FROMs are met in turn
    }
    String name = nameAt(j);
    if (name == null) {
      complete = false;
    } else if (!nextIs(j + dotted(j), '(')) {
      reads.add(name);
    }
  }

  private int skipWords(int i) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).kind() == SqlToken.Kind.WORD && SKIPPED.contains(tokens.get(j).lower())
        && j + 1 < tokens.size() && tokens.get(j + 1).isName()) {
      j++;
    }
    return j;
  }

  /**
   * How many tokens after {@code i} continue the dotted name starting there ({@code db..t} included,
   * and BigQuery's unquoted hyphenated parts, {@code my-project.dataset.t}, written without blanks).
   */
  private int dotted(int i) {
    int last = afterHyphens(i);
    int j = last + 1;
    while (j < tokens.size() && tokens.get(j).is('.')) {
      while (j < tokens.size() && tokens.get(j).is('.')) {
        j++;
      }
      if (j >= tokens.size() || !tokens.get(j).isName()) {
        break;
      }
      last = afterHyphens(j);
      j = last + 1;
    }
    return last - i;
  }

  /** The index of the last token of the name part at {@code i} with its {@code -suffixes} written without blanks. */
  private int afterHyphens(int i) {
    int last = i;
    while (last + 2 < tokens.size() && tokens.get(last + 1).is('-') && touching(last) && touching(last + 1)
        && (tokens.get(last + 2).kind() == SqlToken.Kind.WORD || tokens.get(last + 2).kind() == SqlToken.Kind.NUMBER)) {
      last += 2;
    }
    return last;
  }

  private boolean touching(int i) {
    return tokens.get(i).end() == tokens.get(i + 1).offset();
  }

  /** The normalised (possibly qualified) name starting at {@code i}, or null if none starts there. */
  private String nameAt(int i) {
    if (i >= tokens.size() || !tokens.get(i).isName()) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int j = i; j <= i + dotted(i); j++) {
      name.append(tokens.get(j).text());
    }
    return TableNames.normalise(name.toString());
  }
}
