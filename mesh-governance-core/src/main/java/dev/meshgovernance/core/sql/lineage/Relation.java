package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A relation a query reads rows from, as lineage sees it: a base table, a CTE, a derived table, a
 * table function (UNNEST), VALUES, or the result of a query.
 *
 * @param name the name the query refers to it by (alias, else table or CTE name; {@code ""} for a result)
 * @param table the base table's normalised name, {@code ""} when not a base table
 * @param columns its known columns with their lineage, in order (may hold {@code *} columns: unresolved stars)
 * @param open whether it may have columns beyond {@code columns} (unknown schema, unresolved star)
 * @param openSources the sources of any such other column, {@code *} standing for the column's name
 * @param rows what decides its rows: the rows ({@link ColumnSource#rows}) of the base tables it is built from
 * @param elements when its rows are the elements of an array (UNNEST, explode, FLATTEN), the sources of
 *     any field of an element ({@code item.sku} of {@code UNNEST(o.items) AS item}): the array's; else empty
 */
record Relation(String name, String table, List<ColumnLineage> columns, boolean open,
    List<ColumnSource> openSources, List<ColumnSource> rows, List<ColumnSource> elements) {

  static final String STAR = "*";

  Relation {
    columns = List.copyOf(columns);
    openSources = List.copyOf(openSources);
    rows = List.copyOf(rows);
    elements = List.copyOf(elements);
  }

  /** A relation whose rows are no array's elements. */
  Relation(String name, String table, List<ColumnLineage> columns, boolean open, List<ColumnSource> openSources,
      List<ColumnSource> rows) {
    this(name, table, columns, open, openSources, rows, List.of());
  }

  /** A base table, with its columns when known. */
  static Relation table(String table, String alias, Optional<List<String>> known) {
    ColumnSource star = new ColumnSource(table, STAR, Flow.DIRECT, false);
    List<ColumnLineage> columns = new ArrayList<>();
    known.ifPresent(names -> names.forEach(
        c -> columns.add(new ColumnLineage(c, List.of(new ColumnSource(table, c, Flow.DIRECT, false))))));
    return new Relation(alias.isEmpty() ? table : alias, table, columns, known.isEmpty(), List.of(star),
        List.of(ColumnSource.rows(table)));
  }

  /** The result of a query: open when one of its columns is an unresolved star. */
  static Relation result(List<ColumnLineage> columns, List<ColumnSource> rows) {
    Set<ColumnSource> open = new LinkedHashSet<>();
    columns.stream().filter(c -> c.column().equals(STAR)).forEach(c -> open.addAll(c.sources()));
    return new Relation("", "", columns, !open.isEmpty(), List.copyOf(open), rows);
  }

  /** Whether a column of that name is among the known ones. */
  boolean knows(String column) {
    for (int i = 0; i < columns.size(); i++) { // no stream, no iterator: runs for every unqualified column
      if (columns.get(i).column().equals(column)) {
        return true;
      }
    }
    return false;
  }

  /** The sources of column {@code column}; empty when it is neither known nor possible. */
  Optional<List<ColumnSource>> column(String column) {
    for (ColumnLineage c : columns) {
      if (c.column().equals(column)) {
        return Optional.of(c.sources());
      }
    }
    if (!open) {
      return Optional.empty();
    }
    List<ColumnSource> sources = new ArrayList<>();
    for (ColumnSource s : openSources) {
      sources.add(s.column().equals(STAR) ? new ColumnSource(s.table(), column, s.flow(), s.masked(), s.ambiguous()) : s);
    }
    return Optional.of(sources);
  }

  /** Its columns as {@code SELECT *} returns them: the known ones, then an unresolved star if open. */
  List<ColumnLineage> star() {
    if (!open || columns.stream().anyMatch(c -> c.column().equals(STAR))) {
      return columns;
    }
    List<ColumnLineage> all = new ArrayList<>(columns);
    all.add(new ColumnLineage(STAR, openSources.stream().filter(s -> s.column().equals(STAR)).toList()));
    return all;
  }

  /** The same relation under another name. */
  Relation named(String newName) {
    return new Relation(newName, table, columns, open, openSources, rows, elements);
  }

  /** The same relation with its columns renamed positionally; extra names are ignored, missing ones keep theirs. */
  Relation renamed(List<String> names) {
    if (names.isEmpty()) {
      return this;
    }
    List<ColumnLineage> renamed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnLineage c = columns.get(i);
      renamed.add(i < names.size() && !c.column().equals(STAR) ? new ColumnLineage(names.get(i), c.sources()) : c);
    }
    return new Relation(name, table, renamed, open, openSources, rows, elements);
  }
}
