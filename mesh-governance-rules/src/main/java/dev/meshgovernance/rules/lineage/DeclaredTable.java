package dev.meshgovernance.rules.lineage;

import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as a contract's {@code transformSourceObjects} names it, and whether it is a table the SQL
 * names. Both are compared unquoted and lower-case, by their dot-separated parts: a name with fewer
 * parts names the table whose last parts it is ({@code orders_v1} and {@code sales.orders_v1} name
 * {@code prod.sales.orders_v1}, and {@code prod.sales.orders_v1} names the SQL's {@code sales.orders_v1});
 * a contract's schema object is also named by its logical name, alone or after its contract's id
 * ({@code orders}, {@code sales-orders-contract.orders} for the object with physicalName
 * {@code sales.orders_v1}).
 *
 * @param written the name as the contract writes it
 * @param parts its parts, unquoted and lower-case
 */
record DeclaredTable(String written, List<String> parts) {

  DeclaredTable {
    parts = List.copyOf(parts);
  }

  /** A declared name, split into parts outside quotes ({@code "…"}, {@code `…`}, {@code […]}). */
  static DeclaredTable of(String written) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char closing = 0;
    for (char c : written.strip().toCharArray()) {
      if (closing != 0) {
        if (c == closing) {
          closing = 0;
        } else {
          part.append(c);
        }
      } else if (c == '"' || c == '`' || c == '[') {
        closing = c == '[' ? ']' : c;
      } else if (c == '.') {
        parts.add(part.toString().strip().toLowerCase(Locale.ROOT));
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString().strip().toLowerCase(Locale.ROOT));
    return new DeclaredTable(written, parts);
  }

  /** The name unquoted and lower-case, e.g. {@code sales.orders_v1} for {@code "SALES"."ORDERS_V1"}. */
  String key() {
    return String.join(".", parts);
  }

  /** Whether this names {@code table}, a normalised table name of the SQL. */
  boolean names(String table, Mesh mesh) {
    List<String> other = List.of(Mesh.normalize(table).split("\\.", -1));
    if (endsWith(other, parts) || endsWith(parts, other)) {
      return true;
    }
    for (int i = 0; i < other.size(); i++) {
      // the contract of the table, also when the SQL qualifies it further than its physicalName
      var dataset = mesh.dataset(String.join(".", other.subList(i, other.size())));
      if (dataset.isPresent()) {
        return namesObject(dataset.get());
      }
    }
    return false;
  }

  private boolean namesObject(Dataset dataset) {
    String name = dataset.name().toLowerCase(Locale.ROOT);
    return key().equals(name) || key().equals(dataset.contractId().toLowerCase(Locale.ROOT) + "." + name);
  }

  private static boolean endsWith(List<String> longer, List<String> shorter) {
    return shorter.size() <= longer.size() && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }
}
