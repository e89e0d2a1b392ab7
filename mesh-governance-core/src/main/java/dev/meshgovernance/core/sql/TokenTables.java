package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.StatementKind;
import java.util.List;

/**
 * What the {@link TableFallback} read from the tokens of a statement that did not parse.
 *
 * @param kind the kind given by the leading keyword
 * @param targetTable the normalised table written, {@code ""} when none
 * @param tablesRead the normalised tables read, CTE names excluded, sorted
 * @param selectStar whether it selects {@code *} or {@code t.*} (not {@code COUNT(*)})
 * @param complete whether every FROM / JOIN / INTO / UPDATE / MERGE / USING target could be read as a
 *     table, a subquery or a table function; when false the tables may be incomplete
 */
record TokenTables(StatementKind kind, String targetTable, List<String> tablesRead, boolean selectStar,
    boolean complete) {

  TokenTables {
    tablesRead = tablesRead.stream().sorted().distinct().toList();
  }
}
