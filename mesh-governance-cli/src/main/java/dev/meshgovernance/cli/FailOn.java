package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;

/**
 * The {@code --fail-on} threshold: the run fails when a violation that counts (neither waived nor baselined) is at
 * least this severe — the library's findings about its input included, at their effective severity, so
 * {@code warning} fails on a {@code sql.analysis-incomplete} warning as on any other.
 */
enum FailOn {
  error, warning, info, never;

  boolean failed(GovernanceReport report) {
    return this != never && report.hasViolationsAtLeast(Severity.parse(name()));
  }
}
