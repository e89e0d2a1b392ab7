package dev.meshgovernance.api.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indexes of some of a mesh's statements: by path, owner and target table, and the internal
 * tables they write. A mesh holds one for the statements it was read with and, from
 * {@link Mesh#withStatements}, one more per batch added, so that adding a query costs the size of
 * the query, not of the mesh's SQL.
 */
final class StatementIndex {

  final Map<String, SqlStatement> byPath = new HashMap<>();
  final Map<String, List<SqlStatement>> byProduct = new HashMap<>();
  final Map<String, List<SqlStatement>> byTarget = new HashMap<>();
  final Map<String, Set<String>> internalTablesByProduct = new HashMap<>();
  final Map<String, DataProduct> internalOwnersByTable = new HashMap<>();
  /** The internal tables' owners by the last part of the table's name. */
  final Map<String, List<TableCandidate<DataProduct>>> internalCandidates = new HashMap<>();

  StatementIndex(List<SqlStatement> statements, MeshCatalog catalog) {
    for (SqlStatement statement : statements) {
      byPath.putIfAbsent(statement.path(), statement);
      byProduct.computeIfAbsent(statement.ownerProductId(), k -> new ArrayList<>()).add(statement);
      if (statement.targetTable().isEmpty()) {
        continue;
      }
      String table = Mesh.normalize(statement.targetTable());
      byTarget.computeIfAbsent(table, k -> new ArrayList<>()).add(statement);
      DataProduct owner = catalog.productsById.get(statement.ownerProductId());
      if (owner != null && statement.kind().writes()) {
        DataProduct publisher = catalog.publishersByTable.get(table);
        if (publisher == null || !publisher.id().equals(owner.id())) {
          internalTablesByProduct.computeIfAbsent(owner.id(), k -> new TreeSet<>()).add(table);
          internalOwnersByTable.putIfAbsent(table, owner);
          new TableCandidate<>(table, table, owner).addTo(internalCandidates);
        }
      }
    }
  }
}
