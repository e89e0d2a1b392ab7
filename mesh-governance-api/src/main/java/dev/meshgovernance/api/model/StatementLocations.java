package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parts of a SQL statement that rules point at are written, as spans of the file
 * ({@link Origin#hasEnd() with an end}): each reference to a table read, each {@code *} or {@code t.*}, and each
 * output column of the statement's top-level query. Known for statements that parsed; a statement read by the
 * tolerant fallback ({@link SqlStatement#approximate()}) has {@link #NONE}, and rules point at the statement.
 *
 * @param tables by normalised table name (as in {@link SqlStatement#tablesRead()}), where each reference to it is,
 *     in text order
 * @param stars where each {@code *} or {@code t.*} select item is, in text order ({@code COUNT(*)} is none)
 * @param columns the output columns of the top-level query (its select items; for a set operation, its first
 *     query's), in order
 */
public record StatementLocations(Map<String, List<Origin>> tables, List<Origin> stars, List<Column> columns) {

  /** Nothing known: rules point at the statement. */
  public static final StatementLocations NONE = new StatementLocations(Map.of(), List.of(), List.of());

  /**
   * One output column.
   *
   * @param name the column's name as the statement's lineage names it: the target's column for an INSERT with a
   *     column list, else the alias, the column's name, or {@code _col<n>}
   * @param origin where its select item is written
   */
  public record Column(String name, Origin origin) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
    }
  }

  public StatementLocations {
    Map<String, List<Origin>> copy = new LinkedHashMap<>();
    tables.forEach((table, origins) -> copy.put(table, List.copyOf(origins)));
    tables = Map.copyOf(copy);
    stars = List.copyOf(stars);
    columns = List.copyOf(columns);
  }

  /** Where {@code table} is first referred to, if known. */
  public Optional<Origin> table(String table) {
    List<Origin> origins = tables.getOrDefault(table, List.of());
    return origins.isEmpty() ? Optional.empty() : Optional.of(origins.get(0));
  }

  /** Where the first of {@code tables} to be written in the text is, if any of them is known. */
  public Optional<Origin> firstOf(List<String> names) {
    return names.stream().map(this::table).flatMap(Optional::stream).min(Origin::compareTo);
  }

  /**
   * Where the output column {@code name} is written: the column of that name (ignoring case), else — when
   * {@code count}, the number of output columns the lineage has, equals the number known here — the column at
   * {@code position} (0-based).
   */
  public Optional<Origin> column(String name, int position, int count) {
    for (Column column : columns) {
      if (column.name().equals(name)) {
        return Optional.of(column.origin());
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (Column column : columns) {
      if (column.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(column.origin());
      }
    }
    return count == columns.size() && position >= 0 && position < count && stars.isEmpty()
        ? Optional.of(columns.get(position).origin()) : Optional.empty();
  }
}
