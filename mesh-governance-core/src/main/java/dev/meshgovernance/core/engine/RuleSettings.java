package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import java.util.Map;

/**
 * The effective settings of one rule in an engine: its severity and option values (configured, or
 * the rule's defaults).
 */
record RuleSettings(Severity severity, Map<String, Object> options) {

  RuleSettings {
    options = Map.copyOf(options);
  }

  <T> T option(RuleOption<T> option) {
    Object value = options.get(option.name());
    if (value == null) {
      throw new IllegalArgumentException("option " + option.name() + " is not declared by the rule");
    }
    return option.type().cast(value);
  }
}
