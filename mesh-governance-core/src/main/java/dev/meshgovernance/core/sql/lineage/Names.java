package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.core.sql.TableNames;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.SelectItem;

/** Identifier and output-column names: unquoted, lower-case. */
final class Names {

  private Names() {}

  /** An identifier ({@code "Customer_Id"} → {@code customer_id}); dots inside quotes are kept. */
  static String identifier(String name) {
    return name == null ? "" : TableNames.normalise(name);
  }

  /** A table's normalised name, {@code ""} when it has none. */
  static String table(Table table) {
    return table == null || table.getName() == null ? "" : TableNames.of(table);
  }

  /** The qualifier of a column reference ({@code o} of {@code o.customer_id}), {@code ""} when unqualified. */
  static String qualifier(Column column) {
    return table(column.getTable());
  }

  /** The alias's name, {@code ""} without an alias. */
  static String alias(Alias alias) {
    return alias == null || alias.getName() == null ? "" : identifier(alias.getName());
  }

  /** The column names an alias lists ({@code AS t (a, b)}); empty when none. */
  static List<String> aliasColumns(Alias alias) {
    if (alias == null || alias.getAliasColumns() == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    alias.getAliasColumns().forEach(c -> names.add(identifier(c.name)));
    return names;
  }

  /** The names of a column list ({@code INSERT INTO t (a, b)}), empty when none. */
  static List<String> columns(List<? extends Expression> columns) {
    if (columns == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Expression column : columns) {
      names.add(column instanceof Column c ? identifier(c.getColumnName()) : identifier(column.toString()));
    }
    return names;
  }

  /** The output name of a select item at 1-based {@code position}: alias, column name or {@code _col<n>}. */
  static String output(SelectItem<?> item, int position) {
    String alias = alias(item.getAlias());
    if (!alias.isEmpty()) {
      return alias;
    }
    if (item.getExpression() instanceof Column column) {
      return identifier(column.getColumnName());
    }
    return unnamed(position);
  }

  /** The name of an unnamed output column at 1-based {@code position}. */
  static String unnamed(int position) {
    return "_col" + position;
  }
}
