package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the tables SQL reads, as far as they are known: lineage uses them to expand
 * {@code SELECT *} and to attribute unqualified columns to their table.
 */
@FunctionalInterface
public interface TableSchemas {

  /** No table is known. */
  TableSchemas NONE = table -> Optional.empty();

  /**
   * The columns of {@code table} (a normalised name, e.g. {@code sales.orders_v1}), lower-case, in
   * declaration order; empty when the table is unknown.
   */
  Optional<List<String>> columns(String table);

  /**
   * The tables the mesh's contracts declare (a dataset's top-level fields are its columns), else the
   * columns the mesh's parsed {@code CREATE TABLE … AS} / {@code CREATE VIEW} statements give a table,
   * when they agree and none is an unresolved star.
   */
  static TableSchemas of(Mesh mesh) {
    return table -> mesh.dataset(table).map(TableSchemas::columnsOf).or(() -> created(mesh, table));
  }

  private static Optional<List<String>> created(Mesh mesh, String table) {
    List<String> agreed = null;
    for (SqlStatement statement : mesh.statementsWriting(table)) {
      if (!statement.parsed()
          || (statement.kind() != StatementKind.CREATE_TABLE_AS && statement.kind() != StatementKind.CREATE_VIEW)) {
        continue;
      }
      Optional<List<String>> columns = StatementCatalog.queryColumns(statement.lineage());
      if (columns.isEmpty()) {
        continue;
      }
      if (agreed != null && !agreed.equals(columns.get())) {
        return Optional.empty();
      }
      agreed = columns.get();
    }
    return Optional.ofNullable(agreed);
  }

  private static List<String> columnsOf(Dataset dataset) {
    return dataset.fields().stream().map(Field::name).map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
