package dev.meshgovernance.core.config;

import dev.meshgovernance.api.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration layer says of one rule: {@code off}, a severity, and options.
 *
 * @param off whether the rule is turned off
 * @param severity the severity, if set
 * @param options option values, by name
 */
public record RuleEntry(boolean off, Optional<Severity> severity, Map<String, Object> options) {

  public RuleEntry {
    options = Map.copyOf(options);
  }

  /**
   * Reads {@code off}, a severity name, or {@code {severity, options}}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  @SuppressWarnings("unchecked")
  static RuleEntry parse(String ruleId, Object value) {
    if ("off".equals(value)) {
      return new RuleEntry(true, Optional.empty(), Map.of());
    }
    if (value instanceof String severity) {
      return new RuleEntry(false, Optional.of(Severity.parse(severity)), Map.of());
    }
    if (value instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        if (!"severity".equals(key) && !"options".equals(key)) {
          throw new IllegalArgumentException("rule " + ruleId + ": unknown key '" + key + "', expected severity or options");
        }
      }
      Object severity = map.get("severity");
      Object options = map.get("options");
      if (options != null && !(options instanceof Map)) {
        throw new IllegalArgumentException("rule " + ruleId + ": options must be a mapping");
      }
      return new RuleEntry("off".equals(severity),
          severity == null || "off".equals(severity) ? Optional.empty() : Optional.of(Severity.parse(String.valueOf(severity))),
          options == null ? Map.of() : (Map<String, Object>) options);
    }
    throw new IllegalArgumentException("rule " + ruleId + ": expected off, error, warning, info or "
        + "{severity, options}, got '" + value + "'");
  }
}
