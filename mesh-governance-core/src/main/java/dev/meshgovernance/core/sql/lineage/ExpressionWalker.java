package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseAnd;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseOr;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseXor;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LambdaExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The source columns of one expression, each with its flow. It walks the expression with
 * JSqlParser's visitor (which reaches every operand) and keeps a small state: the flow of direct
 * sources so far ({@code base}: DIRECT for a bare column, a cast of one or a scalar subquery,
 * EXPRESSION inside any computation, AGGREGATE inside an aggregate function), an {@code override}
 * (the indirect flow every source takes: FILTER in a WHERE clause, CONDITIONAL in a CASE condition,
 * WINDOW in PARTITION BY…) and whether a masking function was passed. Subqueries are evaluated by
 * the query walker with the current scope as their enclosing scope. One instance per expression.
 */
final class ExpressionWalker extends ExpressionVisitorAdapter<Void> {

  /** The binary operators whose visit is only the walk of their two operands, flattened by {@link #visitBinaryExpression}. */
  private static final Set<Class<? extends BinaryExpression>> CHAINED = Set.of(AndExpression.class,
      OrExpression.class, XorExpression.class, Addition.class, Subtraction.class, Multiplication.class,
      Division.class, IntegerDivision.class, Modulo.class, Concat.class, BitwiseAnd.class, BitwiseOr.class,
      BitwiseXor.class, EqualsTo.class, NotEqualsTo.class, GreaterThan.class, GreaterThanEquals.class,
      MinorThan.class, MinorThanEquals.class);

  private final Walk walk;
  private final Scope scope;
  private final Set<ColumnSource> found = new LinkedHashSet<>();
  private final Set<String> lambdaNames = new HashSet<>();
  private Flow base;
  private Flow override;
  private boolean masked;
  private int references;

  private ExpressionWalker(Walk walk, Scope scope) {
    this.walk = walk;
    this.scope = scope;
  }

  /**
   * The sources of {@code expression} in {@code scope}. In a value context ({@code context} direct:
   * a select item, a SET value) flows are as computed; in an indirect context (FILTER, JOIN,
   * GROUP_BY, SORT…) every source takes that flow.
   */
  static List<ColumnSource> sources(Walk walk, Scope scope, Expression expression, Flow context) {
    if (expression == null) {
      return List.of();
    }
    ExpressionWalker walker = new ExpressionWalker(walk, scope);
    if (context.isDirect()) {
      walker.base = isBare(expression) ? Flow.DIRECT : Flow.EXPRESSION;
    } else {
      walker.base = Flow.EXPRESSION;
      walker.override = context;
    }
    walker.walk(expression);
    return List.copyOf(walker.found);
  }

