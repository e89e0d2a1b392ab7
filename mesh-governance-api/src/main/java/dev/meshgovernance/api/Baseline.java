package dev.meshgovernance.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The violations a workspace is known to have, recorded so that a check counts only new ones: a team
 * adopting a rule, or mesh-governance itself, records today's violations and burns them down over time
 * while every new violation still fails the build. {@code mesh-governance baseline} writes one;
 * {@link GovernanceReport#withBaseline(Baseline)} applies one.
 *
 * <p>Entries match violations by {@link Entry#fingerprint()} — rule id, subject path and message key —
 * so they survive edits that move lines or reword messages. The entries are a multiset: a fingerprint
 * recorded twice matches two violations, and a third one is new.
 *
 * @param entries the known violations, sorted by rule, subject, key and message; duplicates are kept
 */
public record Baseline(List<Entry> entries) {

  /** Copies and sorts the entries, so equal baselines are written identically. */
  public Baseline {
    entries = entries.stream().sorted().toList();
  }

  /**
   * The baseline of a report: one entry per violation it counts or already holds as baselined.
   * Waived violations are left out — their waiver already keeps them from counting, and it expires.
   *
   * @param report the report to record
   * @return the report's violations as a baseline
   */
  public static Baseline of(GovernanceReport report) {
    return new Baseline(Stream.concat(report.violations().stream(), report.baselined().stream())
        .map(Entry::of).toList());
  }

  /**
   * One known violation.
   *
   * @param rule the rule id, e.g. {@code naming.column-name}
   * @param subject the subject path, e.g. {@code contract:orders/orders/customer_email}
   * @param key the rule's stable message key, e.g. {@code pattern-mismatch}
   * @param message the violation's message when it was recorded: for people reading the baseline and the
   *     fixed entries of a report; matching does not depend on it (see {@link GovernanceReport#withBaseline})
   */
  public record Entry(String rule, String subject, String key, String message) implements Comparable<Entry> {

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::rule)
        .thenComparing(Entry::subject)
        .thenComparing(Entry::key)
        .thenComparing(Entry::message);

    /** Checks that every part is given. */
    public Entry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(message, "message");
    }

    /**
     * The entry recording a violation.
     *
     * @param violation the violation to record
     * @return its rule, subject, key and message
     */
    public static Entry of(Violation violation) {
      return new Entry(violation.ruleId(), violation.subject(), violation.key(), violation.message());
    }

    /**
     * The identity this entry matches violations by: the same 16 hex digits as
     * {@link Violation#fingerprint()} of a violation with this rule, subject and key.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
      return Fingerprint.of(rule, subject, key);
    }

    /** Orders by rule, subject, key and message: the order of a baseline file, stable for diffs. */
    @Override
    public int compareTo(Entry other) {
      return ORDER.compare(this, other);
    }
  }
}
