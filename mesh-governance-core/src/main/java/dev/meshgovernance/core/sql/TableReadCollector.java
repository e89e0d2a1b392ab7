package dev.meshgovernance.core.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SelectVisitor;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Collects the tables a statement reads, and whether it selects {@code *} or {@code t.*}, with where each
 * table reference and each star is written (spans of the parsed text).
 *
 * <p>It reuses the AST walk of JSqlParser's {@link TablesNamesFinder} (which reaches every subquery:
 * FROM, joins, scalar, IN and EXISTS subqueries, MERGE USING, INSERT … SELECT) but does its own
 * scoping of common table expressions. {@code TablesNamesFinder} 5.4 keeps one global list of CTE
 * names, so a CTE name hides a real table of the same name everywhere, even inside the CTE's own
 * body ({@code WITH t AS (SELECT * FROM t) …} reads table {@code t}) and outside the subquery that
 * declares it; here a CTE name hides only unqualified references within its scope: the later CTEs
 * of its WITH list and the query body, plus its own body when it is recursive ({@code WITH RECURSIVE},
 * or a body made of a set operation, as T-SQL writes recursive CTEs without the keyword).
 *
 * <p>Tables the statement only writes (the target of INSERT, UPDATE, DELETE, MERGE) are passed as
 * {@code writtenOnly} and skipped by identity, so the same name read elsewhere in the statement
 * still counts as read. One instance per statement; not thread-safe.
 */
final class TableReadCollector extends TablesNamesFinder<Void> {

  private final Set<Table> writtenOnly = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<WithItem<?>> scopedWithItems = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Deque<Set<String>> cteScopes = new ArrayDeque<>();
  private final Set<String> reads = new TreeSet<>();
  private final Set<Table> located = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, List<TextSpan>> tableSpans = new TreeMap<>();
  private final List<TextSpan> starSpans = new ArrayList<>();
  private boolean selectStar;

  private TableReadCollector(List<Table> writtenOnly) {
    this.writtenOnly.addAll(writtenOnly);
    init(false);
  }

  /** The facts of a statement part: {@code node} is a {@link Statement}, walked whole. */
  static Reads collect(Statement node, List<Table> writtenOnly) {
    TableReadCollector collector = new TableReadCollector(writtenOnly);
    node.accept(collector, null);
    collector.tableSpans.values().forEach(spans -> spans.sort(TextSpan.ORDER));
    collector.starSpans.sort(TextSpan.ORDER);
    return new Reads(List.copyOf(collector.reads), collector.selectStar, collector.tableSpans, collector.starSpans);
  }

  /**
   * What was collected.
   *
   * @param tables the normalised names of the tables read, sorted
   * @param selectStar whether a {@code *} or {@code t.*} select item occurs
   * @param tableSpans by table read, where each of its references is, in text order (references without tokens left out)
   * @param stars where each {@code *} or {@code t.*} select item is, in text order
   */
  record Reads(List<String> tables, boolean selectStar, Map<String, List<TextSpan>> tableSpans, List<TextSpan> stars) {
    Reads {
      Map<String, List<TextSpan>> copy = new TreeMap<>();
      tableSpans.forEach((table, spans) -> copy.put(table, List.copyOf(spans)));
      tableSpans = Collections.unmodifiableMap(copy);
      stars = List.copyOf(stars);
    }

    /** Nothing read. */
    static final Reads NONE = new Reads(List.of(), false, Map.of(), List.of());
  }

  @Override
  public <S> Void visit(Table table, S context) {
    if (!writtenOnly.contains(table) && table.getName() != null) {
      String name = TableNames.of(table);
      if (!name.isEmpty() && !isCte(name)) {
        reads.add(name);
        if (located.add(table)) {
          TextSpan.nameOf(table).ifPresent(span -> tableSpans.computeIfAbsent(name, k -> new ArrayList<>()).add(span));
        }
      }
    }
    return super.visit(table, context);
  }

  private boolean isCte(String name) {
    if (name.indexOf('.') >= 0) {
      return false;
    }
    for (Set<String> scope : cteScopes) {
      if (scope.contains(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <S> Void visit(WithItem<?> withItem, S context) {
    // Items of a WITH list are walked by inScope, in order, with their scope; the walk of the
    // enclosing query by TablesNamesFinder reaches them again and must not count them twice.
    return scopedWithItems.contains(withItem) ? null : super.visit(withItem, context);
  }

  @Override
  public <S> Void visit(Select select, S context) {
    return select.accept((SelectVisitor<Void>) this, context);
  }

  /** Also notes {@code *} and {@code t.*} select items; {@code COUNT(*)} is an {@link AllColumns} inside a function. */
  @Override
  public <S> Void visit(PlainSelect select, S context) {
    if (select.getSelectItems() != null) {
      for (SelectItem<?> item : select.getSelectItems()) {
        if (item.getExpression() instanceof AllColumns) {
          selectStar = true;
          TextSpan.starOf(item).ifPresent(starSpans::add);
        }
      }
    }
    return inScope(select.getWithItemsList(), () -> super.visit(select, context), context);
  }

  @Override
  public <S> Void visit(SetOperationList select, S context) {
    return inScope(select.getWithItemsList(), () -> super.visit(select, context), context);
  }

  @Override
  public <S> Void visit(ParenthesedSelect select, S context) {
    return inScope(select.getWithItemsList(), () -> super.visit(select, context), context);
  }

  @Override
  public <S> Void visit(Insert insert, S context) {
    return inScope(insert.getWithItemsList(), () -> super.visit(insert, context), context);
  }

  @Override
  public <S> Void visit(Update update, S context) {
    return inScope(update.getWithItemsList(), () -> super.visit(update, context), context);
  }

  @Override
  public <S> Void visit(Delete delete, S context) {
    return inScope(delete.getWithItemsList(), () -> super.visit(delete, context), context);
  }

  @Override
  public <S> Void visit(Merge merge, S context) {
    return inScope(merge.getWithItemsList(), () -> super.visit(merge, context), context);
  }

  private <S> Void inScope(List<WithItem<?>> withItems, Runnable body, S context) {
    if (withItems == null || withItems.isEmpty()) {
      body.run();
      return null;
    }
    Set<String> scope = new HashSet<>();
    cteScopes.push(scope);
    try {
      for (WithItem<?> item : withItems) {
        String name = item.getAlias() == null ? "" : TableNames.normalise(item.getAlias().getName());
        if (item.isRecursive() || item.getParenthesedStatement() instanceof ParenthesedSelect body1
            && body1.getSelect() instanceof SetOperationList) {
          scope.add(name);
        }
        super.visit(item, context);
        scopedWithItems.add(item);
        scope.add(name);
      }
      body.run();
    } finally {
      cteScopes.pop();
    }
    return null;
  }
}
