package dev.meshgovernance.api.model;

/**
 * How a source column reaches an output column. The first three are <em>direct</em> lineage (the
 * value flows), the others <em>indirect</em> (the column only decides which rows or in what order).
 * They map onto OpenLineage's column-lineage transformations: {@code DIRECT} is DIRECT/IDENTITY,
 * {@code EXPRESSION} DIRECT/TRANSFORMATION, {@code AGGREGATE} DIRECT/AGGREGATION, and each indirect
 * flow INDIRECT with the subtype of the same name, except {@link #ROWS}, which names no column and so
 * has no OpenLineage input field (the table is among the job's input datasets).
 */
public enum Flow {
  /** Copied, maybe renamed or cast. */
  DIRECT,
  /** Computed from the source, e.g. {@code price * quantity}, {@code lower(name)}. */
  EXPRESSION,
  /** Aggregated, e.g. {@code sum(amount)}, {@code count(x)}. */
  AGGREGATE,
  /** Used in WHERE, HAVING or QUALIFY. */
  FILTER,
  /** Used in a join condition or USING list. */
  JOIN,
  /** Used in GROUP BY. */
  GROUP_BY,
  /** Used in ORDER BY. */
  SORT,
  /** Used in a window's PARTITION BY or ORDER BY. */
  WINDOW,
  /** Used in the condition of a CASE or IF. */
  CONDITIONAL,
  /**
   * The rows of the table, not any of its columns: {@code COUNT(*)}, an aggregate that reads no column
   * ({@code SUM(1)}), {@code HAVING COUNT(*) > 1}. The source's column is {@code ""}.
   */
  ROWS;

  /** True for the flows where the value itself reaches the output. */
  public boolean isDirect() {
    return this == DIRECT || this == EXPRESSION || this == AGGREGATE;
  }
}
