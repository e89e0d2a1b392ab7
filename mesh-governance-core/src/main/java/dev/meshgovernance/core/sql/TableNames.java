package dev.meshgovernance.core.sql;

import java.util.Locale;
import net.sf.jsqlparser.schema.Table;

/**
 * Normalised table names: identifier quotes removed, lower-case, qualified as written. Public so that
 * column-level lineage ({@code core.sql.lineage}) names tables exactly as the tables read are named.
 */
public final class TableNames {

  private TableNames() {}

  /** {@code "Sales".[Orders_V1]} → {@code sales.orders_v1}. */
  public static String of(Table table) {
    return normalise(table.getFullyQualifiedName());
  }

  /** Normalises a possibly qualified, possibly quoted name; dots inside quotes are kept. */
  public static String normalise(String qualifiedName) {
    if (isPlain(qualifiedName)) {
      return qualifiedName; // the common case, without copying
    }
    StringBuilder out = new StringBuilder(qualifiedName.length());
    char open = 0;
    for (int i = 0; i < qualifiedName.length(); i++) {
      char c = qualifiedName.charAt(i);
      if (open != 0) {
        char close = open == '[' ? ']' : open;
        if (c == close) {
          open = 0;
        } else {
          out.append(c);
        }
      } else if (c == '"' || c == '`' || c == '[') {
        open = c;
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Lower-case letters, digits, {@code _}, {@code $} and dots only: already normalised. */
  private static boolean isPlain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '$')) {
        return false;
      }
    }
    return true;
  }
}
