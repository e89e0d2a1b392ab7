package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeInsert;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * The output columns of each kind of statement: a query's result; the columns INSERT, UPSERT,
 * CREATE TABLE AS and CREATE VIEW write (named by their column lists, else the target's known
 * columns, else the query's names); the columns UPDATE and MERGE set (several assignments of one
 * column merge their sources). DELETE has no output columns, only its filter. Other statements
 * produce no lineage.
 */
final class StatementWalker {

  private final Walk walk;

  StatementWalker(Walk walk) {
    this.walk = walk;
  }

  List<ColumnLineage> outputs(Statement statement) {
    if (statement instanceof Select select) {
      return walk.query(select, null, null).columns();
    }
    if (statement instanceof Insert insert) {
      return insert(insert);
    }
    if (statement instanceof Upsert upsert) {
      return written(upsert.getTable(), Names.columns(upsert.getColumns()), upsert.getSelect(), null);
    }
    if (statement instanceof CreateTable create && create.getSelect() != null) {
      List<String> names = create.getColumnDefinitions() == null ? List.of()
          : create.getColumnDefinitions().stream().map(ColumnDefinition::getColumnName).map(Names::identifier).toList();
      return written(create.getTable(), names, create.getSelect(), null);
    }
    if (statement instanceof CreateView view && view.getSelect() != null) {
      return written(view.getView(), Names.columns(view.getColumnNames()), view.getSelect(), null);
    }
    if (statement instanceof AlterView view && view.getSelect() != null) {
      List<String> names = view.getColumnNames() == null ? List.of()
          : view.getColumnNames().stream().map(Names::identifier).toList();
      return written(view.getView(), names, view.getSelect(), null);
    }
    if (statement instanceof Update update) {
      return update(update);
    }
    if (statement instanceof Merge merge) {
      return merge(merge);
    }
    if (statement instanceof Delete delete) {
      delete(delete);
    }
    return List.of();
  }

  private List<ColumnLineage> insert(Insert insert) {
    Ctes ctes = Ctes.declare(null, insert.getWithItemsList());
    if (insert.getDuplicateUpdateSets() != null || insert.getConflictAction() != null) {
      walk.unanalysed("ON DUPLICATE KEY UPDATE / ON CONFLICT DO UPDATE is not analysed");
    }
    if (insert.getSelect() == null) {
      if (insert.getSetUpdateSets() != null) {
        Scope scope = new Scope(null, ctes);
        Map<String, Set<ColumnSource>> columns = new LinkedHashMap<>();
        insert.getSetUpdateSets().forEach(set -> assign(set, scope, columns));
        return toColumns(columns);
      }
      return List.of();
    }
    return written(insert.getTable(), Names.columns(insert.getColumns()), insert.getSelect(), ctes);
  }

  /** The target's columns, named by {@code names}, else its known columns, else the query's, filled from the query by position. */
  private List<ColumnLineage> written(Table target, List<String> names, Select select, Ctes ctes) {
    List<ColumnLineage> produced = walk.query(select, null, ctes).columns();
    List<String> targetNames = names;
    if (targetNames.isEmpty()) {
      targetNames = walk.columnsOf(Names.table(target)).orElse(List.of());
    }
    if (targetNames.isEmpty()) {
      return produced;
    }
    if (produced.stream().anyMatch(c -> c.column().equals(Relation.STAR))) {
      walk.issue("the query writing " + Names.table(target)
          + " has an unresolved star: its columns cannot be matched to the target's by position");
      return produced;
    }
    if (produced.size() != targetNames.size()) {
      walk.issue("the query writing " + Names.table(target) + " yields " + produced.size()
          + " columns for " + targetNames.size() + " target columns: matched by position as far as they go");
    }
    List<ColumnLineage> columns = new ArrayList<>();
    for (int i = 0; i < Math.min(produced.size(), targetNames.size()); i++) {
      columns.add(new ColumnLineage(targetNames.get(i), produced.get(i).sources()));
    }
    return columns;
  }

  private List<ColumnLineage> update(Update update) {
    Scope scope = new Scope(null, Ctes.declare(null, update.getWithItemsList()));
    if (update.getTable() != null && !namesFromItem(update)) {
      walk.from().add(update.getTable(), scope);
    }
    joins(update.getStartJoins(), scope);
    if (update.getFromItem() != null) {
      walk.from().add(update.getFromItem(), scope);
    }
    joins(update.getJoins(), scope);
    Map<String, Set<ColumnSource>> columns = new LinkedHashMap<>();
    if (update.getUpdateSets() != null) {
      update.getUpdateSets().forEach(set -> assign(set, scope, columns));
    }
    filter(update.getWhere(), scope);
    if (update.getOrderByElements() != null) {
      update.getOrderByElements().forEach(o -> walk.indirect(walk.sources(o.getExpression(), scope, Flow.SORT)));
    }
    return toColumns(columns);
  }