  /** A column, a cast of one, a path into one, a scalar subquery, explode(column): what it yields is copied. */
  private static boolean isBare(Expression expression) {
    Expression e = expression;
    while (true) {
      if (e instanceof CastExpression cast) {
        e = cast.getLeftExpression();
      } else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
        e = list.get(0);
      } else if (e instanceof JsonExpression json && json.getExpression() != null) {
        e = json.getExpression(); // a path into a semi-structured value copies a part of it, as a struct field
      } else if (e instanceof Function f && FunctionKinds.isUnnesting(FunctionKinds.name(f.getName()))
          && f.getParameters() != null && f.getParameters().size() == 1) {
        e = f.getParameters().get(0);
      } else {
        return e instanceof Column || e instanceof ParenthesedSelect;
      }
    }
  }

  private void walk(Expression expression) {
    if (expression == null || !walk.enter()) {
      return;
    }
    try {
      expression.accept(this, null);
    } catch (RuntimeException e) {
      // JSqlParser's visitor walks children without null checks on some rare forms
      walk.unanalysed("a " + expression.getClass().getSimpleName() + " expression could not be analysed ("
          + e.getClass().getSimpleName() + "): its sources may be incomplete");
    } finally {
      walk.exit();
    }
  }

  /**
   * Walks the operands of a chain of binary operators ({@code a OR b OR …}, {@code a + b + …},
   * {@code a || b || …}) with an explicit stack: a chain of thousands of terms is a tree as deep, and
   * its depth must not depend on the calling thread's stack. An operator passes its operands' sources
   * on unchanged, so walking the operands in order is walking the chain.
   */
  @Override
  protected <S> Void visitBinaryExpression(BinaryExpression expression, S context) {
    Deque<Expression> pending = new ArrayDeque<>();
    pushOperands(pending, expression);
    while (!pending.isEmpty()) {
      Expression next = pending.pop();
      if (next instanceof BinaryExpression binary && CHAINED.contains(binary.getClass())) {
        pushOperands(pending, binary);
      } else {
        walk(next);
      }
    }
    return null;
  }

  private static void pushOperands(Deque<Expression> pending, BinaryExpression expression) {
    if (expression.getRightExpression() != null) {
      pending.push(expression.getRightExpression());
    }
    if (expression.getLeftExpression() != null) {
      pending.push(expression.getLeftExpression());
    }
  }

  private void walkAll(List<? extends Expression> expressions) {
    if (expressions != null) {
      expressions.forEach(this::walk);
    }
  }

  private void add(List<ColumnSource> sources) {
    for (ColumnSource source : sources) {
      found.add(Flows.through(source, base, override, masked));
    }
  }

  /** Walks {@code expressions} with every source taking {@code flow}, unless an outer override rules. */
  private void walkAs(Flow flow, List<? extends Expression> expressions) {
    Flow saved = override;
    override = override == null ? flow : override;
    walkAll(expressions);
    override = saved;
  }

  private void walkOrderBy(Flow flow, List<OrderByElement> elements) {
    if (elements != null) {
      walkAs(flow, elements.stream().map(OrderByElement::getExpression).toList());
    }
  }

  @Override
  public <S> Void visit(Column column, S context) {
    String qualifier = Names.qualifier(column);
    String name = Names.identifier(column.getColumnName());
    if (qualifier.isEmpty() && lambdaNames.contains(name)) {
      return null;
    }
    references++;
    add(scope.resolve(qualifier, name, walk));
    return null;
  }

  @Override
  public <S> Void visit(Function function, S context) {
    String name = FunctionKinds.name(function.getName());
    if (FunctionKinds.isUnnesting(name) && function.getParameters() != null && function.getParameters().size() == 1) {
      // a generator in a select list (Spark's explode(items)): its rows copy the elements
      walk(function.getParameters().get(0));
      return null;
    }
    call(name, () -> {
      List<Expression> parameters = parameters(function.getParameters());
      if ((name.equals("if") || name.equals("iif")) && !parameters.isEmpty()) {
        walkAs(Flow.CONDITIONAL, parameters.subList(0, 1));
        walkAll(parameters.subList(1, parameters.size()));
      } else {
        walkAll(parameters);
      }
      walkAll(parameters(function.getNamedParameters()));
      walkOrderBy(Flow.SORT, function.getOrderByElements());
    }, () -> { });
    return null;
  }

  /**
   * Walks a function call: its arguments flow into the result as an aggregate (aggregate functions)
   * or an expression, masked when the function masks; an aggregate of no column (COUNT(*)) reads the
   * rows in scope. {@code rest} walks what shapes the call but is no argument (window clauses).
   */
  private void call(String name, Runnable arguments, Runnable rest) {
    Flow savedBase = base;
    boolean savedMasked = masked;
    boolean aggregate = FunctionKinds.isAggregate(name);
    base = aggregate ? Flow.AGGREGATE : Flows.stronger(base, Flow.EXPRESSION);
    masked = masked || walk.functions().isMasking(name);
    int before = references;
    arguments.run();
    if (aggregate && references == before) {
      add(scope.rows());
    }
    rest.run();
    base = savedBase;
    masked = savedMasked;
  }

  private static List<Expression> parameters(ExpressionList<?> list) {
    return list == null ? List.of() : new ArrayList<>(list);
  }

  @Override
  public <S> Void visit(AnalyticExpression analytic, S context) {
    call(FunctionKinds.name(analytic.getName()), () -> {
      walk(analytic.getExpression());
      walk(analytic.getOffset());
      walk(analytic.getDefaultValue());
    }, () -> {
      walkOrderBy(Flow.SORT, analytic.getFuncOrderBy());
      if (analytic.getFilterExpression() != null) {
        walkAs(Flow.CONDITIONAL, List.of(analytic.getFilterExpression()));
      }
      if (analytic.getPartitionExpressionList() != null) {
        walkAs(Flow.WINDOW, parameters(analytic.getPartitionExpressionList()));
      }
      walkOrderBy(Flow.WINDOW, analytic.getOrderByElements());
      window(analytic.getWindowDefinition());
      if (analytic.getWindowName() != null) {
        scope.window(analytic.getWindowName()).ifPresentOrElse(this::window,
            () -> walk.issue("window " + analytic.getWindowName() + " is not defined"));
      }
    });
    return null;
  }

  private void window(WindowDefinition window) {
    if (window == null) {
      return;
    }
    if (window.getPartitionExpressionList() != null) {
      walkAs(Flow.WINDOW, parameters(window.getPartitionExpressionList()));
    }
    walkOrderBy(Flow.WINDOW, window.getOrderByElements());
    if (window.getWindowName() != null && !window.getWindowName().isBlank()) {
      scope.window(window.getWindowName()).filter(w -> w != window).ifPresent(this::window);
    }
  }

  @Override
  public <S> Void visit(CaseExpression expression, S context) {
    List<Expression> conditions = new ArrayList<>();
    if (expression.getSwitchExpression() != null) {
      conditions.add(expression.getSwitchExpression());
    }
    List<WhenClause> whens = expression.getWhenClauses() == null ? List.of() : expression.getWhenClauses();
    whens.forEach(w -> conditions.add(w.getWhenExpression()));
    walkAs(Flow.CONDITIONAL, conditions);
    Flow savedBase = base;
    base = Flows.stronger(base, Flow.EXPRESSION);
    whens.forEach(w -> walk(w.getThenExpression()));
    walk(expression.getElseExpression());
    base = savedBase;
    return null;
  }

  @Override
  public <S> Void visit(ParenthesedSelect select, S context) {
    subquery(select, true);
    return null;
  }

  @Override
  public <S> Void visit(Select select, S context) {
    subquery(select, true);
    return null;
  }

  @Override
  public <S> Void visit(AnyComparisonExpression expression, S context) {
    subquery(expression.getSelect(), true);
    return null;
  }

  /** EXISTS depends on whether rows exist, not on what they hold: only the subquery's own filters count. */
  @Override
  public <S> Void visit(ExistsExpression expression, S context) {
    if (expression.getRightExpression() instanceof Select select) {
      subquery(select, false);
    } else {
      walk(expression.getRightExpression());
    }
    return null;
  }

  private void subquery(Select select, boolean valuesCount) {
    if (select == null) {
      return;
    }
    Relation result = walk.query(select, scope, scope.ctes());
    if (valuesCount) {
      references++;
      for (ColumnLineage column : result.columns()) {
        add(column.sources());
      }
    }
  }

  @Override
  public <S> Void visit(LambdaExpression lambda, S context) {
    List<String> names = lambda.getIdentifiers() == null ? List.of()
        : lambda.getIdentifiers().stream().map(Names::identifier).filter(lambdaNames::add).toList();
    walk(lambda.getExpression());
    names.forEach(lambdaNames::remove);
    return null;
  }

  @Override
  public <S> Void visit(TrimFunction trim, S context) {
    Flow saved = base;
    base = Flows.stronger(base, Flow.EXPRESSION);
    walk(trim.getExpression());
    walk(trim.getFromExpression());
    base = saved;
    return null;
  }

  /** {@code *} inside an expression ({@code COUNT(*)}) reads no particular column. */
  @Override
  public <S> Void visit(AllColumns allColumns, S context) {
    return null;
  }

  /** {@code COUNT(t.*)} depends on the rows of {@code t}. */
  @Override
  public <S> Void visit(AllTableColumns columns, S context) {
    String qualifier = Names.table(columns.getTable());
    var relation = scope.relation(qualifier);
    if (relation.isPresent()) {
      references++;
      add(relation.get().rows());
      return null;
    }
    walk.issue(qualifier + ".* names no relation in scope");
    return null;
  }
}
