package dev.meshgovernance.core.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Spark's partitioning clauses at the end of a query. {@code DISTRIBUTE BY cols} only decides which
 * executor receives a row: it is removed. {@code SORT BY cols} sorts the rows within each partition and
 * {@code CLUSTER BY cols} is {@code DISTRIBUTE BY cols SORT BY cols}: both become {@code ORDER BY cols},
 * which JSqlParser reads and which gives the columns the same role (they order rows, a SORT flow in
 * the lineage) over the same rows. Only after a SELECT, so {@code CREATE TABLE … CLUSTER BY (c) AS}
 * (a storage clause, see {@link CreateOptionsRewrite}) is not touched, nor a window specification
 * ({@code OVER (DISTRIBUTE BY a SORT BY b)}), where they mean PARTITION BY and ORDER BY.
 */
final class SparkPartitioningRewrite implements Rewrite {

  /** Words that end the column list of a DISTRIBUTE BY at its depth. */
  private static final Set<String> LIST_ENDS = Set.of(
      "sort", "cluster", "order", "limit", "offset", "union", "intersect", "except", "minus", "window");

  /** Words that start a window specification. */
  private static final Set<String> WINDOW_STARTS = Set.of("distribute", "sort", "cluster", "partition", "order");

  @Override
  public String name() {
    return "spark-partitioning";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    boolean afterSelect = false;
    Deque<Boolean> windowSpecs = new ArrayDeque<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      afterSelect |= token.is("select");
      if (token.is('(')) {
        windowSpecs.push(windowSpecs.contains(true) || opensWindowSpec(tokens, i));
      } else if (token.is(')') && !windowSpecs.isEmpty()) {
        windowSpecs.pop();
      }
      if (!afterSelect || windowSpecs.contains(true) || !tokens.get(i + 1).is("by")
          || i > 0 && tokens.get(i - 1).is('.')) {
        continue;
      }
      if (token.is("sort") || token.is("cluster")) {
        edits.add(new TextEdit(token.offset(), token.end(), "ORDER"));
      } else if (token.is("distribute")) {
        int last = endOfList(tokens, i + 2);
        if (last > i + 1) {
          edits.add(TokenScan.remove(tokens, i, last));
          i = last;
        }
      }
    }
    return edits;
  }

  /**
   * Whether the parenthesis at {@code open} holds a window specification, where Spark's DISTRIBUTE BY
   * and SORT BY mean PARTITION BY and ORDER BY and are left alone.
   */
  private static boolean opensWindowSpec(List<SqlToken> tokens, int open) {
    return TokenScan.isWord(tokens, open - 1, "over") || WINDOW_STARTS.stream()
        .anyMatch(word -> TokenScan.isWord(tokens, open + 1, word));
  }

  /** The index of the last token of the expression list starting at {@code from}. */
  private static int endOfList(List<SqlToken> tokens, int from) {
    return TokenScan.lastBefore(tokens, from, i -> tokens.get(i).is(';')
        || tokens.get(i).kind() == SqlToken.Kind.WORD && LIST_ENDS.contains(tokens.get(i).lower()));
  }

}
