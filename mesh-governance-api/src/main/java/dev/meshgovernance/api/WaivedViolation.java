package dev.meshgovernance.api;

import java.util.Objects;

/**
 * A violation a waiver covers: kept in the report, not counted toward the fail threshold.
 *
 * @param violation the violation
 * @param waiver the waiver covering it
 */
public record WaivedViolation(Violation violation, Waiver waiver) {

  /** Checks that both parts are given. */
  public WaivedViolation {
    Objects.requireNonNull(violation, "violation");
    Objects.requireNonNull(waiver, "waiver");
  }
}
