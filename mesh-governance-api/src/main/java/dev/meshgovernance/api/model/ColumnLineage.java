package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Objects;

/**
 * Where one output column of a statement comes from.
 *
 * @param column the output column's name, lower-case ({@code *} for a star that could not be expanded)
 * @param sources its source columns, each with its flow; a column computed from constants has none
 */
public record ColumnLineage(String column, List<ColumnSource> sources) {
  public ColumnLineage {
    Objects.requireNonNull(column, "column");
    sources = List.copyOf(sources);
  }
}
