package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.piped.FromQuery;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;

/**
 * The lineage of a query block: a plain SELECT (FROM, select list, WHERE, GROUP BY, HAVING, QUALIFY,
 * ORDER BY), a set operation (column {@code i} gets the sources of column {@code i} of every
 * branch), a parenthesised query and VALUES. Its result is a {@link Relation}; the indirect sources
 * and issues it meets go to the {@link Walk}.
 */
final class QueryWalker {

  private final Walk walk;

  QueryWalker(Walk walk) {
    this.walk = walk;
  }

  /** Use {@link Walk#query}, which bounds the depth. */
  Relation evaluate(Select select, Scope outer, Ctes outerCtes) {
    Ctes ctes = Ctes.declare(outerCtes, select.getWithItemsList());
    if (select instanceof PlainSelect plain) {
      return plain(plain, outer, ctes);
    }
    if (select instanceof SetOperationList set) {
      return setOperation(set, outer, ctes);
    }
    if (select instanceof ParenthesedSelect parenthesed && parenthesed.getSelect() != null) {
      Relation inner = walk.query(parenthesed.getSelect(), outer, ctes);
      orderBy(parenthesed.getOrderByElements(), inner.columns(), outputScope(inner, outer, ctes));
      return Relation.result(inner.columns(), inner.rows());
    }
    if (select instanceof Values values) {
      return values(values, outer, ctes);
    }
    if (select instanceof FromQuery from) {
      return fromQuery(from, outer, ctes);
    }
    walk.unanalysed("unsupported query form " + select.getClass().getSimpleName() + ": its columns are unknown");
    return Relation.result(List.of(), List.of());
  }

