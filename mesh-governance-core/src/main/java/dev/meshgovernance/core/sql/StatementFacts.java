package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * What governance rules need of a parsed statement.
 *
 * @param kind what it does
 * @param targetTable the normalised table it writes (INSERT, UPDATE, DELETE, MERGE, CREATE TABLE AS,
 *     CREATE/ALTER VIEW), {@code ""} otherwise
 * @param tablesRead the normalised tables it reads, CTEs excluded, sorted
 * @param selectStar whether it selects {@code *} or {@code t.*} anywhere
 * @param tableSpans by table read, where its references are written in the parsed text
 * @param starSpans where its {@code *} and {@code t.*} select items are written
 * @param columns the output columns of its top-level query, with where each select item is written
 */
record StatementFacts(StatementKind kind, String targetTable, List<String> tablesRead, boolean selectStar,
    Map<String, List<TextSpan>> tableSpans, List<TextSpan> starSpans, List<OutputColumn> columns) {

  /**
   * An output column of the top-level query.
   *
   * @param name the target's column for an INSERT with a column list, else the alias, the column's name or
   *     {@code _col<n>} (as the lineage names it)
   * @param span where its select item is, if the parser linked tokens to it
   */
  record OutputColumn(String name, Optional<TextSpan> span) {}

  StatementFacts {
    tablesRead = List.copyOf(tablesRead);
    tableSpans = Map.copyOf(tableSpans);
    starSpans = List.copyOf(starSpans);
    columns = List.copyOf(columns);
  }

  private StatementFacts(StatementKind kind) {
    this(kind, "", List.of(), false, Map.of(), List.of(), List.of());
  }

  static StatementFacts of(Statement statement) {
    if (statement instanceof Select select) {
      return reading(StatementKind.SELECT, null, select, select, List.of());
    }
    if (statement instanceof Insert insert) {
      return reading(StatementKind.INSERT, insert.getTable(), insert, insert.getSelect(),
          columnNames(insert.getColumns()));
    }
    if (statement instanceof Upsert upsert) {
      return reading(StatementKind.INSERT, upsert.getTable(), upsert, upsert.getSelect(),
          columnNames(upsert.getColumns()));
    }
    if (statement instanceof Update update) {
      StatementFacts facts = reading(StatementKind.UPDATE, update.getTable(), update, null, List.of());
      Table written = updated(update);
      return written == update.getTable() ? facts
          : new StatementFacts(facts.kind(), TableNames.of(written), facts.tablesRead(), facts.selectStar(),
              facts.tableSpans(), facts.starSpans(), facts.columns());
    }
    if (statement instanceof Delete delete) {
      return reading(StatementKind.DELETE, delete.getTable(), delete, null, List.of());
    }
    if (statement instanceof Merge merge) {
      return reading(StatementKind.MERGE, merge.getTable(), merge, null, List.of());
    }
    if (statement instanceof CreateTable create) {
      return create.getSelect() == null
          ? new StatementFacts(StatementKind.CREATE_TABLE)
          : reading(StatementKind.CREATE_TABLE_AS, create.getTable(), create.getSelect(), create.getSelect(),
              List.of());
    }
    if (statement instanceof CreateView view) {
      return reading(StatementKind.CREATE_VIEW, view.getView(), view.getSelect(), view.getSelect(),
          columnNames(view.getColumnNames()));
    }
    if (statement instanceof AlterView view) {
      return reading(StatementKind.CREATE_VIEW, view.getView(), view.getSelect(), view.getSelect(),
          names(view.getColumnNames() == null ? List.of() : view.getColumnNames()));
    }
    if (statement instanceof Drop) {
      return new StatementFacts(StatementKind.DROP);
    }
    return new StatementFacts(StatementKind.OTHER);
  }

  /**
   * The table an UPDATE writes. T-SQL's {@code UPDATE t SET … FROM tab1 t JOIN …} names the target by
   * the alias of a FROM item: the target is then that item's table.
   */
  static Table updated(Update update) {
    Table target = update.getTable();
    if (target == null || target.getAlias() != null || target.getSchemaName() != null) {
      return target;
    }
    List<FromItem> items = new ArrayList<>();
    items.add(update.getFromItem());
    if (update.getJoins() != null) {
      update.getJoins().forEach(j -> items.add(j.getRightItem()));
    }
    for (FromItem item : items) {
      if (item instanceof Table table && table.getAlias() != null && table.getAlias().getName() != null
          && TableNames.normalise(table.getAlias().getName()).equals(TableNames.normalise(target.getName()))) {
        return table;
      }
    }
    return target;
  }

  /**
   * Facts of a statement writing {@code target} (or nothing), reading what {@code reader} walks, whose output
   * columns are the select items of {@code query} (none when {@code null}), named {@code targetColumns} by position
   * when the statement names its target's columns.
   */
  private static StatementFacts reading(StatementKind kind, Table target, Statement reader, Select query,
      List<String> targetColumns) {
    List<Table> written = target == null ? List.of() : List.of(target);
    TableReadCollector.Reads reads = reader == null
        ? TableReadCollector.Reads.NONE
        : TableReadCollector.collect(reader, written);
    return new StatementFacts(kind, target == null ? "" : TableNames.of(target), reads.tables(), reads.selectStar(),
        reads.tableSpans(), reads.stars(), outputColumns(query, targetColumns));
  }

  /** The select items of the query's first plain select, named as the lineage names its output columns. */
  private static List<OutputColumn> outputColumns(Select query, List<String> targetColumns) {
    PlainSelect first = firstPlainSelect(query);
    if (first == null || first.getSelectItems() == null) {
      return List.of();
    }
    List<OutputColumn> columns = new ArrayList<>();
    List<SelectItem<?>> items = first.getSelectItems();
    for (int i = 0; i < items.size(); i++) {
      SelectItem<?> item = items.get(i);
      String name = i < targetColumns.size() ? targetColumns.get(i) : outputName(item, i + 1);
      columns.add(new OutputColumn(name, TextSpan.of(item)));
    }
    return columns;
  }

  private static PlainSelect firstPlainSelect(Select query) {
    Select select = query;
    for (int depth = 0; select != null && depth < 64; depth++) {
      if (select instanceof PlainSelect plain) {
        return plain;
      }
      if (select instanceof SetOperationList set) {
        select = set.getSelects() == null || set.getSelects().isEmpty() ? null : set.getSelects().get(0);
      } else if (select instanceof ParenthesedSelect parenthesed) {
        select = parenthesed.getSelect();
      } else {
        return null;
      }
    }
    return null;
  }

  private static String outputName(SelectItem<?> item, int position) {
    if (item.getAlias() != null && item.getAlias().getName() != null) {
      return TableNames.normalise(item.getAlias().getName());
    }
    if (item.getExpression() instanceof Column column && column.getColumnName() != null) {
      return TableNames.normalise(column.getColumnName());
    }
    return "_col" + position;
  }

  private static List<String> columnNames(List<Column> columns) {
    return columns == null ? List.of() : names(columns.stream().map(Column::getColumnName).toList());
  }

  private static List<String> names(List<String> names) {
    return names.stream().map(name -> name == null ? "" : TableNames.normalise(name)).toList();
  }
}
