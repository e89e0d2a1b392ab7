package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.jsqlparser.expression.WindowDefinition;

/**
 * The names visible in one query block: the relations of its FROM clause in order, the columns
 * merged by {@code JOIN … USING} / {@code NATURAL JOIN}, its named windows, the output columns
 * computed so far (for HAVING, GROUP BY and lateral aliases), the enclosing block (for correlated
 * subqueries) and the CTEs in force.
 */
final class Scope {

  /** Names that parse as columns but are functions or keywords of some dialect. */
  private static final Set<String> PSEUDO_COLUMNS = Set.of("current_date", "current_time", "current_timestamp",
      "current_user", "session_user", "system_user", "user", "sysdate", "systimestamp", "localtime", "localtimestamp",
      "rownum", "rowid", "level", "true", "false", "null", "current_schema", "current_role", "current_catalog",
      "getdate", "now");

  private final Scope parent;
  private final Ctes ctes;
  private final List<Relation> relations = new ArrayList<>();
  private final Map<String, List<ColumnSource>> merged = new LinkedHashMap<>();
  private final Map<String, List<ColumnSource>> outputs = new HashMap<>();
  private final Map<String, WindowDefinition> windows = new HashMap<>();

  Scope(Scope parent, Ctes ctes) {
    this.parent = parent;
    this.ctes = ctes;
  }

  Ctes ctes() {
    return ctes;
  }

  List<Relation> relations() {
    return List.copyOf(relations);
  }

  void add(Relation relation) {
    relations.add(relation);
  }

  /** A column merged by USING or NATURAL: one column with the sources of both sides. */
  void merge(String column, List<ColumnSource> sources) {
    merged.merge(column, List.copyOf(sources), (a, b) -> {
      Set<ColumnSource> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return List.copyOf(all);
    });
  }

  boolean isMerged(String column) {
    return merged.containsKey(column);
  }

  List<ColumnSource> mergedSources(String column) {
    return merged.getOrDefault(column, List.of());
  }

  void window(String name, WindowDefinition definition) {
    windows.put(Names.identifier(name), definition);
  }

