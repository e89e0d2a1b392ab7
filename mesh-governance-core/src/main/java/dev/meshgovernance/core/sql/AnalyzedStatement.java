package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/**
 * One statement as analysed, before it leaves the package as an api {@link SqlStatement}: it keeps
 * the JSqlParser AST so that later steps (column-level lineage) can work on it.
 *
 * @param statement the api view of the statement
 * @param ast the parsed statement, empty when it did not parse
 * @param diagnostics the problems found reading it (its {@code sql.parse-error}, if any)
 */
record AnalyzedStatement(SqlStatement statement, Optional<Statement> ast, List<Violation> diagnostics) {

  AnalyzedStatement {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(ast, "ast");
    diagnostics = List.copyOf(diagnostics);
  }
}
