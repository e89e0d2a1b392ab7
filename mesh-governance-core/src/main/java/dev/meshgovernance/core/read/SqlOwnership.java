package dev.meshgovernance.core.read;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.Comparator;
import java.util.List;
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
    return statements.stream().map(s -> owner(mesh, s).map(p -> s.withOwner(p.id())).orElse(s)).toList();
  }

  private static Optional<DataProduct> owner(Mesh mesh, SqlStatement statement) {
    if (statement.kind().writes() && !statement.targetTable().isEmpty()) {
      Optional<DataProduct> publisher = mesh.publisherOf(statement.targetTable());
      if (publisher.isPresent()) {
        return publisher;
      }
    }
    String file = statement.origin().file();
    return mesh.products().stream()
        .filter(p -> encloses(p.directory(), file))
        .max(Comparator.comparingInt((DataProduct p) -> p.directory().length()));
  }

  private static boolean encloses(String directory, String file) {
    return !file.isEmpty() && (directory.isEmpty() || file.startsWith(directory + "/"));
  }
}