  Optional<WindowDefinition> window(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      WindowDefinition w = s.windows.get(Names.identifier(name));
      if (w != null) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** Makes an output column visible by its name (HAVING, GROUP BY, lateral column aliases). */
  void output(String name, List<ColumnSource> sources) {
    outputs.putIfAbsent(name, sources);
  }

  /** What decides the rows of this block: the rows of its relations. */
  List<ColumnSource> rows() {
    Set<ColumnSource> rows = new LinkedHashSet<>();
    relations.forEach(r -> rows.addAll(r.rows()));
    return List.copyOf(rows);
  }

  /** The relation a qualifier names ({@code o}, {@code orders_v1} or {@code sales.orders_v1}). */
  Optional<Relation> relation(String qualifier) {
    for (Relation r : relations) {
      if (r.name().equals(qualifier)) {
        return Optional.of(r);
      }
    }
    for (Relation r : relations) {
      if (!r.table().isEmpty() && (r.table().equals(qualifier) || r.table().endsWith("." + qualifier))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The sources of the column {@code qualifier.name} ({@code qualifier} {@code ""} when unqualified),
   * looked up here, then in the enclosing blocks. Ambiguity and unknown columns become issues.
   */
  List<ColumnSource> resolve(String qualifier, String name, Walk walk) {
    for (Scope s = this; s != null; s = s.parent) {
      Optional<List<ColumnSource>> found = qualifier.isEmpty() ? s.unqualified(name, walk) : s.qualified(qualifier, name, walk);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return unresolved(qualifier, name, walk);
  }

  private Optional<List<ColumnSource>> qualified(String qualifier, String name, Walk walk) {
    Optional<Relation> relation = relation(qualifier);
    if (relation.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<ColumnSource>> sources = relation.get().column(name);
    if (sources.isPresent()) {
      return sources;
    }
    Relation r = relation.get();
    if (!r.elements().isEmpty()) {
      return Optional.of(r.elements());
    }
    walk.issue("column " + name + " is not among the known columns of " + describe(r));
    return Optional.of(r.table().isEmpty() ? List.of() : List.of(new ColumnSource(r.table(), name, Flow.DIRECT, false)));
  }

  private Optional<List<ColumnSource>> unqualified(String name, Walk walk) {
    if (merged.containsKey(name)) {
      return Optional.of(merged.get(name));
    }
    List<Relation> holding = matching(relations, r -> r.knows(name));
    if (holding.size() == 1) {
      return holding.get(0).column(name);
    }
    if (holding.size() > 1) {
      walk.issue("column " + name + " is ambiguous: " + describe(holding) + " all have it");
      return Optional.of(candidates(holding, name));
    }
    List<Relation> open = matching(relations, Relation::open);
    if (open.size() == 1) {
      return open.get(0).column(name);
    }
    if (open.size() > 1) {
      walk.issue("column " + name + " is ambiguous: it may come from any of " + describe(open)
          + ", whose columns are unknown");
      return Optional.of(candidates(open, name));
    }
    if (outputs.containsKey(name)) {
      return Optional.of(outputs.get(name));
    }
    return Optional.empty();
  }

  /**
   * The sources of {@code name} in each relation that may hold it, each marked a candidate; unmarked
   * when every relation gives the same sources (a self-join of one table); {@code ("", name)} when
   * none gives any.
   */
  private static List<ColumnSource> candidates(List<Relation> relations, String name) {
    Set<ColumnSource> all = new LinkedHashSet<>();
    Set<Set<ColumnSource>> distinct = new HashSet<>();
    for (Relation r : relations) {
      List<ColumnSource> sources = r.column(name).orElse(List.of());
      all.addAll(sources);
      distinct.add(Set.copyOf(sources));
    }
    if (all.isEmpty()) {
      return List.of(new ColumnSource("", name, Flow.DIRECT, false));
    }
    if (distinct.size() == 1) {
      return List.copyOf(all);
    }
    return all.stream().map(ColumnSource::asCandidate).distinct().toList();
  }

  /** Found nowhere: a single relation in the innermost block is unambiguous; else an issue. */
  private List<ColumnSource> unresolved(String qualifier, String name, Walk walk) {
    if (qualifier.isEmpty() && PSEUDO_COLUMNS.contains(name)) {
      return List.of();
    }
    if (!qualifier.isEmpty()) {
      // a.b.c read as table a.b, column c: maybe a struct field (relation a, column b; or column a)
      String first = qualifier.contains(".") ? qualifier.substring(0, qualifier.indexOf('.')) : qualifier;
      String rest = qualifier.contains(".") ? qualifier.substring(qualifier.indexOf('.') + 1) : "";
      for (Scope s = this; s != null; s = s.parent) {
        Optional<Relation> r = s.relation(first);
        if (r.isPresent() && !rest.isEmpty() && !rest.contains(".")) {
          Optional<List<ColumnSource>> field = r.get().column(rest);
          if (field.isPresent()) {
            return field.get();
          }
        }
        Optional<List<ColumnSource>> column = s.unqualified(first, walk);
        if (column.isPresent()) {
          return column.get();
        }
      }
      walk.issue("column " + qualifier + "." + name + " names no relation in scope");
      return List.of();
    }
    if (relations.size() == 1) {
      Relation only = relations.get(0);
      walk.issue("column " + name + " is not among the known columns of " + describe(only));
      return only.table().isEmpty() ? List.of() : List.of(new ColumnSource(only.table(), name, Flow.DIRECT, false));
    }
    walk.issue("column " + name + " was not found in any relation in scope");
    return List.of(new ColumnSource("", name, Flow.DIRECT, false));
  }

  /** The relations {@code which} accepts: a loop, as it runs for every unqualified column. */
  private static List<Relation> matching(List<Relation> relations, Predicate<Relation> which) {
    List<Relation> found = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (which.test(r)) {
        found.add(r);
      }
    }
    return found;
  }

  private static String describe(Relation r) {
    if (!r.table().isEmpty()) {
      return r.table();
    }
    return r.name().isEmpty() ? "a subquery" : r.name();
  }

  private static String describe(List<Relation> rs) {
    return String.join(", ", rs.stream().map(Scope::describe).toList());
  }
}
