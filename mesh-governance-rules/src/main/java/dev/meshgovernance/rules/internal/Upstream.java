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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Not API. Follows computed column lineage upstream through the mesh's SQL — across intermediate
 * tables such as staging — to find where a column's values come from.
 */
public final class Upstream {

  private static final int MAX_DEPTH = 12;

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
   * The statements that produce {@code table}: those that write it, and — for a product publishing
   * exactly one dataset — that product's plain SELECTs, which is how models materialised by a
   * platform (dbt style) are written. Only parsed statements carry lineage.
   */
  public static List<SqlStatement> producers(Mesh mesh, String table) {
    String wanted = Mesh.normalize(table);
    Optional<DataProduct> publisher = mesh.publisherOf(wanted);
    boolean single = publisher.map(p -> mesh.outputContracts(p).stream().mapToInt(c -> c.datasets().size()).sum() == 1)
        .orElse(false);
    return mesh.statements().stream().filter(SqlStatement::parsed)
        .filter(s -> Mesh.normalize(s.targetTable()).equals(wanted)
            || (single && s.kind() == StatementKind.SELECT && s.targetTable().isEmpty()
                && s.ownerProductId().equals(publisher.get().id())))
        .toList();
  }

  /** The direct (value-carrying) source tables of a column of {@code table}, as the producing SQL computes them. */
  public static Optional<Set<String>> sourceTables(Mesh mesh, String table, String column) {
    Set<String> tables = new HashSet<>();
    boolean known = false;
    for (SqlStatement statement : producers(mesh, table)) {
      var lineage = statement.lineage().column(column);
      if (lineage.isPresent()) {
        known = true;
        lineage.get().sources().stream().filter(s -> s.flow().isDirect() && !s.table().isEmpty())
            .forEach(s -> tables.add(Mesh.normalize(s.table())));
      }
    }
    return known ? Optional.of(tables) : Optional.empty();
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
