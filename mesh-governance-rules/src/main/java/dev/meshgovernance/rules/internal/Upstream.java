package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Flow;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
   * Where the values of {@code table.column} come from, as the producing SQL computes them: the
   * direct source tables, followed through the producing product's own internal tables (staging),
   * which are implementation details; empty when no parsed SQL produces the column.
   */
  public static Optional<Sources> sourceTables(Mesh mesh, String table, String column) {
    Sources sources = new Sources(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    boolean known = collect(mesh, table, column, mesh.publisherOf(table).map(DataProduct::id).orElse(""), sources,
        new HashSet<>(), 0);
    return known ? Optional.of(sources) : Optional.empty();
  }

  /**
   * The tables a column's values come from.
   *
   * @param origins the tables its values come from, through the product's internal tables
   * @param intermediates the product's internal tables they pass on the way
   * @param rows the tables whose rows it counts ({@code COUNT(*)}: {@link Flow#ROWS}), through the
   *     product's internal tables, which are no origins of its values
   * @param candidates the tables an ambiguous column may come from ({@link ColumnSource#ambiguous()}):
   *     maybe origins, never certain ones
   */
  public record Sources(Set<String> origins, Set<String> intermediates, Set<String> rows, Set<String> candidates) {}

  private static boolean collect(Mesh mesh, String table, String column, String product, Sources into,
      Set<String> visited, int depth) {
    if (depth > MAX_DEPTH || !visited.add(Mesh.normalize(table) + "." + column.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean known = false;
    for (SqlStatement statement : producers(mesh, table)) {
      // a column of a table built with an unresolved SELECT * comes from the star's tables
      var lineage = statement.lineage().column(column).or(() -> statement.lineage().column("*"));
      if (lineage.isEmpty()) {
        continue;
      }
      known = true;
      for (ColumnSource source : lineage.get().sources()) {
        if (source.flow() == Flow.ROWS && source.isCertain()) {
          rowsOf(mesh, Mesh.normalize(source.table()), product, into, visited, depth + 1);
          continue;
        }
        // an ambiguous column's candidates are no certain source
        if (source.flow().isDirect() && source.ambiguous() && !source.table().isEmpty()) {
          into.candidates().add(Mesh.normalize(source.table()));
          continue;
        }
        if (!source.flow().isDirect() || !source.isCertain()) {
          continue;
        }
        String from = Mesh.normalize(source.table());
        boolean internal = !product.isEmpty()
            && mesh.internalOwnerOf(from).map(DataProduct::id).filter(product::equals).isPresent();
        if (internal && collect(mesh, from, source.column(), product, into, visited, depth + 1)) {
          into.intermediates().add(from);
        } else {
          into.origins().add(from);
        }
      }
    }
    return known;
  }

  /**
   * The tables whose rows {@code table}'s rows come from: itself, or for one of the product's internal
   * tables, the tables its producing statements read.
   */
  private static void rowsOf(Mesh mesh, String table, String product, Sources into, Set<String> visited, int depth) {
    boolean internal = !product.isEmpty()
        && mesh.internalOwnerOf(table).map(DataProduct::id).filter(product::equals).isPresent();
    List<SqlStatement> producers = internal && depth <= MAX_DEPTH && visited.add(table + "#rows")
        ? producers(mesh, table) : List.of();
    if (producers.isEmpty()) {
      into.rows().add(table);
      return;
    }
    into.intermediates().add(table);
    for (SqlStatement producer : producers) {
      producer.tablesRead().forEach(t -> rowsOf(mesh, Mesh.normalize(t), product, into, visited, depth + 1));
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
      if (!source.flow().isDirect() || source.masked() || !source.isCertain()
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
