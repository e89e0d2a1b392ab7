package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The column-level lineage of one SQL statement: for every output column its sources, plus the
 * columns used only to filter, join, group or order rows (indirect lineage that concerns every
 * output column).
 *
 * @param columns every output column, in output order
 * @param indirect columns that decide which rows or in what order, for the statement as a whole
 * @param issues what kept the lineage from being complete, e.g. an unresolved star or an ambiguous
 *     column; empty when complete
 * @param unanalysed the issues that mean part of the statement was not analysed at all (the walk
 *     failed, nesting beyond the limits, a construct the analysis does not follow): rules judged only
 *     the rest; a subset of {@code issues}, empty when the whole statement was walked
 */
public record Lineage(List<ColumnLineage> columns, List<ColumnSource> indirect, List<String> issues,
    List<String> unanalysed) {

  /** No lineage: the statement did not parse, or produces no columns. */
  public static final Lineage NONE = new Lineage(List.of(), List.of(), List.of());

  public Lineage {
    columns = List.copyOf(columns);
    indirect = List.copyOf(indirect);
    issues = List.copyOf(issues);
    unanalysed = List.copyOf(unanalysed);
  }

  /** A lineage whose whole statement was walked ({@link #unanalysed()} empty). */
  public Lineage(List<ColumnLineage> columns, List<ColumnSource> indirect, List<String> issues) {
    this(columns, indirect, issues, List.of());
  }

  /** The lineage of the output column of that name (case-insensitive). */
  public Optional<ColumnLineage> column(String name) {
    Objects.requireNonNull(name, "name");
    return columns.stream().filter(c -> c.column().equalsIgnoreCase(name)).findFirst();
  }
}
