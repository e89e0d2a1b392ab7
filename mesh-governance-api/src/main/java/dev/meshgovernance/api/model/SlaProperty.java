package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * One ODCS {@code slaProperties[]} entry.
 *
 * @param property e.g. {@code latency}, {@code availability}
 * @param value the value as written
 * @param unit e.g. {@code d}, {@code %}; {@code ""} when not given
 */
public record SlaProperty(String property, String value, String unit) {
  public SlaProperty {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}
