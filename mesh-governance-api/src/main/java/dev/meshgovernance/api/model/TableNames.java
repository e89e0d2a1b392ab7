package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Locale;

/**
 * How a table reference in SQL matches a table of the mesh (a contract's dataset, a table a
 * product's SQL writes), the one rule every lookup of {@link Mesh} uses. Names compare
 * case-insensitively, part by part ({@code db.schema.table}), aligned from the right.
 *
 * <p>A reference matches a table when it has at least the parts of the table's declared name (its
 * {@code physicalName}, or the name the SQL writes) and agrees with the table's fully qualified name
 * (the declared name prefixed by its contract server's schema and database, where declared) on every
 * part both have. So {@code products_staging} on a server with database {@code shop} and schema
 * {@code catalog} is matched by {@code products_staging}, {@code catalog.products_staging} and
 * {@code shop.catalog.products_staging}, not by {@code other.catalog.products_staging}; a table written
 * as {@code catalog.products_staging} is matched by {@code shop.catalog.products_staging} (the leading
 * parts the mesh does not know are not compared), not by {@code products_staging}.
 */
public final class TableNames {

  private TableNames() {}

  /** The lower-cased parts of a dotted name. */
  public static List<String> parts(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).split("\\.", -1));
  }

  /** The last part of a dotted name, lower-cased: what lookups index candidates by. */
  public static String last(String name) {
    List<String> parts = parts(name);
    return parts.get(parts.size() - 1);
  }

  /**
   * Whether {@code reference} matches the table declared as {@code declared} whose fully qualified
   * name is {@code qualified} (ends with {@code declared}).
   */
  public static boolean matches(String reference, String declared, String qualified) {
    List<String> ref = parts(reference);
    List<String> full = parts(qualified);
    if (ref.size() < parts(declared).size()) {
      return false;
    }
    for (int i = 1; i <= Math.min(ref.size(), full.size()); i++) {
      if (!ref.get(ref.size() - i).equals(full.get(full.size() - i))) {
        return false;
      }
    }
    return true;
  }
}
