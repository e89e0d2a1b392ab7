package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * T-SQL execution hints, which tell SQL Server how to run a statement and never what it reads,
 * writes or computes: table hints {@code WITH (NOLOCK)}, {@code WITH (INDEX = ix, FORCESEEK)} after a
 * table or alias, and query hints {@code OPTION (HASH GROUP, FAST 10)} at the top level of the
 * statement. Both are removed. A {@code WITH (…)} is a table hint only when every item in it starts
 * with a table-hint keyword (so {@code OPENJSON(…) WITH (col type)} is left alone).
 */
final class TsqlHintsRewrite implements Rewrite {

  /** The keywords that start a T-SQL table hint. */
  private static final Set<String> TABLE_HINTS = Set.of(
      "nolock", "readuncommitted", "readcommitted", "readcommittedlock", "repeatableread", "serializable",
      "snapshot", "tablock", "tablockx", "paglock", "rowlock", "updlock", "xlock", "holdlock", "nowait",
      "readpast", "noexpand", "index", "forceseek", "forcescan", "keepidentity", "keepdefaults",
      "ignore_constraints", "ignore_triggers", "spatial_window_max_cells");

  @Override
  public String name() {
    return "tsql-hints";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (i > 0 && TokenScan.isSymbol(tokens, i + 1, '(')
          && (token.is("with") && tokens.get(i - 1).isName() && onlyTableHints(tokens, i + 1)
              || token.is("option") && depth == 0 && !tokens.get(i - 1).is('.'))) {
        int close = TokenScan.closing(tokens, i + 1);
        if (close > 0) {
          edits.add(TokenScan.remove(tokens, i, close));
          i = close;
        }
      }
    }
    return edits;
  }

  /** Whether each comma-separated item of the parenthesis at {@code open} starts with a table-hint keyword. */
  private static boolean onlyTableHints(List<SqlToken> tokens, int open) {
    int close = TokenScan.closing(tokens, open);
    if (close < 0 || close == open + 1) {
      return false;
    }
    boolean itemStart = true;
    int depth = 0;
    for (int i = open + 1; i < close; i++) {
      SqlToken token = tokens.get(i);
      if (itemStart && !(token.kind() == SqlToken.Kind.WORD && TABLE_HINTS.contains(token.lower()))) {
        return false;
      }
      itemStart = false;
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (depth == 0 && token.is(',')) {
        itemStart = true;
      }
    }
    return true;
  }
}