  /**
   * Whether the UPDATE's target is one of its FROM items: T-SQL's {@code UPDATE t … FROM tab1 t JOIN …}
   * (by alias) or {@code UPDATE tab1 … FROM tab1 JOIN …} (by name); that item is then the target's relation.
   */
  private static boolean namesFromItem(Update update) {
    Table target = update.getTable();
    if (target.getAlias() != null || update.getFromItem() == null) {
      return false;
    }
    String name = Names.table(target);
    List<FromItem> items = new ArrayList<>();
    items.add(update.getFromItem());
    if (update.getJoins() != null) {
      update.getJoins().forEach(j -> items.add(j.getRightItem()));
    }
    for (FromItem item : items) {
      String alias = Names.alias(item.getAlias());
      if (name.equals(alias) || (alias.isEmpty() && item instanceof Table table && name.equals(Names.table(table)))) {
        return true;
      }
    }
    return false;
  }

  private void joins(List<Join> joins, Scope scope) {
    if (joins != null) {
      joins.forEach(j -> walk.from().join(j, scope));
    }
  }

  /** {@code SET a = x, (b, c) = (y, z)} or {@code (b, c) = (SELECT …)}. */
  private void assign(UpdateSet set, Scope scope, Map<String, Set<ColumnSource>> columns) {
    List<String> names = Names.columns(set.getColumns());
    List<Expression> values = set.getValues() == null ? List.of() : new ArrayList<>(set.getValues());
    if (values.size() == 1 && names.size() > 1 && values.get(0) instanceof Select select) {
      List<ColumnLineage> produced = walk.query(select, scope, scope.ctes()).columns();
      for (int i = 0; i < Math.min(names.size(), produced.size()); i++) {
        columns.computeIfAbsent(names.get(i), k -> new LinkedHashSet<>()).addAll(produced.get(i).sources());
      }
      return;
    }
    if (values.size() == 1 && names.size() > 1 && values.get(0) instanceof ExpressionList<?> row) {
      values = new ArrayList<>(row);
    }
    if (values.size() != names.size()) {
      walk.issue("SET of " + names + " has " + values.size() + " values: matched by position as far as they go");
    }
    for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
      columns.computeIfAbsent(names.get(i), k -> new LinkedHashSet<>())
          .addAll(walk.sources(values.get(i), scope, Flow.DIRECT));
    }
  }

  private List<ColumnLineage> merge(Merge merge) {
    Scope scope = new Scope(null, Ctes.declare(null, merge.getWithItemsList()));
    if (merge.getTable() != null) {
      walk.from().add(merge.getTable(), scope);
    }
    if (merge.getFromItem() != null) {
      walk.from().add(merge.getFromItem(), scope);
    } else if (merge.getUsingTable() != null) {
      walk.from().add(merge.getUsingTable(), scope);
    }
    if (merge.getOnCondition() != null) {
      walk.indirect(walk.sources(merge.getOnCondition(), scope, Flow.JOIN));
    }
    Map<String, Set<ColumnSource>> columns = new LinkedHashMap<>();
    List<MergeOperation> operations = merge.getOperations() == null ? List.of() : merge.getOperations();
    for (MergeOperation operation : operations) {
      if (operation instanceof MergeUpdate update) {
        filter(update.getAndPredicate(), scope);
        filter(update.getWhereCondition(), scope);
        filter(update.getDeleteWhereCondition(), scope);
        if (update.getUpdateSets() != null) {
          update.getUpdateSets().forEach(set -> assign(set, scope, columns));
        }
      } else if (operation instanceof MergeInsert insert) {
        filter(insert.getAndPredicate(), scope);
        filter(insert.getWhereCondition(), scope);
        List<String> names = Names.columns(insert.getColumns());
        if (names.isEmpty()) {
          names = walk.columnsOf(Names.table(merge.getTable())).orElse(List.of());
        }
        List<Expression> values = insert.getValues() == null ? List.of() : new ArrayList<>(insert.getValues());
        if (names.size() != values.size()) {
          walk.issue("MERGE INSERT of " + values.size() + " values into " + names.size()
              + " known columns: matched by position as far as they go");
        }
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
          columns.computeIfAbsent(names.get(i), k -> new LinkedHashSet<>())
              .addAll(walk.sources(values.get(i), scope, Flow.DIRECT));
        }
      } else if (operation instanceof MergeDelete delete) {
        filter(delete.getAndPredicate(), scope);
      }
    }
    return toColumns(columns);
  }

  private void delete(Delete delete) {
    Scope scope = new Scope(null, Ctes.declare(null, delete.getWithItemsList()));
    if (delete.getTable() != null) {
      walk.from().add(delete.getTable(), scope);
    }
    if (delete.getUsingFromItemList() != null) {
      delete.getUsingFromItemList().forEach(item -> walk.from().add(item, scope));
    }
    joins(delete.getJoins(), scope);
    filter(delete.getWhere(), scope);
  }

  private void filter(Expression condition, Scope scope) {
    if (condition != null) {
      walk.indirect(walk.sources(condition, scope, Flow.FILTER));
    }
  }

  private static List<ColumnLineage> toColumns(Map<String, Set<ColumnSource>> columns) {
    List<ColumnLineage> result = new ArrayList<>();
    columns.forEach((name, sources) -> result.add(new ColumnLineage(name, List.copyOf(sources))));
    return result;
  }
}
