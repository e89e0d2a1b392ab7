package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A source column of an output column, and how it gets there.
 *
 * @param table the normalised table name ({@code sales.orders_v1}); {@code ""} when the column could
 *     not be attributed to one table (ambiguous or unknown; see {@link Lineage#issues()})
 * @param column the column name, lower-case; {@code *} for an unresolved star
 * @param flow how it reaches the output
 * @param masked whether it passes through a masking, hashing or encryption function on the way
 */
public record ColumnSource(String table, String column, Flow flow, boolean masked) {
  public ColumnSource {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(flow, "flow");
  }
}