  private Relation plain(PlainSelect select, Scope outer, Ctes ctes) {
    Scope scope = new Scope(outer, ctes);
    if (select.getWindowDefinitions() != null) {
      select.getWindowDefinitions().forEach(w -> scope.window(w.getWindowName(), w));
    }
    if (select.getFromItem() != null) {
      walk.from().add(select.getFromItem(), scope);
    }
    if (select.getJoins() != null) {
      for (Join join : select.getJoins()) {
        walk.from().join(join, scope);
      }
    }
    if (select.getLateralViews() != null) {
      select.getLateralViews().forEach(view -> walk.from().lateralView(view, scope));
    }
    List<ColumnLineage> outputs = new ArrayList<>();
    if (select.getSelectItems() == null || select.getSelectItems().isEmpty()) {
      // BigQuery pipe syntax: a query that is only FROM … returns every column
      outputs.addAll(expanded(scope.relations(), scope, List.of()));
    } else {
      for (SelectItem<?> item : select.getSelectItems()) {
        List<ColumnLineage> produced = selectItem(item, outputs.size() + 1, scope);
        produced.forEach(o -> scope.output(o.column(), o.sources()));
        outputs.addAll(produced);
      }
    }
    filter(select.getPreWhere(), scope);
    filter(select.getWhere(), scope);
    groupBy(select.getGroupBy(), outputs, scope);
    filter(select.getHaving(), scope);
    filter(select.getQualify(), scope);
    if (select.getOracleHierarchical() != null) {
      filter(select.getOracleHierarchical().getStartExpression(), scope);
      filter(select.getOracleHierarchical().getConnectExpression(), scope);
    }
    if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null) {
      select.getDistinct().getOnSelectItems().forEach(i -> walk.indirect(walk.sources(i.getExpression(), scope, Flow.GROUP_BY)));
    }
    if (select.getPivot() != null || select.getFromItem() != null && select.getFromItem().getPivot() != null) {
      walk.unanalysed("PIVOT is not analysed: the lineage of the pivoted columns is incomplete");
    }
    orderBy(select.getOrderByElements(), outputs, scope);
    return Relation.result(outputs, scope.rows());
  }

  private List<ColumnLineage> selectItem(SelectItem<?> item, int position, Scope scope) {
    Expression expression = item.getExpression();
    if (expression instanceof AllTableColumns tableColumns) {
      String qualifier = Names.table(tableColumns.getTable());
      var relation = scope.relation(qualifier);
      if (relation.isPresent()) {
        return expanded(List.of(relation.get()), scope, List.of());
      }
      walk.issue(qualifier + ".* names no relation in scope");
      return List.of(new ColumnLineage(Relation.STAR, List.of()));
    }
    if (expression instanceof AllColumns all) {
      List<String> except = all.getExceptColumns() == null ? List.of() : Names.columns(all.getExceptColumns());
      if (all.getReplaceExpressions() != null && !all.getReplaceExpressions().isEmpty()) {
        walk.issue("SELECT * REPLACE is not analysed: replaced columns keep the star's lineage");
      }
      return expanded(scope.relations(), scope, except);
    }
    if (walk.assignmentAliases() && item.getAlias() == null && expression instanceof EqualsTo assignment) {
      String alias = assignedName(assignment.getLeftExpression());
      if (!alias.isEmpty()) {
        return List.of(new ColumnLineage(alias, walk.sources(assignment.getRightExpression(), scope, Flow.DIRECT)));
      }
    }
    String name = Names.output(item, position);
    return List.of(new ColumnLineage(name, walk.sources(expression, scope, Flow.DIRECT)));
  }

  /** The name T-SQL's {@code name = expression} gives a column: an unqualified identifier or a string. */
  private static String assignedName(Expression left) {
    if (left instanceof Column column && Names.qualifier(column).isEmpty()) {
      return Names.identifier(column.getColumnName());
    }
    if (left instanceof StringValue string) {
      return Names.identifier(string.getValue());
    }
    return "";
  }

  /** The columns of a star over {@code relations}, USING columns once, unresolved stars as {@code *} with an issue. */
  private List<ColumnLineage> expanded(List<Relation> relations, Scope scope, List<String> except) {
    List<ColumnLineage> columns = new ArrayList<>();
    Set<String> mergedDone = new LinkedHashSet<>();
    for (Relation relation : relations) {
      for (ColumnLineage column : relation.star()) {
        if (except.contains(column.column())) {
          continue;
        }
        if (column.column().equals(Relation.STAR)) {
          if (relation.columns().stream().noneMatch(c -> c.column().equals(Relation.STAR))) {
            walk.issue("SELECT * over " + (relation.table().isEmpty() ? relation.name() : relation.table())
                + ": its columns are unknown, recorded as an unresolved star");
          }
          columns.add(column);
        } else if (scope.isMerged(column.column()) && relations.size() > 1) {
          if (mergedDone.add(column.column())) {
            columns.add(new ColumnLineage(column.column(), scope.mergedSources(column.column())));
          }
        } else {
          columns.add(column);
        }
      }
    }
    return columns;
  }

  private void filter(Expression condition, Scope scope) {
    if (condition != null) {
      walk.indirect(walk.sources(condition, scope, Flow.FILTER));
    }
  }

  /** GROUP BY: ordinals and output aliases (when no input column has the name) mean output columns. */
  private void groupBy(GroupByElement groupBy, List<ColumnLineage> outputs, Scope scope) {
    if (groupBy == null) {
      return;
    }
    List<Expression> expressions = new ArrayList<>();
    if (groupBy.getGroupByExpressionList() != null) {
      expressions.addAll(groupBy.getGroupByExpressionList());
    }
    if (groupBy.getGroupingSets() != null) {
      for (ExpressionList<Expression> set : groupBy.getGroupingSets()) {
        expressions.addAll(set);
      }
    }
    for (Expression expression : expressions) {
      walk.indirect(byOutput(expression, outputs, scope, Flow.GROUP_BY, false));
    }
  }

  /** ORDER BY: ordinals and output names first, then input columns. */
  private void orderBy(List<OrderByElement> orderBy, List<ColumnLineage> outputs, Scope scope) {
    if (orderBy == null) {
      return;
    }
    for (OrderByElement element : orderBy) {
      walk.indirect(byOutput(element.getExpression(), outputs, scope, Flow.SORT, true));
    }
  }

  private List<ColumnSource> byOutput(Expression expression, List<ColumnLineage> outputs, Scope scope, Flow flow,
      boolean outputsFirst) {
    if (expression instanceof LongValue ordinal) {
      long i = ordinal.getValue();
      if (i >= 1 && i <= outputs.size()) {
        return as(flow, outputs.get((int) i - 1).sources());
      }
      walk.issue(flow.name().replace('_', ' ') + " position " + i + " is not an output column");
      return List.of();
    }
    if (expression instanceof Column column && Names.qualifier(column).isEmpty()) {
      String name = Names.identifier(column.getColumnName());
      boolean input = scope.isMerged(name) || scope.relations().stream().anyMatch(r -> r.knows(name));
      if (outputsFirst || !input) {
        for (ColumnLineage output : outputs) {
          if (output.column().equals(name)) {
            return as(flow, output.sources());
          }
        }
      }
    }
    return walk.sources(expression, scope, flow);
  }

  private static List<ColumnSource> as(Flow flow, List<ColumnSource> sources) {
    return sources.stream().map(s -> Flows.through(s, Flow.DIRECT, flow, false)).distinct().toList();
  }

  private Relation setOperation(SetOperationList set, Scope outer, Ctes ctes) {
    List<Select> branches = set.getSelects() == null ? List.of() : set.getSelects();
    List<Relation> results = new ArrayList<>();
    for (Select branch : branches) {
      results.add(walk.query(branch, outer, ctes));
    }
    if (results.isEmpty()) {
      return Relation.result(List.of(), List.of());
    }
    List<ColumnLineage> first = results.get(0).columns();
    List<Set<ColumnSource>> sources = new ArrayList<>();
    first.forEach(c -> sources.add(new LinkedHashSet<>(c.sources())));
    Set<ColumnSource> rows = new LinkedHashSet<>();
    for (Relation result : results) {
      rows.addAll(result.rows());
      if (result.columns().size() != first.size()
          || result.columns().stream().anyMatch(c -> c.column().equals(Relation.STAR))) {
        walk.issue("set operation branches differ in width or hold an unresolved star:"
            + " columns are matched by position as far as they go");
      }
      for (int i = 0; i < Math.min(first.size(), result.columns().size()); i++) {
        sources.get(i).addAll(result.columns().get(i).sources());
      }
    }
    List<ColumnLineage> columns = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      columns.add(new ColumnLineage(first.get(i).column(), List.copyOf(sources.get(i))));
    }
    Relation result = Relation.result(columns, List.copyOf(rows));
    orderBy(set.getOrderByElements(), columns, outputScope(result, outer, ctes));
    return result;
  }

  /** A scope where a result's columns are visible by name, for the ORDER BY of a set operation. */
  private static Scope outputScope(Relation result, Scope outer, Ctes ctes) {
    Scope scope = new Scope(outer, ctes);
    scope.add(result);
    return scope;
  }

  /**
   * BigQuery pipe syntax {@code FROM t |> …}: the FROM part returns every column of its relations;
   * pipe operators after it are not analysed (an issue says so).
   */
  private Relation fromQuery(FromQuery from, Scope outer, Ctes ctes) {
    Scope scope = new Scope(outer, ctes);
    if (from.getFromItem() != null) {
      walk.from().add(from.getFromItem(), scope);
    }
    if (from.getJoins() != null) {
      from.getJoins().forEach(j -> walk.from().join(j, scope));
    }
    if (from.getPipeOperators() != null && !from.getPipeOperators().isEmpty()) {
      walk.unanalysed("pipe operators (|>) are not analysed: the lineage is that of the FROM part");
    }
    return Relation.result(expanded(scope.relations(), scope, List.of()), scope.rows());
  }

  /** VALUES rows: column {@code i} (named {@code _col<i>}) gets the sources of every row's value {@code i}. */
  Relation values(Values values, Scope outer, Ctes ctes) {
    Scope scope = new Scope(outer, ctes);
    List<Set<ColumnSource>> columns = new ArrayList<>();
    ExpressionList<?> rows = values.getExpressions();
    if (rows != null) {
      for (Expression row : rows) {
        List<? extends Expression> cells = row instanceof ExpressionList<?> list ? list : List.of(row);
        for (int i = 0; i < cells.size(); i++) {
          if (columns.size() <= i) {
            columns.add(new LinkedHashSet<>());
          }
          columns.get(i).addAll(walk.sources(cells.get(i), scope, Flow.DIRECT));
        }
      }
    }
    List<ColumnLineage> result = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      result.add(new ColumnLineage(Names.unnamed(i + 1), List.copyOf(columns.get(i))));
    }
    return Relation.result(result, List.of());
  }
}
