package dev.meshgovernance.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule reports: a stable key, a message, and optionally a remediation hint and a more precise
 * origin than the subject's. The engine adds rule id, severity and subject path to make a
 * {@link Violation}.
 *
 * @param key stable message key, part of the violation's fingerprint: kebab-case, optionally qualified
 *     by what it is about when one subject can have several such findings, e.g. {@code missing:latency}
 *     or {@code missing-port:sales-orders-contract}
 * @param message what is wrong, naming the offending values
 * @param hint how to fix it; empty to use the rule's default hint
 * @param origin where exactly; empty to use the subject's origin
 */
public record Finding(String key, String message, Optional<String> hint, Optional<Origin> origin) {

  public Finding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(origin, "origin");
  }

  /** A finding on the subject being checked. */
  public static Finding of(String key, String message) {
    return new Finding(key, message, Optional.empty(), Optional.empty());
  }

  /** This finding with a remediation hint. */
  public Finding withHint(String newHint) {
    return new Finding(key, message, Optional.of(newHint), origin);
  }

  /** This finding at a more precise origin, e.g. the line of a {@code SELECT *}. */
  public Finding at(Origin newOrigin) {
    return new Finding(key, message, hint, Optional.of(newOrigin));
  }
}
