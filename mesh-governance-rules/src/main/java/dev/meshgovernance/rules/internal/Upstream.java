package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Flow;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Not API. Follows computed column lineage upstream through the mesh's SQL — across intermediate
 * tables such as staging — to find where a column's values come from.
 */
public final class Upstream {

  private static final int MAX_DEPTH = 12;
  private static final Pattern VERSION_SUFFIX = Pattern.compile("_v\\d+$");

  /**
   * One step upstream: {@code table.column} feeds the column below it through {@code statement}.
   *
   * @param table source table
   * @param column source column
   * @param statement path of the statement that moves the value
   * @param flow how
   */
  public record Hop(String table, String column, String statement, Flow flow) {
    @Override
    public String toString() {
      return table + "." + column;
    }
  }

  private Upstream() {}

  /**
   * The statements that produce {@code table}: those that write it, and the plain SELECTs of the
   * product publishing it that sit in a file named after it — the dataset's name, or its physical
   * table name with or without the {@code _v<major>} suffix (e.g. {@code cross_sell.sql} for
   * {@code marketing.cross_sell_v1}) — which is how models materialised by a platform (dbt style) are
   * written. Only parsed statements carry lineage. In the order of their files and positions.
   */
  public static List<SqlStatement> producers(Mesh mesh, String table) {
    String wanted = Mesh.normalize(table);
    Optional<String> publisher = mesh.publisherOf(wanted).map(DataProduct::id);
    Set<String> names = new HashSet<>();
    String physical = wanted.substring(wanted.lastIndexOf('.') + 1);
    names.add(physical);
    names.add(VERSION_SUFFIX.matcher(physical).replaceFirst(""));
    mesh.dataset(wanted).ifPresent(d -> names.add(d.name().toLowerCase(Locale.ROOT)));
    Stream<SqlStatement> models = publisher.stream().flatMap(id -> mesh.statementsOf(id).stream())
        .filter(s -> s.kind() == StatementKind.SELECT && s.targetTable().isEmpty()
            && names.contains(stem(s.origin().file())));
    return Stream.concat(mesh.statementsWriting(wanted).stream(), models)
        .filter(SqlStatement::parsed)
        .sorted(Comparator.comparing(SqlStatement::origin))
        .toList();
  }

