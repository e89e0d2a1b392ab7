package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;

/** How flows combine along a path from a source column to an output column. */
final class Flows {

  private Flows() {}

  /**
   * The source as seen through one more step. {@code override} (an indirect flow, or null) replaces
   * every flow: a column used in a filter is a filter, whatever it was computed from. Otherwise an
   * indirect flow stays what it is, and direct flows take the stronger of the two:
   * DIRECT &lt; EXPRESSION &lt; AGGREGATE. Masking and ambiguity stick, and so does ROWS: a count
   * used in a filter still depends on rows, not on a column.
   */
  static ColumnSource through(ColumnSource source, Flow base, Flow override, boolean masked) {
    boolean mask = masked || source.masked();
    if (source.flow() == Flow.ROWS) {
      return source;
    }
    if (override != null) {
      return source.with(override, mask);
    }
    Flow flow = source.flow().isDirect() ? stronger(base, source.flow()) : source.flow();
    return flow == source.flow() && mask == source.masked() ? source : source.with(flow, mask);
  }

  /** The stronger of two direct flows. */
  static Flow stronger(Flow a, Flow b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Flow flow) {
    return switch (flow) {
      case DIRECT -> 0;
      case EXPRESSION -> 1;
      default -> 2;
    };
  }
}
