package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;

/** The {@code --fail-on} threshold. */
enum FailOn {
  error, warning, info, never;

  boolean failed(GovernanceReport report) {
    return this != never && report.hasViolationsAtLeast(Severity.parse(name()));
  }
}
