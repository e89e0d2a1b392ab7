package dev.meshgovernance.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a mesh: by a rule, or by reading the input (rule ids {@code input.*},
 * {@code schema.*}, {@code sql.*}, {@code reference.*}, {@code engine.*}).
 *
 * <p>Violations sort deterministically by file, line, column, rule, subject and message. The
 * {@link #fingerprint()} identifies a violation across edits: it is made of the rule id, the
 * subject path and the message key, never of line numbers or message text.
 *
 * @param ruleId id of the rule that found it, e.g. {@code naming.column-name}
 * @param severity effective severity
 * @param key stable message key, e.g. {@code pattern-mismatch}; the variable details are in the message
 * @param message what is wrong, for a human
 * @param subject path of the subject judged, e.g. {@code contract:orders/orders/customer_email}
 * @param origin where the problem is
 * @param hint how to fix it, {@code ""} when the rule has nothing to add
 */
public record Violation(
    String ruleId, Severity severity, String key, String message, String subject, Origin origin, String hint)
    implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::origin)
          .thenComparing(Violation::ruleId)
          .thenComparing(Violation::subject)
          .thenComparing(Violation::message);

  /** Checks that every part but the hint is given; a missing hint is {@code ""}. */
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(origin, "origin");
    hint = hint == null ? "" : hint;
  }

  /**
   * The stable identity of this violation: 16 hex digits of the SHA-256 of rule id, subject path and
   * message key. Baselines match violations by it; it survives edits that move lines or reword messages.
   */
  public String fingerprint() {
    return Fingerprint.of(ruleId, subject, key);
  }

  /** The same violation with another severity, as configuration decides. */
  public Violation withSeverity(Severity newSeverity) {
    return new Violation(ruleId, newSeverity, key, message, subject, origin, hint);
  }

  /** Orders by origin (file, line, column, pointer), then rule, subject and message. */
  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }
}
