package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.OracleNamedFunctionParameter;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralView;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;

/**
 * The relations of a FROM clause, added to the block's scope in order so that a later item
 * (LATERAL, UNNEST of an earlier item's column) sees the earlier ones; and the JOIN conditions,
 * USING lists and NATURAL joins, whose columns are indirect JOIN sources.
 */
final class FromWalker {

  /** Snowflake FLATTEN's output columns that hold the input's elements, and those computed from it. */
  private static final List<String> FLATTEN_ELEMENTS = List.of("value", "this");
  private static final List<String> FLATTEN_COMPUTED = List.of("key", "path", "index");

  private final Walk walk;

  FromWalker(Walk walk) {
    this.walk = walk;
  }

  /** Adds the relation(s) of a FROM item to {@code scope}. */
  void add(FromItem item, Scope scope) {
    if (item instanceof ParenthesedFromItem nested) {
      // (a JOIN b ON …): its relations stay visible by their own names
      add(nested.getFromItem(), scope);
      if (nested.getJoins() != null) {
        nested.getJoins().forEach(j -> join(j, scope));
      }
      return;
    }
    scope.add(relation(item, scope));
  }

  /** Adds a join's right item, then records its ON, USING or NATURAL columns as JOIN sources. */
  void join(Join join, Scope scope) {
    List<Relation> left = scope.relations();
    FromItem right = join.getRightItem() != null ? join.getRightItem() : join.getFromItem();
    if (right == null) {
      return;
    }
    add(right, scope);
    List<Relation> all = scope.relations();
    List<Relation> added = all.subList(left.size(), all.size());
    if (join.getOnExpressions() != null) {
      for (Expression on : join.getOnExpressions()) {
        walk.indirect(walk.sources(on, scope, Flow.JOIN));
      }
    }
    List<String> using = new ArrayList<>();
    if (join.getUsingColumns() != null) {
      join.getUsingColumns().forEach(c -> using.add(Names.identifier(c.getColumnName())));
    }
    if (join.isNatural()) {
      using.addAll(naturalColumns(left, added));
    }
    for (String column : using) {
      Set<ColumnSource> sides = new LinkedHashSet<>();
      sides.addAll(side(column, left, scope));
      sides.addAll(side(column, added, scope));
      scope.merge(column, List.copyOf(sides));
      walk.indirect(sides.stream().map(s -> Flows.through(s, Flow.DIRECT, Flow.JOIN, false)).toList());
    }
  }

  /** The sources of a USING column on one side of a join: a merged column, else the one relation holding it. */
  private List<ColumnSource> side(String column, List<Relation> relations, Scope scope) {
    if (scope.isMerged(column) && relations.size() > 1) {
      return scope.mergedSources(column);
    }
    List<Relation> holding = relations.stream().filter(r -> r.knows(column)).toList();
    if (holding.isEmpty()) {
      holding = relations.stream().filter(Relation::open).toList();
    }
    if (holding.size() == 1) {
      return holding.get(0).column(column).orElse(List.of());
    }
    walk.issue("USING column " + column + (holding.isEmpty() ? " is in no relation on one side of the join"
        : " is ambiguous on one side of the join"));
    Set<ColumnSource> candidates = new LinkedHashSet<>();
    holding.forEach(r -> r.column(column).ifPresent(sources -> sources.forEach(c -> candidates.add(c.asCandidate()))));
    return candidates.isEmpty() ? List.of(new ColumnSource("", column, Flow.DIRECT, false)) : List.copyOf(candidates);
  }

  private List<String> naturalColumns(List<Relation> left, List<Relation> right) {
    if (left.stream().anyMatch(Relation::open) || right.stream().anyMatch(Relation::open)) {
      walk.issue("NATURAL JOIN over relations whose columns are unknown: its join columns are not known");
    }
    Set<String> common = new LinkedHashSet<>();
    for (Relation r : right) {
      for (ColumnLineage c : r.columns()) {
        if (left.stream().anyMatch(l -> l.knows(c.column()))) {
          common.add(c.column());
        }
      }
    }
    return List.copyOf(common);
  }

  /** Hive's {@code LATERAL VIEW explode(x) t AS c}. */
  void lateralView(LateralView view, Scope scope) {
    String name = Names.alias(view.getTableAlias());
    List<String> columns = new ArrayList<>(Names.aliasColumns(view.getColumnAlias()));
    if (columns.isEmpty() && view.getColumnAlias() != null) {
      columns.add(Names.alias(view.getColumnAlias()));
    }
    scope.add(tableFunction(view.getGeneratorFunction(), name, columns, scope));
  }

