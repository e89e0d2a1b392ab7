package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A GROUP BY that lists plain expressions before GROUPING SETS, {@code GROUP BY a, GROUPING SETS (b, ())},
 * which JSqlParser lacks: by the SQL standard each grouping set is combined with the plain expressions,
 * so it becomes {@code GROUP BY GROUPING SETS ((a, b), (a))}, the same groups. Only when the plain
 * expressions come first and one GROUPING SETS ends the list (no ROLLUP or CUBE in it).
 */
final class GroupingSetsRewrite implements Rewrite {

  /** Words that end a GROUP BY list at its level. */
  private static final Set<String> ENDS = Set.of(
      "having", "order", "limit", "qualify", "window", "union", "intersect", "except", "minus", "offset", "fetch");
  /** Words that start a grouping element this rewrite leaves alone. */
  private static final Set<String> GROUPINGS = Set.of("rollup", "cube", "grouping");

  @Override
  public String name() {
    return "grouping-sets";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("group") && tokens.get(i + 1).is("by")) {
        TextEdit edit = combined(tokens, i + 2);
        if (edit != null) {
          edits.add(edit);
        }
      }
    }
    return edits;
  }

  /** The edit for the GROUP BY list starting at {@code from}, or null when it has not the shape handled. */
  private static TextEdit combined(List<SqlToken> tokens, int from) {
    List<String> plain = new ArrayList<>();
    int start = from;
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (depth == 0 && i == start && TokenScan.isOneOf(tokens, i, GROUPINGS)) {
        if (!token.is("grouping") || !TokenScan.isWord(tokens, i + 1, "sets") || plain.isEmpty()
            || !TokenScan.isSymbol(tokens, i + 2, '(')) {
          return null;
        }
        return sets(tokens, from, i + 2, plain);
      }
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        if (--depth < 0) {
          return null;
        }
      } else if (depth == 0 && token.is(',')) {
        if (i == start) {
          return null;
        }
        plain.add(TokenScan.text(tokens, start, i - 1));
        start = i + 1;
      } else if (depth == 0 && (token.is(';') || TokenScan.isOneOf(tokens, i, ENDS))) {
        return null;
      }
    }
    return null;
  }

  /** {@code GROUPING SETS} of {@code plain} combined with each set of the parenthesis at {@code open}. */
  private static TextEdit sets(List<SqlToken> tokens, int from, int open, List<String> plain) {
    List<Integer> ends = TokenScan.items(tokens, open);
    if (ends.isEmpty()) {
      return null;
    }
    List<String> sets = new ArrayList<>();
    int start = open + 1;
    for (int end : ends) {
      if (end == start) {
        return null;
      }
      SqlToken first = tokens.get(start);
      boolean group = first.is('(') && TokenScan.closing(tokens, start) == end - 1;
      List<String> columns = new ArrayList<>(plain);
      String inner = group ? TokenScan.text(tokens, start + 1, end - 2) : TokenScan.text(tokens, start, end - 1);
      if (!inner.isEmpty()) {
        columns.add(inner);
      }
      sets.add("(" + String.join(", ", columns) + ")");
      start = end + 1;
    }
    int close = ends.get(ends.size() - 1);
    return new TextEdit(tokens.get(from).offset(), tokens.get(close).end(), "GROUPING SETS (" + String.join(", ", sets) + ")");
  }
}