  private static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
  }

  /**
   * How the values and the rows of {@code table.column} depend on other tables, as the producing SQL
   * computes them: every source of the column (direct and indirect), every table its statement uses to
   * join, filter, group or sort (which concerns all its columns), and for a column computed from no
   * column at all (a constant) the tables its statement reads, which supply its rows — followed
   * through the producing product's own internal tables (staging), which are implementation details;
   * empty when no parsed SQL produces the column.
   */
  public static Optional<Sources> sourceTables(Mesh mesh, String table, String column) {
    Walk walk = new Walk(mesh, mesh.publisherOf(table).map(DataProduct::id).orElse(""));
    return walk.column(Mesh.normalize(table), column.toLowerCase(Locale.ROOT), 0).map(Reached::sources);
  }

  /** One way a column uses a table. */
  public enum Way {
    /** Its values are copied into the column. */
    COPIED("copied"),
    /** The column is computed from its values. */
    COMPUTED("computed"),
    /** The column aggregates its values. */
    AGGREGATED("aggregated"),
    /** Used in a join condition. */
    JOIN("to join"),
    /** Used in WHERE, HAVING or QUALIFY. */
    FILTER("to filter"),
    /** Used in GROUP BY. */
    GROUP("to group"),
    /** Used in ORDER BY. */
    SORT("to sort"),
    /** Used in a window's PARTITION BY or ORDER BY. */
    WINDOW("in a window"),
    /** Used in a CASE or IF condition. */
    CONDITION("in a condition"),
    /** Its rows, not one of its columns: what a count counts, what a constant column is repeated over. */
    ROWS("for its rows"),
    /**
     * One of the tables an unqualified column over a join may come from (an ambiguous column): the
     * table may be its source, so it is neither required nor unused.
     */
    CANDIDATE("possibly, as one of the tables an ambiguous column may come from");

    private final String phrase;

    Way(String phrase) {
      this.phrase = phrase;
    }

    /** How a message says it: {@code copied}, {@code to join}, {@code for its rows}. */
    public String phrase() {
      return phrase;
    }

    /** True when the table's values reach the column. */
    public boolean isValue() {
      return this == COPIED || this == COMPUTED || this == AGGREGATED;
    }

    /** The way of a lineage flow; a flow that names no column of the table is its rows. */
    static Way of(Flow flow) {
      return switch (flow) {
        case DIRECT -> COPIED;
        case EXPRESSION -> COMPUTED;
        case AGGREGATE -> AGGREGATED;
        case JOIN -> JOIN;
        case FILTER -> FILTER;
        case GROUP_BY -> GROUP;
        case SORT -> SORT;
        case WINDOW -> WINDOW;
        case CONDITIONAL -> CONDITION;
        default -> ROWS;
      };
    }
  }

  /**
   * How a column uses one table.
   *
   * @param table the table, normalised
   * @param through for each way the column uses it, the product's internal tables passed on the way
   *     (empty when the column's own statement reads it); the way is the one nearest the column that
   *     is not a value (the staging table is joined on, filtered on…), else the way the value leaves
   *     the table (copied, computed or aggregated)
   */
  public record Use(String table, Map<Way, Set<String>> through) {
    public Use {
      Map<Way, Set<String>> copy = new EnumMap<>(Way.class);
      through.forEach((way, tables) -> copy.put(way, Collections.unmodifiableSet(new TreeSet<>(tables))));
      through = Collections.unmodifiableMap(copy);
    }

    /** The ways the column uses the table, in {@link Way} order. */
    public Set<Way> ways() {
      return through.keySet();
    }

    /** True when the table's values reach the column (copied, computed or aggregated). */
    public boolean direct() {
      return ways().stream().anyMatch(Way::isValue);
    }
  }

  /**
   * The tables a column depends on.
   *
   * @param origins the tables its values and rows come from, through the product's internal tables, by name
   * @param intermediates the product's internal tables they pass on the way, by name
   */
  public record Sources(Map<String, Use> origins, Map<String, Use> intermediates) {
    public Sources {
      origins = Collections.unmodifiableMap(new TreeMap<>(origins));
      intermediates = Collections.unmodifiableMap(new TreeMap<>(intermediates));
    }
  }

  /** What one column depends on, while it is being collected. */
  private static final class Reached {
    private final Map<String, Map<Way, Set<String>>> origins = new TreeMap<>();
    private final Map<String, Map<Way, Set<String>>> intermediates = new TreeMap<>();

    private static void add(Map<String, Map<Way, Set<String>>> into, String table, Way way, Set<String> through) {
      into.computeIfAbsent(table, t -> new EnumMap<>(Way.class)).computeIfAbsent(way, w -> new TreeSet<>())
          .addAll(through);
    }

    /** Adds what {@code upstream} depends on, reached through {@code intermediate} the way {@code way}. */
    private void addThrough(Reached upstream, String intermediate, Way way) {
      add(intermediates, intermediate, way, Set.of());
      upstream.origins.forEach((table, ways) -> ways.forEach((inner, through) ->
          add(origins, table, way.isValue() ? inner : way, union(through, intermediate))));
      upstream.intermediates.forEach((table, ways) -> ways.forEach((inner, through) ->
          add(intermediates, table, way.isValue() ? inner : way, union(through, intermediate))));
    }

    private static Set<String> union(Set<String> tables, String more) {
      Set<String> all = new TreeSet<>(tables);
      all.add(more);
      return all;
    }

    private Sources sources() {
      Map<String, Use> originUses = new TreeMap<>();
      origins.forEach((table, ways) -> originUses.put(table, new Use(table, ways)));
      Map<String, Use> intermediateUses = new TreeMap<>();
      intermediates.forEach((table, ways) -> intermediateUses.put(table, new Use(table, ways)));
      return new Sources(originUses, intermediateUses);
    }
  }

  /**
   * One walk upstream from one column. Each column is collected once: a column met again over a second
   * path (a diamond through shared staging) gets the result of the first, and a column met again while
   * it is being collected (a cycle) adds nothing.
   */
  private static final class Walk {
    /** The key of a table's rows among its columns' keys: no column is named so. */
    private static final String ROWS = "";

    private final Mesh mesh;
    private final String product;
    private final Map<String, Optional<Reached>> done = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private Walk(Mesh mesh, String product) {
      this.mesh = mesh;
      this.product = product;
    }

    /**
     * What {@code table.column} depends on ({@code column} {@value #ROWS}: the table's rows, all its
     * columns); empty when no parsed SQL produces it (or the walk is too deep).
     */
    private Optional<Reached> column(String table, String column, int depth) {
      String key = table + "." + column;
      Optional<Reached> known = done.get(key);
      if (known != null) {
        return known;
      }
      if (inProgress.contains(key)) {
        return Optional.of(new Reached());
      }
      if (depth > MAX_DEPTH) {
        return Optional.empty();
      }
      inProgress.add(key);
      Reached reached = new Reached();
      boolean produced = false;
      for (SqlStatement statement : producers(mesh, table)) {
        for (ColumnLineage lineage : produced(statement, column)) {
          produced = true;
          lineage.sources().stream().filter(ColumnSource::isCertain).forEach(s -> follow(s, reached, depth));
          lineage.sources().stream().filter(s -> s.ambiguous() && !s.table().isEmpty())
              .forEach(s -> follow(s, Way.CANDIDATE, reached, depth));
          if (lineage.sources().isEmpty()) {
            // a constant is repeated over the rows of the tables its statement reads
            statement.tablesRead().forEach(t -> follow(new ColumnSource(t, ROWS, Flow.DIRECT, false), Way.ROWS,
                reached, depth));
          }
        }
        if (!produced(statement, column).isEmpty()) {
          // the statement's joins, filters, groups and sorts decide the rows of every column it produces
          statement.lineage().indirect().stream().filter(ColumnSource::isCertain).forEach(s -> follow(s, reached, depth));
        }
      }
      inProgress.remove(key);
      Optional<Reached> result = produced ? Optional.of(reached) : Optional.empty();
      done.put(key, result);
      return result;
    }

    /** The statement's lineage of {@code column}: all its columns for {@value #ROWS}. */
    private static List<ColumnLineage> produced(SqlStatement statement, String column) {
      if (column.equals(ROWS)) {
        return statement.lineage().columns();
      }
      // a column of a table built with an unresolved SELECT * comes from the star's tables
      return statement.lineage().column(column).or(() -> statement.lineage().column("*")).stream().toList();
    }

    private void follow(ColumnSource source, Reached into, int depth) {
      follow(source, Way.of(source.flow()), into, depth);
    }

    private void follow(ColumnSource source, Way way, Reached into, int depth) {
      String from = Mesh.normalize(source.table());
      boolean internal = !product.isEmpty()
          && mesh.internalOwnerOf(from).map(DataProduct::id).filter(product::equals).isPresent();
      // a source that names no column is the table's rows (a count's)
      String column = way == Way.ROWS ? ROWS : source.column().toLowerCase(Locale.ROOT);
      Optional<Reached> upstream = internal ? column(from, column, depth + 1) : Optional.empty();
      if (upstream.isPresent()) {
        into.addThrough(upstream.get(), from, way);
      } else {
        Reached.add(into.origins, from, way, Set.of());
      }
    }
  }

  /**
   * The first unmasked path from a sensitive column to {@code sources}, nearest hop last; empty when none.
   * A path stops at a masking function, and at an aggregate when {@code stopAtAggregates}.
   */
  public static List<Hop> sensitivePath(Mesh mesh, List<ColumnSource> sources, String statement,
      Predicate<Field> sensitive, boolean stopAtAggregates) {
    return search(mesh, sources, statement, sensitive, stopAtAggregates, new HashSet<>(), 0);
  }

  private static List<Hop> search(Mesh mesh, List<ColumnSource> sources, String statement, Predicate<Field> sensitive,
      boolean stopAtAggregates, Set<String> visited, int depth) {
    if (depth > MAX_DEPTH) {
      return List.of();
    }
    for (ColumnSource source : sources) {
      if (!source.flow().isDirect() || source.masked() || source.table().isEmpty()
          || (stopAtAggregates && source.flow() == Flow.AGGREGATE)) {
        continue;
      }
      Hop hop = new Hop(Mesh.normalize(source.table()), source.column().toLowerCase(Locale.ROOT), statement,
          source.flow());
      if (field(mesh, hop.table(), hop.column()).filter(sensitive).isPresent()) {
        return List.of(hop);
      }
      if (!visited.add(hop.toString())) {
        continue;
      }
      for (SqlStatement producer : producers(mesh, hop.table())) {
        List<ColumnSource> upstream = producer.lineage().column(hop.column()).map(c -> c.sources()).orElse(List.of());
        List<Hop> path = search(mesh, upstream, producer.path(), sensitive, stopAtAggregates, visited, depth + 1);
        if (!path.isEmpty()) {
          List<Hop> longer = new ArrayList<>(path);
          longer.add(hop);
          return longer;
        }
      }
    }
    return List.of();
  }

  /** The contract field that is {@code table.column}, if a contract declares it. */
  public static Optional<Field> field(Mesh mesh, String table, String column) {
    return mesh.dataset(table).flatMap(d -> d.field(column));
  }

  /** The table a dataset is known by in SQL. */
  public static String table(Dataset dataset) {
    return Mesh.normalize(dataset.physicalName());
  }

  /** {@code a.b → sql:x#1 → c.d}, for messages. */
  public static String describe(List<Hop> path, String target) {
    StringBuilder text = new StringBuilder();
    for (Hop hop : path) {
      text.append(hop).append(" → ").append(hop.statement()).append(" → ");
    }
    return text.append(target).toString();
  }
}
