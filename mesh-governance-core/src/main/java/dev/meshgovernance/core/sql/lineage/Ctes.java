package dev.meshgovernance.core.sql.lineage;

import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * The common table expressions visible at a point of a statement: a chain of WITH items, innermost
 * last, each seeing only the items before it (and itself when recursive: {@code WITH RECURSIVE}, or
 * a body made of a set operation as T-SQL writes recursive CTEs) and the CTEs of enclosing queries.
 * Each item's lineage is computed when first referenced and then remembered; unreferenced CTEs do
 * not contribute to the statement's lineage. A recursive CTE is computed from its anchor (the first
 * branch), then twice more with its own columns bound to the previous result.
 */
final class Ctes {

  private final Ctes previous;
  private final String name;
  private final WithItem<?> item;
  private final boolean recursive;
  private Relation result; // per walk, single thread
  private Relation provisional;
  private boolean inProgress;

  private Ctes(Ctes previous, WithItem<?> item) {
    this.previous = previous;
    this.item = item;
    this.name = Names.alias(item.getAlias());
    this.recursive = item.isRecursive()
        || item.getParenthesedStatement() instanceof ParenthesedSelect body && body.getSelect() instanceof SetOperationList;
  }

  /** The chain {@code outer} extended by {@code items}, in order; {@code outer} when there are none. */
  static Ctes declare(Ctes outer, List<WithItem<?>> items) {
    Ctes chain = outer;
    if (items != null) {
      for (WithItem<?> item : items) {
        chain = new Ctes(chain, item);
      }
    }
    return chain;
  }

  /** The CTE named {@code table} (an unqualified, normalised name), computed if need be. */
  static Optional<Relation> lookup(Ctes chain, String table, Walk walk) {
    for (Ctes c = chain; c != null; c = c.previous) {
      if (c.name.equals(table)) {
        return Optional.of(c.relation(walk));
      }
    }
    return Optional.empty();
  }

  private Relation relation(Walk walk) {
    if (result != null) {
      return result;
    }
    if (inProgress) {
      return provisional != null ? provisional : Relation.result(List.of(), List.of()).named(name);
    }
    inProgress = true;
    try {
      if (!(item.getParenthesedStatement() instanceof ParenthesedSelect body)) {
        walk.unanalysed("CTE " + name + " is not a query (data-modifying CTE); its columns are unknown");
        result = new Relation(name, "", List.of(), true, List.of(), List.of());
        return result;
      }
      Ctes scope = recursive ? this : previous;
      if (recursive && body.getSelect() instanceof SetOperationList union && !union.getSelects().isEmpty()) {
        provisional = evaluate(walk, union.getSelects().get(0), scope);
        provisional = evaluate(walk, body, scope);
      }
      result = evaluate(walk, body, scope);
      return result;
    } finally {
      inProgress = false;
    }
  }

  private Relation evaluate(Walk walk, Select body, Ctes scope) {
    List<String> columns = item.getWithItemList() == null ? List.of()
        : item.getWithItemList().stream().map(i -> Names.identifier(String.valueOf(i.getExpression()))).toList();
    return walk.query(body, null, scope).renamed(columns).named(name);
  }
}
