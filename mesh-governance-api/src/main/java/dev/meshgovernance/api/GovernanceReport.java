package dev.meshgovernance.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a governance run found: the violations, sorted, and a summary of what was read.
 *
 * @param summary counts of what was read and found
 * @param violations every violation, sorted (see {@link Violation})
 * @param ignoredFiles YAML and JSON files of the workspace that are none of the standards read, sorted
 * @param waived violations that a waiver covers: kept for the record, not counted, sorted
 */
public record GovernanceReport(Summary summary, List<Violation> violations, List<String> ignoredFiles,
    List<WaivedViolation> waived) {

  /**
   * Counts of what a run read and found.
   *
   * @param files files read (metadata, SQL and ignored ones)
   * @param products data products
   * @param contracts data contracts
   * @param statements SQL statements
   * @param errors violations of severity error
   * @param warnings violations of severity warning
   * @param infos violations of severity info
   * @param waived violations a waiver covers (not counted in errors, warnings and infos)
   */
  public record Summary(
      int files, int products, int contracts, int statements, int errors, int warnings, int infos, int waived) {}

  public GovernanceReport {
    Objects.requireNonNull(summary, "summary");
    List<Violation> sorted = new ArrayList<>(violations);
    Collections.sort(sorted);
    violations = List.copyOf(sorted);
    ignoredFiles = ignoredFiles.stream().sorted().toList();
    waived = waived.stream().sorted((a, b) -> a.violation().compareTo(b.violation())).toList();
  }

  /**
   * A report over what was read, counting the violations by severity.
   *
   * @param files files read
   * @param products data products read
   * @param contracts data contracts read
   * @param statements SQL statements read
   */
  public static GovernanceReport of(
      int files, int products, int contracts, int statements,
      List<Violation> violations, List<String> ignoredFiles) {
    return of(files, products, contracts, statements, violations, ignoredFiles, List.of());
  }

  /**
   * A report over what was read, counting the violations by severity, with the waived ones apart.
   *
   * @param files files read
   * @param products data products read
   * @param contracts data contracts read
   * @param statements SQL statements read
   */
  public static GovernanceReport of(
      int files, int products, int contracts, int statements,
      List<Violation> violations, List<String> ignoredFiles, List<WaivedViolation> waived) {
    int[] counts = new int[Severity.values().length];
    violations.forEach(v -> counts[v.severity().ordinal()]++);
    Summary summary = new Summary(files, products, contracts, statements,
        counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()],
        waived.size());
    return new GovernanceReport(summary, violations, ignoredFiles, waived);
  }

  /** True when some violation is at least as serious as {@code threshold}. */
  public boolean hasViolationsAtLeast(Severity threshold) {
    return violations.stream().anyMatch(v -> v.severity().atLeast(threshold));
  }

  /** The violations of one rule. */
  public List<Violation> violationsOf(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }
}
