package dev.meshgovernance.core.report;

import dev.meshgovernance.api.GovernanceReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link GovernanceReport} in one format. Implementations are stateless and thread-safe. */
public interface Reporter {

  /** Writes the report to {@code out}; does not close it. */
  void write(GovernanceReport report, Writer out) throws IOException;
}
