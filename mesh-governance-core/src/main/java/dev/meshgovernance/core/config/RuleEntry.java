package dev.meshgovernance.core.config;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration layer says of one rule: {@code off}, a severity, and options, with where it
 * says so (for error messages).
 *
 * @param off whether the rule is turned off
 * @param severity the severity, if set
 * @param options option values, by name
 * @param locked whether domains may not turn the rule off or lower its severity
 * @param waivable {@code false} when no waiver may cover the rule's violations
 * @param scope where the rule runs, if the entry limits it
 * @param origin where the entry is written
 * @param optionOrigins where each option's value is written
 */
public record RuleEntry(boolean off, Optional<Severity> severity, Map<String, Object> options, boolean locked,
    boolean waivable, Optional<Scope> scope, Origin origin, Map<String, Origin> optionOrigins) {

  private static final List<String> KEYS = List.of("severity", "options", "locked", "waivable", "scope");

  public RuleEntry {
    options = Map.copyOf(options);
    optionOrigins = Map.copyOf(optionOrigins);
  }

  /** Where an option's value is written; the entry's place when not known. */
  public Origin originOf(String option) {
    return optionOrigins.getOrDefault(option, origin);
  }

  /**
   * Reads {@code off}, a severity name, or {@code {severity, options}}.
   *
   * @throws ConfigurationException saying what was expected, and where
   */
  static RuleEntry parse(String ruleId, Element value) {
    Origin origin = value.origin();
    if (value.node().isTextual() || value.node().isBoolean()) {
      return ofWord(ruleId, value, origin);
    }
    if (!value.isObject()) {
      throw new ConfigurationException(origin, "rule " + ruleId + ": expected off, error, warning, info or "
          + "{severity, options}, got " + value.node());
    }
    value.node().fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw new ConfigurationException(value.get(key).origin(), "rule " + ruleId + ": unknown key '" + key
            + "', expected severity, options, locked, waivable or scope" + Suggestions.didYouMean(key, KEYS));
      }
    });
    RuleEntry severity = value.has("severity")
        ? ofWord(ruleId, value.get("severity"), value.get("severity").origin())
        : new RuleEntry(false, Optional.empty(), Map.of(), false, true, Optional.empty(), origin, Map.of());
    Element options = value.get("options");
    if (value.has("options") && !options.isObject()) {
      throw new ConfigurationException(options.origin(), "rule " + ruleId + ": options must be a mapping");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Origin> origins = new LinkedHashMap<>();
    if (options.isObject()) {
      options.node().fields().forEachRemaining(e -> {
        values.put(e.getKey(), Values.plain(e.getValue()));
        origins.put(e.getKey(), options.get(e.getKey()).origin());
      });
    }
    Element locked = value.get("locked");
    if (value.has("locked") && !locked.node().isBoolean()) {
      throw new ConfigurationException(locked.origin(), "rule " + ruleId + ": locked must be true or false");
    }
    Element waivable = value.get("waivable");
    if (value.has("waivable") && !waivable.node().isBoolean()) {
      throw new ConfigurationException(waivable.origin(), "rule " + ruleId + ": waivable must be true or false");
    }
    Optional<Scope> scope = value.has("scope") ? Optional.of(Scope.parse(ruleId, value.get("scope"))) : Optional.empty();
    return new RuleEntry(severity.off(), severity.severity(), values, locked.node().asBoolean(false),
        waivable.node().asBoolean(true), scope, origin, origins);
  }

  /**
   * Reads {@code off} or a severity name. YAML 1.1 reads an unquoted {@code off} or {@code no} as
   * {@code false}, so {@code false} (as YAML or JSON writes it) means off too; {@code true} (an unquoted
   * {@code on}, {@code yes}) names no severity and is refused with what to write instead.
   */
  private static RuleEntry ofWord(String ruleId, Element value, Origin origin) {
    if (value.node().isBoolean()) {
      if (!value.node().booleanValue()) {
        return new RuleEntry(true, Optional.empty(), Map.of(), false, true, Optional.empty(), origin, Map.of());
      }
      throw new ConfigurationException(origin, "rule " + ruleId + ": got true (YAML reads unquoted on, yes and "
          + "true as true), which names no severity; write error, warning or info, or off");
    }
    if (!value.node().isTextual()) {
      throw new ConfigurationException(origin, "rule " + ruleId + ": expected off, error, warning or info, got "
          + value.node());
    }
    String word = value.text();
    if (word.equals("off")) {
      return new RuleEntry(true, Optional.empty(), Map.of(), false, true, Optional.empty(), origin, Map.of());
    }
    try {
      return new RuleEntry(false, Optional.of(Severity.parse(word)), Map.of(), false, true, Optional.empty(), origin, Map.of());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(origin, "rule " + ruleId + ": expected off, error, warning or info, got '"
          + word + "'" + Suggestions.didYouMean(word,
              List.of("off", "error", "warning", "info")));
    }
  }
}
