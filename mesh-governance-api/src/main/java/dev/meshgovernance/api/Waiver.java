package dev.meshgovernance.api;

import dev.meshgovernance.api.model.SubjectPath;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A governed exception: the violations of one rule on matching subjects are kept in the report as
 * waived instead of counting, until the waiver expires. Waivers live in the policy file or next to
 * what they waive ({@code customProperties: governanceWaivers}).
 *
 * @param rule the rule id it waives
 * @param subject a subject path — which covers that subject and everything below it (its datasets,
 *     fields, nested fields), compared by whole segments ({@link SubjectPath#covers}) — or a glob over the
 *     paths' text ({@code *} any characters, {@code ?} one)
 * @param reason why the exception is acceptable
 * @param owner who answers for it
 * @param expires the last day it applies
 * @param ticket where it is tracked, {@code ""} when not given
 * @param origin where it is written
 */
public record Waiver(String rule, String subject, String reason, String owner, LocalDate expires, String ticket,
    Origin origin) {

  public Waiver {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * True when this waiver covers the violation: same rule, and its subject covers the violation's subject by whole
   * segments ({@link SubjectPath#covers}), or — for a glob — matches it or a path it is inside of
   * ({@link SubjectPath#matchesGlob}).
   */
  public boolean covers(Violation violation) {
    if (!rule.equals(violation.ruleId())) {
      return false;
    }
    SubjectPath path = SubjectPath.parse(violation.subject());
    return isGlob() ? path.matchesGlob(subject) : subjectPath().covers(path);
  }

  /** True when the subject is a glob ({@code *} or {@code ?}) rather than a path. */
  public boolean isGlob() {
    return SubjectPath.isGlob(subject);
  }

  /** The subject as a path value; for a glob, a path that is the glob's text. */
  public SubjectPath subjectPath() {
    return SubjectPath.parse(subject);
  }

  /** True when {@code today} is after the expiry date. */
  public boolean expiredOn(LocalDate today) {
    return today.isAfter(expires);
  }
}
