package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.config.Profile;
import dev.meshgovernance.core.config.RuleEntry;
import dev.meshgovernance.core.config.Scope;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The effective settings of every rule — globally and per domain — from the layers of configuration
 * and the builder's own settings, with the layer each part comes from, and the problems found on the
 * way (a domain relaxing a locked rule).
 */
final class EffectiveSettings {

  /** Builder settings, applied last. */
  record Overrides(Map<String, Severity> severities, Set<String> disabled, Map<String, Map<String, Object>> options,
      Map<String, Scope> scopes) {}

  /** An entry of a layer, with the source it is reported as. */
  private record Sourced(RuleEntry entry, Profile layer, String suffix) {
    String source() {
      return layer.source(entry.origin()) + suffix;
    }

    String optionSource(String option) {
      return layer.source(entry.originOf(option)) + suffix;
    }
  }

  private final Map<String, ResolvedRule> global = new TreeMap<>();
  private final Map<String, Map<String, ResolvedRule>> domains = new TreeMap<>();
  private final List<Violation> problems = new ArrayList<>();

  EffectiveSettings(List<RuleInfo> rules, List<Profile> layers, Overrides overrides) {
    Set<String> domainNames = new TreeSet<>();
    layers.forEach(layer -> domainNames.addAll(layer.domains().keySet()));
    for (RuleInfo info : rules) {
      List<Sourced> globalEntries = entries(layers, info.id(), Profile::rules, "");
      ResolvedRule globally = resolve(info, globalEntries, overrides);
      global.put(info.id(), globally);
      boolean locked = globalEntries.stream().anyMatch(e -> e.entry().locked());
      for (String domain : domainNames) {
        List<Sourced> domainEntries = entries(layers, info.id(), layer -> layer.domains().getOrDefault(domain, Map.of()),
            " (domain " + domain + ")");
        if (domainEntries.isEmpty()) {
          continue;
        }
        if (locked) {
          domainEntries = keepTightening(info, domain, domainEntries, globally);
        }
        List<Sourced> all = new ArrayList<>(globalEntries);
        all.addAll(domainEntries);
        domains.computeIfAbsent(domain, d -> new TreeMap<>()).put(info.id(), resolve(info, all, overrides));
      }
    }
  }

  /** The configuration of a rule for a subject of {@code domain} (lower-case, {@code ""} for none). */
  ResolvedRule of(String ruleId, String domain) {
    return domains.getOrDefault(domain, Map.of()).getOrDefault(ruleId, global.get(ruleId));
  }

  /** True when the rule runs globally or in some domain. */
  boolean enabledSomewhere(String ruleId) {
    return global.get(ruleId).settings().isPresent()
        || domains.values().stream().anyMatch(d -> d.containsKey(ruleId) && d.get(ruleId).settings().isPresent());
  }

  /** Configuration problems that are violations rather than errors: {@code config.locked-rule-relaxed}. */
  List<Violation> problems() {
    return List.copyOf(problems);
  }

  /**
   * The effective configuration as stable text, one line per rule and domain override (what runs,
   * at which severity, with which options, where), for the configuration hash.
   */
  String canonical() {
    StringBuilder text = new StringBuilder();
    global.forEach((id, rule) -> text.append(id).append(' ').append(canonical(rule)).append('\n'));
    domains.forEach((domain, rules) -> rules.forEach((id, rule) ->
        text.append(id).append(" @").append(domain).append(' ').append(canonical(rule)).append('\n')));
    return text.toString();
  }

  private static String canonical(ResolvedRule rule) {
    return rule.settings().map(s -> s.severity().id() + " " + canonicalValue(s.options())).orElse("off")
        + rule.scope().map(s -> " scope " + s.describe()).orElse("");
  }

