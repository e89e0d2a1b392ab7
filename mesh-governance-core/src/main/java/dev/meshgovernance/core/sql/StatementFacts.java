package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayList;
import java.util.List;
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
import net.sf.jsqlparser.statement.select.Select;
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
 */
record StatementFacts(StatementKind kind, String targetTable, List<String> tablesRead, boolean selectStar) {

  StatementFacts {
    tablesRead = List.copyOf(tablesRead);
  }

  static StatementFacts of(Statement statement) {
    if (statement instanceof Select select) {
      return reading(StatementKind.SELECT, null, select);
    }
    if (statement instanceof Insert insert) {
      return reading(StatementKind.INSERT, insert.getTable(), insert);
    }
    if (statement instanceof Upsert upsert) {
      return reading(StatementKind.INSERT, upsert.getTable(), upsert);
    }
    if (statement instanceof Update update) {
      StatementFacts facts = reading(StatementKind.UPDATE, update.getTable(), update);
      Table written = updated(update);
      return written == update.getTable() ? facts
          : new StatementFacts(facts.kind(), TableNames.of(written), facts.tablesRead(), facts.selectStar());
    }
    if (statement instanceof Delete delete) {
      return reading(StatementKind.DELETE, delete.getTable(), delete);
    }
    if (statement instanceof Merge merge) {
      return reading(StatementKind.MERGE, merge.getTable(), merge);
    }
    if (statement instanceof CreateTable create) {
      return create.getSelect() == null
          ? new StatementFacts(StatementKind.CREATE_TABLE, "", List.of(), false)
          : reading(StatementKind.CREATE_TABLE_AS, create.getTable(), create.getSelect());
    }
    if (statement instanceof CreateView view) {
      return reading(StatementKind.CREATE_VIEW, view.getView(), view.getSelect());
    }
    if (statement instanceof AlterView view) {
      return reading(StatementKind.CREATE_VIEW, view.getView(), view.getSelect());
    }
    if (statement instanceof Drop) {
      return new StatementFacts(StatementKind.DROP, "", List.of(), false);
    }
    return new StatementFacts(StatementKind.OTHER, "", List.of(), false);
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

  /** Facts of a statement writing {@code target} (or nothing) and reading what {@code reader} walks. */
  private static StatementFacts reading(StatementKind kind, Table target, Statement reader) {
    List<Table> written = target == null ? List.of() : List.of(target);
    TableReadCollector.Reads reads = reader == null
        ? new TableReadCollector.Reads(List.of(), false)
        : TableReadCollector.collect(reader, written);
    return new StatementFacts(kind, target == null ? "" : TableNames.of(target), reads.tables(), reads.selectStar());
  }
}
