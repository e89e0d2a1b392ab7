package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.Optional;

/**
 * The {@code sql.analysis-incomplete} finding of a parsed statement whose analysis did not cover all
 * of it ({@link Lineage#unanalysed()}: the walk failed, nesting beyond the limits, a construct the
 * lineage does not follow): located at the statement, naming what was not judged and why. A warning
 * here; the gateway raises it to an error.
 */
final class AnalysisIncomplete {

  private AnalysisIncomplete() {}

  /** The finding for {@code statement} with {@code lineage}, empty when the whole statement was analysed. */
  static Optional<Violation> of(SqlStatement statement, Lineage lineage) {
    if (lineage.unanalysed().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Diagnostics.of(Severity.WARNING, Diagnostics.SQL_ANALYSIS_INCOMPLETE, "lineage",
        "Statement not fully analysed: " + String.join("; ", lineage.unanalysed())
            + ". Its column lineage (which columns it reads and where they flow) was not judged beyond that point,"
            + " so rules on sensitive columns and lineage may miss what it does",
        statement.path(), statement.origin()));
  }
}
