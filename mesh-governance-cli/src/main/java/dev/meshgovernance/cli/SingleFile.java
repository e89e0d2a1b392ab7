package dev.meshgovernance.cli;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.read.NothingRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check FILE}: the findings of one file, judged in the context of its whole workspace (as a
 * changed-only run of that file), and {@code input.nothing-read} when the file was not read as a
 * product, a contract or SQL, so that checking a file the library ignores never passes silently.
 */
final class SingleFile {

  private SingleFile() {}

  static GovernanceReport report(GovernanceEngine engine, Mesh mesh, String file, Baseline baseline) {
    List<String> files = List.of(file);
    GovernanceReport report = baseline == null ? engine.evaluateChanged(mesh, files)
        : engine.evaluateChanged(mesh, files, baseline);
    Optional<Violation> nothing = NothingRead.inFile(mesh, file);
    if (nothing.isEmpty()) {
      return report;
    }
    List<Violation> violations = new ArrayList<>(report.violations());
    violations.add(nothing.get());
    GovernanceReport.Summary s = report.summary();
    return GovernanceReport.builder().files(s.files()).products(s.products()).contracts(s.contracts())
        .statements(s.statements()).violations(violations).ignoredFiles(report.ignoredFiles())
        .waived(report.waived()).baselined(report.baselined()).fixed(report.fixed())
        .configurationHash(report.configurationHash()).build();
  }
}
