package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.config.Profile;
import dev.meshgovernance.core.config.RuleEntry;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The effective settings of every rule — globally and per domain — from the layers of configuration
 * and the builder's own settings, and the problems found on the way (a domain relaxing a locked rule).
 */
final class EffectiveSettings {

  /** Builder settings, applied last. */
  record Overrides(Map<String, Severity> severities, Set<String> disabled, Map<String, Map<String, Object>> options) {}

  private final Map<String, RuleSettings> global = new HashMap<>();
  private final Map<String, Map<String, Optional<RuleSettings>>> domains = new HashMap<>();
  private final List<Violation> problems = new ArrayList<>();

  EffectiveSettings(List<RuleInfo> rules, List<Profile> layers, Overrides overrides) {
    Set<String> domainNames = new TreeSet<>();
    layers.forEach(layer -> domainNames.addAll(layer.domains().keySet()));
    for (RuleInfo info : rules) {
      List<RuleEntry> globalEntries = entries(layers, info.id(), Profile::rules);
      resolve(info, globalEntries, overrides).ifPresent(s -> global.put(info.id(), s));
      boolean locked = globalEntries.stream().anyMatch(RuleEntry::locked);
      for (String domain : domainNames) {
        List<RuleEntry> domainEntries = entries(layers, info.id(), layer -> layer.domains().getOrDefault(domain, Map.of()));
        if (domainEntries.isEmpty()) {
          continue;
        }
        if (locked) {
          domainEntries = keepTightening(info, domain, domainEntries, Optional.ofNullable(global.get(info.id())));
        }
        List<RuleEntry> all = new ArrayList<>(globalEntries);
        all.addAll(domainEntries);
        domains.computeIfAbsent(domain, d -> new HashMap<>()).put(info.id(), resolve(info, all, overrides));
      }
    }
  }

  /** The settings of a rule for a subject of {@code domain} (lower-case, {@code ""} for none); empty when off. */
  Optional<RuleSettings> of(String ruleId, String domain) {
    Map<String, Optional<RuleSettings>> overrides = domains.getOrDefault(domain, Map.of());
    return overrides.containsKey(ruleId) ? overrides.get(ruleId) : Optional.ofNullable(global.get(ruleId));
  }

  /** True when the rule runs globally or in some domain. */
  boolean enabledSomewhere(String ruleId) {
    return global.containsKey(ruleId) || domains.values().stream().anyMatch(d -> d.getOrDefault(ruleId, Optional.empty()).isPresent());
  }

  /** Configuration problems that are violations rather than errors: {@code config.locked-rule-relaxed}. */
  List<Violation> problems() {
    return List.copyOf(problems);
  }

  private static List<RuleEntry> entries(List<Profile> layers, String id,
      Function<Profile, Map<String, RuleEntry>> part) {
    List<RuleEntry> entries = new ArrayList<>();
    for (Profile layer : layers) {
      Stream.of(Profile.EVERY_RULE, id).map(part.apply(layer)::get).filter(Objects::nonNull).forEach(entries::add);
    }
    return entries;
  }

  /** Drops the domain entries that would turn a locked rule off or lower its severity, reporting each. */
  private List<RuleEntry> keepTightening(RuleInfo info, String domain, List<RuleEntry> entries,
      Optional<RuleSettings> globally) {
    List<RuleEntry> kept = new ArrayList<>();
    for (RuleEntry entry : entries) {
      boolean lowers = globally.isPresent() && entry.severity().filter(s -> !s.atLeast(globally.get().severity())).isPresent();
      if (entry.off() || lowers) {
        problems.add(Diagnostics.error(Diagnostics.CONFIG_LOCKED_RULE_RELAXED, info.id() + ":" + domain,
            "domain " + domain + " " + (entry.off() ? "turns off" : "lowers to " + entry.severity().get().id())
                + " rule " + info.id() + ", which the global policy locks; the setting has no effect",
            Diagnostics.fileSubject(entry.origin().file()), entry.origin()));
      } else {
        kept.add(entry);
      }
    }
    return kept;
  }

  private static Optional<RuleSettings> resolve(RuleInfo info, List<RuleEntry> entries, Overrides overrides) {
    boolean off = false;
    Severity severity = info.severity();
    Map<String, Object> configured = new LinkedHashMap<>();
    for (RuleEntry entry : entries) {
      off = entry.off() || (off && entry.severity().isEmpty());
      severity = entry.severity().orElse(severity);
      configured.putAll(entry.options());
    }
    if (overrides.disabled().contains(info.id()) || (off && !overrides.severities().containsKey(info.id()))) {
      return Optional.empty();
    }
    configured.putAll(overrides.options().getOrDefault(info.id(), Map.of()));
    return Optional.of(new RuleSettings(overrides.severities().getOrDefault(info.id(), severity),
        options(info, configured)));
  }

  private static Map<String, Object> options(RuleInfo info, Map<String, Object> configured) {
    Map<String, Object> values = new HashMap<>();
    info.options().forEach(o -> values.put(o.name(), o.defaultValue()));
    configured.forEach((name, value) -> {
      RuleOption<?> option = info.option(name).orElseThrow(() -> new IllegalArgumentException(
          "rule " + info.id() + " has no option '" + name + "'" + Suggestions.didYouMean(name, info.options().stream().map(RuleOption::name).toList())));
      try {
        values.put(name, option.convert(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule " + info.id() + ": " + e.getMessage(), e);
      }
    });
    return values;
  }
}
