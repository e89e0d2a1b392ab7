package dev.meshgovernance.api;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a governance run found: the violations that count, sorted, those kept apart (waived, baselined),
 * the baseline entries fixed since, and a summary of what was read. Built with {@link #builder()}.
 *
 * <p>Only {@link #violations()} count: {@link #hasViolationsAtLeast(Severity)} and the summary's
 * errors, warnings and infos look at them alone, so a fail threshold counts neither waived nor
 * baselined violations.
 *
 * @param summary counts of what was read and found
 * @param violations the violations that count — neither waived nor baselined — sorted (see {@link Violation})
 * @param ignoredFiles YAML and JSON files of the workspace that are none of the standards read, sorted
 * @param waived violations that a waiver covers: kept for the record, not counted, sorted
 * @param baselined violations the applied {@link Baseline} records: kept for the record, not counted, sorted
 * @param fixed entries of the applied baseline that no violation matches any more, sorted: the baseline can
 *     shrink by them
 * @param configurationHash identifies the configuration the run used, {@code ""} when not known
 */
public record GovernanceReport(Summary summary, List<Violation> violations, List<String> ignoredFiles,
    List<WaivedViolation> waived, List<Violation> baselined, List<Baseline.Entry> fixed, String configurationHash) {

  /**
   * Counts of what a run read and found.
   *
   * @param files files read (metadata, SQL and ignored ones)
   * @param products data products
   * @param contracts data contracts
   * @param statements SQL statements
   * @param errors counted violations (neither waived nor baselined) of severity error
   * @param warnings counted violations of severity warning
   * @param infos counted violations of severity info
   * @param waived violations a waiver covers
   * @param baselined violations the applied baseline records
   * @param fixed baseline entries that no violation matches any more
   */
  public record Summary(int files, int products, int contracts, int statements, int errors, int warnings,
      int infos, int waived, int baselined, int fixed) {

    /** Checks that no count is negative. */
    public Summary {
      if (Stream.of(files, products, contracts, statements, errors, warnings, infos, waived, baselined, fixed)
          .anyMatch(n -> n < 0)) {
        throw new IllegalArgumentException("counts cannot be negative");
      }
    }
  }

  /**
   * Copies the lists into sorted, immutable ones, and checks that the summary counts what the lists
   * hold; {@link #builder()} computes that summary.
   *
   * @throws IllegalArgumentException when the summary's errors, warnings, infos, waived, baselined or
   *     fixed disagree with the lists
   */
  public GovernanceReport {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(configurationHash, "configurationHash");
    violations = violations.stream().sorted().toList();
    ignoredFiles = ignoredFiles.stream().sorted().toList();
    waived = waived.stream().sorted((a, b) -> a.violation().compareTo(b.violation())).toList();
    baselined = baselined.stream().sorted().toList();
    fixed = fixed.stream().sorted().toList();
    Summary counted = Builder.summary(summary.files(), summary.products(), summary.contracts(),
        summary.statements(), violations, waived, baselined, fixed);
    if (!counted.equals(summary)) {
      throw new IllegalArgumentException("the summary " + summary + " does not count the report's lists: " + counted);
    }
  }

  /**
   * Starts a report; everything not set is zero or empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This report with a baseline applied: the violations the baseline records move to
   * {@link #baselined()} and stop counting; its entries no violation matches are {@link #fixed()}. A
   * baseline applied before is replaced, not combined. Waived violations stay waived: they are never
   * matched, so an entry whose violation is now waived is listed as fixed.
   *
   * <p>Matching is by fingerprint, as a multiset: each entry matches at most one violation. Among
   * violations sharing a fingerprint, those whose message equals the entry's are matched first, so
   * the one reported as new is the one that was not recorded. A violation of a SQL statement that
   * moved within its file (statements are numbered) still matches its entry when rule, key and
   * message are unchanged. Apply a baseline to a run of the same
   * scope it was written from: on a run of one product, the entries about the rest of the mesh are
   * listed as fixed.
   *
   * @param baseline the known violations
   * @return a report whose violations are only the new ones
   */
  public GovernanceReport withBaseline(Baseline baseline) {
    BaselineMatch match = new BaselineMatch(
        Stream.concat(violations.stream(), baselined.stream()).sorted().toList(), baseline);
    return toBuilder().violations(match.fresh).baselined(match.recorded).fixed(match.fixed).build();
  }

  /**
   * True when some counted violation is at least as serious as {@code threshold}; waived and
   * baselined violations are not looked at.
   *
   * @param threshold the least severity that counts
   * @return whether a violation reaches it
   */
  public boolean hasViolationsAtLeast(Severity threshold) {
    return violations.stream().anyMatch(v -> v.severity().atLeast(threshold));
  }

  /**
   * The counted violations of one rule.
   *
   * @param ruleId the rule's id
   * @return its violations, sorted
   */
  public List<Violation> violationsOf(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  private Builder toBuilder() {
    return builder().files(summary.files()).products(summary.products()).contracts(summary.contracts())
        .statements(summary.statements()).violations(violations).ignoredFiles(ignoredFiles).waived(waived)
        .baselined(baselined).fixed(fixed).configurationHash(configurationHash);
  }

  /** Removes the first entry {@code which} accepts from {@code entries} (may be null); true if there was one. */
  /**
   * Assembles a {@link GovernanceReport} and computes its summary: errors, warnings and infos count
   * the violations set with {@link #violations}, which are those neither waived nor baselined. Each
   * setter replaces what was set before. Not thread-safe; {@link #build()} copies what it was given.
   */
  public static final class Builder {

    private int files;
    private int products;
    private int contracts;
    private int statements;
    private List<Violation> violations = List.of();
    private List<String> ignoredFiles = List.of();
    private List<WaivedViolation> waived = List.of();
    private List<Violation> baselined = List.of();
    private List<Baseline.Entry> fixed = List.of();
    private String configurationHash = "";

    Builder() {}

    /**
     * Sets the number of files read: metadata, SQL, referenced, ignored and unreadable ones.
     *
     * @param count files read
     * @return this builder
     */
    public Builder files(int count) {
      this.files = count;
      return this;
    }

    /**
     * Sets the number of data products read.
     *
     * @param count data products
     * @return this builder
     */
    public Builder products(int count) {
      this.products = count;
      return this;
    }

    /**
     * Sets the number of data contracts read.
     *
     * @param count data contracts
     * @return this builder
     */
    public Builder contracts(int count) {
      this.contracts = count;
      return this;
    }

    /**
     * Sets the number of SQL statements read, parsed or not.
     *
     * @param count SQL statements
     * @return this builder
     */
    public Builder statements(int count) {
      this.statements = count;
      return this;
    }

    /**
     * Sets the violations that count: neither waived nor baselined.
     *
     * @param list the violations, in any order
     * @return this builder
     */
    public Builder violations(Collection<Violation> list) {
      this.violations = List.copyOf(list);
      return this;
    }

    /**
     * Sets the YAML and JSON files that are none of the standards read.
     *
     * @param list paths relative to the workspace root, in any order
     * @return this builder
     */
    public Builder ignoredFiles(Collection<String> list) {
      this.ignoredFiles = List.copyOf(list);
      return this;
    }

    /**
     * Sets the violations a waiver covers.
     *
     * @param list the waived violations with their waivers, in any order
     * @return this builder
     */
    public Builder waived(Collection<WaivedViolation> list) {
      this.waived = List.copyOf(list);
      return this;
    }

    /**
     * Sets the violations a baseline records; {@link GovernanceReport#withBaseline} is the usual way
     * to get them.
     *
     * @param list the baselined violations, in any order
     * @return this builder
     */
    public Builder baselined(Collection<Violation> list) {
      this.baselined = List.copyOf(list);
      return this;
    }

    /**
     * Sets the baseline entries no violation matches any more.
     *
     * @param list the fixed entries, in any order
     * @return this builder
     */
    public Builder fixed(Collection<Baseline.Entry> list) {
      this.fixed = List.copyOf(list);
      return this;
    }

    /**
     * Sets what identifies the configuration the run used.
     *
     * @param hash the configuration's hash, {@code ""} when not known
     * @return this builder
     */
    public Builder configurationHash(String hash) {
      this.configurationHash = Objects.requireNonNull(hash, "configurationHash");
      return this;
    }

    /**
     * The report, its lists sorted and its summary counted from them.
     *
     * @return the report
     * @throws IllegalArgumentException when a count is negative
     */
    public GovernanceReport build() {
      return new GovernanceReport(summary(files, products, contracts, statements, violations, waived, baselined, fixed),
          violations, ignoredFiles, waived, baselined, fixed, configurationHash);
    }

    private static Summary summary(int files, int products, int contracts, int statements,
        List<Violation> violations, List<WaivedViolation> waived, List<Violation> baselined,
        List<Baseline.Entry> fixed) {
      int[] counts = new int[Severity.values().length];
      violations.forEach(v -> counts[v.severity().ordinal()]++);
      return new Summary(files, products, contracts, statements, counts[Severity.ERROR.ordinal()],
          counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()], waived.size(), baselined.size(),
          fixed.size());
    }
  }
}
