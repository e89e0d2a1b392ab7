package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import dev.meshgovernance.core.sql.TableSchemas;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The state of one lineage computation: what it knows (schemas, function kinds), what it found
 * besides output columns (indirect sources, issues) and how deep it is. One per statement, used by
 * one thread; the walkers share it.
 */
final class Walk {

  /** Deepest nesting of query blocks and expressions followed before giving up on a branch. */
  static final int MAX_DEPTH = 120;

  private final TableSchemas schemas;
  private final FunctionKinds functions;
  private final boolean assignmentAliases;
  private final Set<ColumnSource> indirect = new LinkedHashSet<>();
  private final Set<String> issues = new LinkedHashSet<>();
  private final Set<String> unanalysed = new LinkedHashSet<>();
  private final QueryWalker queries = new QueryWalker(this);
  private final FromWalker from = new FromWalker(this);
  private int depth;

  Walk(TableSchemas schemas, FunctionKinds functions, boolean assignmentAliases) {
    this.schemas = schemas;
    this.functions = functions;
    this.assignmentAliases = assignmentAliases;
  }

  /** Whether a select item {@code name = expression} names its column (T-SQL), rather than compares. */
  boolean assignmentAliases() {
    return assignmentAliases;
  }

  FunctionKinds functions() {
    return functions;
  }

  QueryWalker queries() {
    return queries;
  }

  FromWalker from() {
    return from;
  }

  /** The known columns of a base table; unknown when the schemas fail. */
  Optional<List<String>> columnsOf(String table) {
    try {
      Optional<List<String>> columns = schemas.columns(table);
      return columns == null ? Optional.empty() : columns;
    } catch (RuntimeException e) {
      unanalysed("the columns of " + table + " could not be looked up (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }

  /** The sources of an expression in {@code scope}, seen in {@code context}; see {@link ExpressionWalker}. */
  List<ColumnSource> sources(Expression expression, Scope scope, Flow context) {
    return ExpressionWalker.sources(this, scope, expression, context);
  }

  /** Adds sources that decide the rows of the result. */
  void indirect(Collection<ColumnSource> sources) {
    indirect.addAll(sources);
  }

  /** Records what kept lineage from being complete. */
  void issue(String issue) {
    issues.add(issue);
  }

  /** Records a part of the statement that was not analysed at all: an issue that makes the analysis incomplete. */
  void unanalysed(String issue) {
    issues.add(issue);
    unanalysed.add(issue);
  }

  List<String> unanalysed() {
    return List.copyOf(unanalysed);
  }

  List<ColumnSource> indirect() {
    return List.copyOf(indirect);
  }

  List<String> issues() {
    return List.copyOf(issues);
  }

  /** The lineage of a query, or an empty open result when nested too deeply. */
  Relation query(Select select, Scope outer, Ctes ctes) {
    if (++depth > MAX_DEPTH) {
      depth--;
      unanalysed("queries nested deeper than " + MAX_DEPTH + " levels were not followed");
      return Relation.result(List.of(), List.of());
    }
    try {
      return queries.evaluate(select, outer, ctes);
    } finally {
      depth--;
    }
  }

  /** Counts one more level of expression nesting; false (and an issue) past the limit. */
  boolean enter() {
    if (++depth > MAX_DEPTH * 4) {
      depth--;
      unanalysed("expressions nested deeper than " + MAX_DEPTH * 4 + " levels were not followed");
      return false;
    }
    return true;
  }

  void exit() {
    depth--;
  }
}
