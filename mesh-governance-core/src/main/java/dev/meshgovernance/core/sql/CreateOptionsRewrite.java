package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Storage, distribution and metadata clauses of CREATE TABLE … AS and CREATE VIEW, between the name
 * (and its column list) and the {@code AS} of the query: Synapse and Trino {@code WITH (DISTRIBUTION =
 * HASH(id), HEAP)}, T-SQL view attributes {@code WITH SCHEMABINDING}, BigQuery {@code OPTIONS (…)},
 * {@code PARTITION BY}, {@code CLUSTER BY}, Redshift {@code BACKUP NO}, {@code DISTSTYLE ALL},
 * {@code DISTKEY (c)}, {@code [COMPOUND|INTERLEAVED] SORTKEY (…)}, {@code AUTO REFRESH YES}, external
 * tables' {@code PARTITIONED BY}, {@code ROW FORMAT …}, {@code STORED AS}, {@code LOCATION},
 * {@code TABLE PROPERTIES}, Snowflake {@code TARGET_LAG = '1 minute'}, {@code WAREHOUSE = wh},
 * {@code COMMENT = '…'}, {@code COPY GRANTS}, {@code WITH TAG (…)}, {@code WITH CONTACT (…)},
 * {@code REQUIRE USER}, {@code EXECUTE AS USER u [USE SECONDARY ROLES …]} (whose privileges refreshes
 * of a dynamic table run with, as a view runs with its owner's), PostgreSQL {@code USING heap}, {@code TABLESPACE ts}, {@code WITHOUT OIDS},
 * Spark's {@code WITH SCHEMA EVOLUTION}. They say where and how the rows
 * are stored or refreshed, never which rows or columns: the whole run of clauses is removed, and only
 * when every clause in it is one of these (so a masking or row-access policy, which changes what is
 * read, keeps the statement as it is).
 */
final class CreateOptionsRewrite implements Rewrite {

  /** Words that start one of the clauses, ending the expression list of a PARTITION BY or CLUSTER BY. */
  private static final Set<String> CLAUSE_STARTS = Set.of(
      "with", "options", "partition", "partitioned", "cluster", "clustered", "row", "stored", "location",
      "table", "tblproperties", "comment", "copy", "backup", "diststyle", "distkey", "sortkey", "compound",
      "interleaved", "auto", "tag", "using", "tablespace", "without", "require", "execute", "use");
  /** Spark's schema binding modes of a view: {@code WITH SCHEMA BINDING|COMPENSATION|[TYPE] EVOLUTION}. */
  private static final Set<String> SCHEMA_MODES = Set.of("binding", "compensation", "evolution");
  /** T-SQL view attributes. */
  private static final Set<String> VIEW_ATTRIBUTES = Set.of("schemabinding", "view_metadata", "encryption");
  /** Words that may stand between CREATE and TABLE or VIEW. */
  private static final Set<String> MODIFIERS = Set.of(
      "or", "replace", "alter", "temp", "temporary", "global", "local", "transient", "volatile", "secure",
      "materialized", "external", "dynamic", "iceberg", "recursive", "if", "not", "exists");

  @Override
  public String name() {
    return "create-options";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).is("create")) {
      return List.of();
    }
    int i = 1;
    while (i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD
        && MODIFIERS.contains(tokens.get(i).lower())) {
      i++;
    }
    if (!TokenScan.isWord(tokens, i, "table") && !TokenScan.isWord(tokens, i, "view")) {
      return List.of();
    }
    i++;
    if (TokenScan.isWord(tokens, i, "if")) {
      i += 3;
    }
    i = afterName(tokens, i);
    boolean columns = TokenScan.isSymbol(tokens, i, '(');
    if (columns) {
      int close = TokenScan.closing(tokens, i);
      if (close < 0) {
        return List.of();
      }
      i = close + 1;
    }
    List<TextEdit> edits = new ArrayList<>();
    int start = i;
    while (i < tokens.size() && !startsQuery(tokens, i)) {
      if (!columns && TokenScan.isSymbol(tokens, i, '(') && i > start) {
        // Snowflake also takes the column list after the clauses: CREATE VIEW v COMMENT = 'c' (a, b) AS …
        edits.add(TokenScan.remove(tokens, start, i - 1));
        columns = true;
        i = TokenScan.closing(tokens, i) + 1;
        if (i <= 0) {
          return List.of();
        }
        start = i;
        continue;
      }
      int next = afterClause(tokens, i);
      if (next <= i) {
        return List.of();
      }
      i = next;
    }
    if (i >= tokens.size()) {
      return List.of();
    }
    if (i > start) {
      edits.add(TokenScan.remove(tokens, start, i - 1));
    }
    return edits;
  }

  /** The index after a dotted name starting at {@code i}. */
  private static int afterName(List<SqlToken> tokens, int i) {
    int at = i;
    while (at < tokens.size() && tokens.get(at).isName()) {
      at++;
      if (!TokenScan.isSymbol(tokens, at, '.')) {
        return at;
      }
      at++;
    }
    return at;
  }

  /** Whether token {@code i} is the AS before the query: followed by SELECT, WITH, VALUES, FROM or a parenthesis. */
  private static boolean startsQuery(List<SqlToken> tokens, int i) {
    if (!tokens.get(i).is("as")) {
      return false;
    }
    int k = i + 1;
    while (TokenScan.isSymbol(tokens, k, '(')) {
      k++;
    }
    return k < tokens.size() && (tokens.get(k).is("select") || tokens.get(k).is("with")
        || tokens.get(k).is("values") || tokens.get(k).is("from"));
  }

  /** The index after the clause starting at {@code i}, or {@code i} when it is none of those removed. */
  private static int afterClause(List<SqlToken> tokens, int i) {
    SqlToken token = tokens.get(i);
    String word = token.kind() == SqlToken.Kind.WORD ? token.lower() : "";
    return switch (word) {
      case "with" -> afterWith(tokens, i + 1, i);
      case "options", "tblproperties", "distkey", "sortkey", "tag" -> afterParenthesis(tokens, i + 1, i);
      case "compound", "interleaved" -> TokenScan.isWord(tokens, i + 1, "sortkey")
          ? afterParenthesis(tokens, i + 2, i) : i;
      case "partition", "cluster", "partitioned", "clustered" -> TokenScan.isWord(tokens, i + 1, "by")
          ? afterList(tokens, i + 2) : i;
      case "backup", "diststyle", "location", "using", "tablespace" -> i + 2 <= tokens.size() ? i + 2 : i;
      case "without" -> TokenScan.isWord(tokens, i + 1, "oids") ? i + 2 : i;
      case "require" -> TokenScan.isWord(tokens, i + 1, "user") ? i + 2 : i;
      case "execute" -> TokenScan.isWord(tokens, i + 1, "as") && TokenScan.isWord(tokens, i + 2, "user")
          && i + 3 < tokens.size() && tokens.get(i + 3).isName() ? i + 4 : i;
      case "use" -> afterSecondaryRoles(tokens, i);
      case "auto" -> TokenScan.isWord(tokens, i + 1, "refresh") ? i + 3 : i;
      case "stored" -> TokenScan.isWord(tokens, i + 1, "as") ? i + 3 : i;
      case "copy" -> TokenScan.isWord(tokens, i + 1, "grants") || TokenScan.isWord(tokens, i + 1, "tags") ? i + 2 : i;
      case "table" -> TokenScan.isWord(tokens, i + 1, "properties") ? afterParenthesis(tokens, i + 2, i) : i;
      case "row" -> TokenScan.isWord(tokens, i + 1, "format") ? afterList(tokens, i + 2) : i;
      case "comment" -> TokenScan.isSymbol(tokens, i + 1, '=') ? i + 3 : i + 2;
      case "" -> i;
      default -> TokenScan.isSymbol(tokens, i + 1, '=') && i + 2 < tokens.size()
          && !tokens.get(i + 2).is('(') ? i + 3 : i;
    };
  }

  /** After WITH: a parenthesised property list, view attributes, {@code TAG (…)}, {@code SERDEPROPERTIES (…)}. */
  private static int afterWith(List<SqlToken> tokens, int i, int none) {
    if (TokenScan.isSymbol(tokens, i, '(')) {
      return afterParenthesis(tokens, i, none);
    }
    if (TokenScan.isWord(tokens, i, "tag") || TokenScan.isWord(tokens, i, "serdeproperties")
        || TokenScan.isWord(tokens, i, "contact")) {
      return afterParenthesis(tokens, i + 1, none);
    }
    if (TokenScan.isWord(tokens, i, "schema")) {
      int mode = TokenScan.isWord(tokens, i + 1, "type") ? i + 2 : i + 1;
      return TokenScan.isOneOf(tokens, mode, SCHEMA_MODES) ? mode + 1 : none;
    }
    int at = i;
    while (at < tokens.size() && VIEW_ATTRIBUTES.contains(tokens.get(at).lower())) {
      at++;
      if (!TokenScan.isSymbol(tokens, at, ',')) {
        return at;
      }
      at++;
    }
    return none;
  }

  /** After Snowflake's {@code USE SECONDARY ROLES ALL | NONE | role [, role…]} at {@code i}; {@code i} when it is not. */
  private static int afterSecondaryRoles(List<SqlToken> tokens, int i) {
    if (!TokenScan.isWord(tokens, i + 1, "secondary") || !TokenScan.isWord(tokens, i + 2, "roles")
        || i + 3 >= tokens.size() || !tokens.get(i + 3).isName()) {
      return i;
    }
    int at = i + 4;
    while (TokenScan.isSymbol(tokens, at, ',') && at + 1 < tokens.size() && tokens.get(at + 1).isName()) {
      at += 2;
    }
    return at;
  }

  /** The index after the parenthesis opening at {@code open}, or {@code none} when there is none. */
  private static int afterParenthesis(List<SqlToken> tokens, int open, int none) {
    if (!TokenScan.isSymbol(tokens, open, '(')) {
      return none;
    }
    int close = TokenScan.closing(tokens, open);
    return close < 0 ? none : close + 1;
  }

  /** The index after the tokens from {@code from} up to the next clause or the query's AS, at depth 0. */
  private static int afterList(List<SqlToken> tokens, int from) {
    int i = from;
    while (i < tokens.size() && !startsQuery(tokens, i)) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        int close = TokenScan.closing(tokens, i);
        if (close < 0) {
          return from;
        }
        i = close + 1;
        continue;
      }
      if (i > from && token.kind() == SqlToken.Kind.WORD && CLAUSE_STARTS.contains(token.lower())) {
        break;
      }
      i++;
    }
    return i;
  }
}
