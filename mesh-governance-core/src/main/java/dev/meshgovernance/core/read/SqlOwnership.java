package dev.meshgovernance.core.read;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which product a SQL statement belongs to: a statement writing a table belongs to the product
 * whose output port publishes it; any other statement (or one writing a table nobody publishes)
 * to the product whose descriptor is in the nearest directory enclosing the SQL file. Of two
 * products in the same directory, the one read first wins.
 */
final class SqlOwnership {

  private SqlOwnership() {}

  /** {@code statements} with their owners, judged against the products of {@code mesh}. */
  static List<SqlStatement> assign(Mesh mesh, List<SqlStatement> statements) {
    Map<String, DataProduct> byDirectory = new HashMap<>();
    mesh.products().forEach(p -> byDirectory.putIfAbsent(p.directory(), p));
    return statements.stream()
        .map(s -> owner(mesh, byDirectory, s).map(p -> s.withOwner(p.id())).orElse(s))
        .toList();
  }

  private static Optional<DataProduct> owner(Mesh mesh, Map<String, DataProduct> byDirectory,
      SqlStatement statement) {
    if (statement.kind().writes() && !statement.targetTable().isEmpty()) {
      Optional<DataProduct> publisher = mesh.publisherOf(statement.targetTable());
      if (publisher.isPresent()) {
        return publisher;
      }
    }
    return nearest(byDirectory, statement.origin().file());
  }

  /** The product of the nearest directory enclosing {@code file}: its own, then each parent up to the root. */
  private static Optional<DataProduct> nearest(Map<String, DataProduct> byDirectory, String file) {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      DataProduct product = byDirectory.get(file.substring(0, slash));
      if (product != null) {
        return Optional.of(product);
      }
    }
    return Optional.ofNullable(byDirectory.get(""));
  }
}
