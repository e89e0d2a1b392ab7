package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.List;

/**
 * The result of analysing a SQL file or string.
 *
 * @param statements every statement of the input, in order, parsed or not
 * @param diagnostics the problems found reading them ({@code sql.parse-error}), in statement order
 */
public record SqlAnalysis(List<SqlStatement> statements, List<Violation> diagnostics) {

  public SqlAnalysis {
    statements = List.copyOf(statements);
    diagnostics = List.copyOf(diagnostics);
  }
}