  /** A value as text independent of map iteration order. */
  private static String canonicalValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonicalValue(v)));
      return sorted.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(EffectiveSettings::canonicalValue).toList().toString();
    }
    return String.valueOf(value);
  }

  private static List<Sourced> entries(List<Profile> layers, String id, Function<Profile, Map<String, RuleEntry>> part,
      String suffix) {
    List<Sourced> entries = new ArrayList<>();
    for (Profile layer : layers) {
      Stream.of(Profile.EVERY_RULE, id).map(part.apply(layer)::get).filter(e -> e != null)
          .forEach(e -> entries.add(new Sourced(e, layer, suffix)));
    }
    return entries;
  }

  /**
   * Drops the domain entries that would turn a locked rule off, lower its severity or change its
   * scope, reporting each.
   */
  private List<Sourced> keepTightening(RuleInfo info, String domain, List<Sourced> entries, ResolvedRule globally) {
    List<Sourced> kept = new ArrayList<>();
    for (Sourced sourced : entries) {
      RuleEntry entry = sourced.entry();
      Optional<Severity> lowered = entry.severity()
          .filter(s -> globally.settings().isPresent() && !s.atLeast(globally.settings().get().severity()));
      String relaxation = entry.off() ? "turns off"
          : lowered.isPresent() ? "lowers to " + lowered.get().id()
          : entry.scope().isPresent() ? "limits the scope of" : "";
      if (relaxation.isEmpty()) {
        kept.add(sourced);
        continue;
      }
      problems.add(Diagnostics.error(Diagnostics.CONFIG_LOCKED_RULE_RELAXED, info.id() + ":" + domain,
          "domain " + domain + " " + relaxation + " rule " + info.id()
              + ", which the global policy locks; the setting has no effect",
          Diagnostics.fileSubject(entry.origin().file()), entry.origin()));
    }
    return kept;
  }

  private static ResolvedRule resolve(RuleInfo info, List<Sourced> entries, Overrides overrides) {
    boolean off = false;
    String offBy = "";
    Severity severity = info.severity();
    String severityBy = ResolvedRule.RULE_DEFAULT;
    Map<String, Object> configured = new LinkedHashMap<>();
    Map<String, String> optionsBy = new HashMap<>();
    info.options().forEach(o -> optionsBy.put(o.name(), ResolvedRule.RULE_DEFAULT));
    Optional<Scope> scope = Optional.empty();
    String scopeBy = "";
    for (Sourced sourced : entries) {
      RuleEntry entry = sourced.entry();
      if (entry.off()) {
        off = true;
        offBy = sourced.source();
      } else if (entry.severity().isPresent()) {
        off = false;
        severity = entry.severity().get();
        severityBy = sourced.source();
      }
      entry.options().forEach((name, value) -> {
        configured.put(name, value);
        optionsBy.put(name, sourced.optionSource(name));
      });
      if (entry.scope().isPresent()) {
        scope = entry.scope();
        scopeBy = sourced.source();
      }
    }
    if (overrides.severities().containsKey(info.id())) {
      off = false;
      severity = overrides.severities().get(info.id());
      severityBy = ResolvedRule.BUILDER;
    }
    if (overrides.disabled().contains(info.id())) {
      off = true;
      offBy = ResolvedRule.BUILDER;
    }
    overrides.options().getOrDefault(info.id(), Map.of()).forEach((name, value) -> {
      configured.put(name, value);
      optionsBy.put(name, ResolvedRule.BUILDER);
    });
    if (overrides.scopes().containsKey(info.id())) {
      scope = Optional.of(overrides.scopes().get(info.id()));
      scopeBy = ResolvedRule.BUILDER;
    }
    Optional<RuleSettings> settings = off ? Optional.empty()
        : Optional.of(new RuleSettings(severity, options(info, configured)));
    return new ResolvedRule(settings, off ? offBy : "", severityBy, optionsBy, scope, scopeBy);
  }

  private static Map<String, Object> options(RuleInfo info, Map<String, Object> configured) {
    Map<String, Object> values = new HashMap<>();
    info.options().forEach(o -> values.put(o.name(), o.defaultValue()));
    configured.forEach((name, value) -> values.put(name, converted(info, name, value, IllegalArgumentException::new)));
    return values;
  }

  /**
   * A configured option value converted to the option's type; an unknown option (with the closest
   * name) or a value of the wrong type is {@code failure}'s exception with the message.
   */
  static Object converted(RuleInfo info, String name, Object value,
      Function<String, ? extends RuntimeException> failure) {
    RuleOption<?> option = info.option(name).orElseThrow(() -> failure.apply("rule " + info.id()
        + " has no option '" + name + "'"
        + Suggestions.didYouMean(name, info.options().stream().map(RuleOption::name).toList())));
    try {
      return option.convert(value);
    } catch (IllegalArgumentException e) {
      throw failure.apply("rule " + info.id() + ": " + e.getMessage());
    }
  }
}
