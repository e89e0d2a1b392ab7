package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A source column of an output column, and how it gets there.
 *
 * @param table the normalised table name ({@code sales.orders_v1}); {@code ""} when the column could
 *     not be attributed to any table in scope (see {@link Lineage#issues()})
 * @param column the column name, lower-case; {@code *} for an unresolved star; {@code ""} for the
 *     rows of the table as a whole ({@link Flow#ROWS})
 * @param flow how it reaches the output
 * @param masked whether it passes through a masking, hashing or encryption function on the way
 * @param ambiguous whether this is one of several candidates: an unqualified column that more than one
 *     relation in scope may hold, each candidate one source marked ambiguous (and an issue); at most
 *     one of them is the real source
 */
public record ColumnSource(String table, String column, Flow flow, boolean masked, boolean ambiguous) {
  public ColumnSource {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(flow, "flow");
  }

  /** A source attributed to its table with certainty. */
  public ColumnSource(String table, String column, Flow flow, boolean masked) {
    this(table, column, flow, masked, false);
  }

  /** The dependence on the rows of {@code table}, not on any of its columns ({@code COUNT(*)}). */
  public static ColumnSource rows(String table) {
    return new ColumnSource(table, "", Flow.ROWS, false, false);
  }

  /** The same source with another flow and masking, still as (un)ambiguous as it was. */
  public ColumnSource with(Flow newFlow, boolean newMasked) {
    return new ColumnSource(table, column, newFlow, newMasked, ambiguous);
  }

  /** The same source as one of several candidates. */
  public ColumnSource asCandidate() {
    return ambiguous ? this : new ColumnSource(table, column, flow, masked, true);
  }

  /** True when the source names a table with certainty: not ambiguous, not unattributed. */
  public boolean isCertain() {
    return !ambiguous && !table.isEmpty();
  }
}