  private Relation relation(FromItem item, Scope scope) {
    Alias alias = item.getAlias();
    String name = Names.alias(alias);
    if (item.getPivot() != null || item.getUnPivot() != null) {
      walk.unanalysed("PIVOT/UNPIVOT of " + item + " is not analysed: its columns are those before pivoting");
    }
    if (item instanceof Table table) {
      return table(table, name, scope);
    }
    if (item instanceof ParenthesedSelect select) {
      return walk.query(select, scope, scope.ctes()).renamed(Names.aliasColumns(alias)).named(name);
    }
    if (item instanceof TableFunction function) {
      List<String> columns = new ArrayList<>(Names.aliasColumns(alias));
      return tableFunction(function.getFunction(), name, columns, scope);
    }
    if (item instanceof Values values) {
      return walk.queries().values(values, scope, scope.ctes()).renamed(Names.aliasColumns(alias)).named(name);
    }
    walk.unanalysed("unsupported FROM item " + item.getClass().getSimpleName() + ": its columns are unknown");
    return new Relation(name, "", List.of(), true, List.of(), List.of());
  }

  /** A CTE when an unqualified name matches one in force, else a base table with its known columns. */
  private Relation table(Table table, String alias, Scope scope) {
    String name = Names.table(table);
    if (name.indexOf('.') < 0) {
      Optional<Relation> cte = Ctes.lookup(scope.ctes(), name, walk);
      if (cte.isPresent()) {
        return cte.get().named(alias.isEmpty() ? name : alias);
      }
    }
    return Relation.table(name, alias, walk.columnsOf(name));
  }

  /**
   * A table function. UNNEST-like functions of one argument copy its elements: one column (named by
   * the alias's column list, else the alias, as BigQuery's {@code UNNEST(x) AS y}) with the argument's
   * sources, and any field of an element ({@code y.sku}) has them too. Snowflake's FLATTEN (argument
   * {@code input =>}) has the columns VALUE and THIS (the elements), KEY, PATH, INDEX (computed from
   * them) and SEQ. Other functions compute their columns from their arguments: known only when the
   * alias lists them. Their rows come from the tables their arguments read.
   */
  private Relation tableFunction(Function function, String alias, List<String> columns, Scope scope) {
    if (function == null) {
      return new Relation(alias, "", List.of(), true, List.of(), List.of());
    }
    String fname = FunctionKinds.lastPart(FunctionKinds.name(function.getName()));
    boolean flatten = fname.equals("flatten");
    List<Expression> arguments = arguments(function, flatten);
    boolean unnesting = FunctionKinds.isUnnesting(fname) && arguments.size() == 1;
    List<ColumnSource> sources = new ArrayList<>();
    for (Expression argument : arguments) {
      Flow flow = unnesting && argument instanceof Column ? Flow.DIRECT : Flow.EXPRESSION;
      walk.sources(argument, scope, Flow.DIRECT).forEach(s -> sources.add(Flows.through(s, flow, null, false)));
    }
    Set<ColumnSource> rows = new LinkedHashSet<>();
    sources.stream().filter(s -> !s.table().isEmpty()).forEach(s -> rows.add(ColumnSource.rows(s.table())));
    String name = alias.isEmpty() ? fname : alias;
    List<ColumnSource> elements = unnesting ? sources : List.of();
    if (flatten && unnesting && columns.isEmpty()) {
      List<ColumnSource> computed = sources.stream().map(s -> Flows.through(s, Flow.EXPRESSION, null, false)).toList();
      List<ColumnLineage> known = new ArrayList<>();
      known.add(new ColumnLineage("seq", List.of()));
      FLATTEN_COMPUTED.forEach(c -> known.add(new ColumnLineage(c, computed)));
      FLATTEN_ELEMENTS.forEach(c -> known.add(new ColumnLineage(c, sources)));
      return new Relation(name, "", known, false, List.of(), List.copyOf(rows), List.of());
    }
    if (columns.isEmpty() && unnesting) {
      columns.add(name);
    }
    List<ColumnLineage> known = columns.stream().map(c -> new ColumnLineage(c, sources)).toList();
    return new Relation(name, "", known, columns.isEmpty(), sources, List.copyOf(rows), elements);
  }

  /**
   * A table function's arguments, named ones ({@code input => x}) as their values; FLATTEN's is the
   * one named {@code input}, else its first.
   */
  private static List<Expression> arguments(Function function, boolean flatten) {
    List<Expression> arguments = new ArrayList<>();
    if (function.getParameters() != null) {
      for (Expression parameter : function.getParameters()) {
        if (parameter instanceof OracleNamedFunctionParameter named) {
          if (flatten && named.getName() != null && named.getName().equalsIgnoreCase("input")) {
            return List.of(named.getExpression());
          }
          arguments.add(named.getExpression());
        } else {
          arguments.add(parameter);
        }
      }
    }
    NamedExpressionList<?> named = function.getNamedParameters();
    if (named != null && named.getNames() != null) {
      for (int i = 0; i < named.getNames().size() && i < named.size(); i++) {
        if (flatten && "input".equalsIgnoreCase(named.getNames().get(i))) {
          return List.of(named.get(i));
        }
        arguments.add(named.get(i));
      }
    }
    return flatten && !arguments.isEmpty() ? arguments.subList(0, 1) : arguments;
  }
}
