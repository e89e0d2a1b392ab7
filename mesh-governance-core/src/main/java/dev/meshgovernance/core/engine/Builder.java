package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link GovernanceEngine}: which rules, and their severities and options. Settings naming
 * an unknown rule or option, or an option value of the wrong type, fail {@link #build()} with a
 * message that names the problem and suggests the closest known name.
 */
public final class Builder {

  private final List<Rule<?>> rules = new ArrayList<>();
  private final Map<String, Severity> severities = new LinkedHashMap<>();
  private final Set<String> disabled = new HashSet<>();
  private final Map<String, Map<String, Object>> options = new LinkedHashMap<>();

  private SqlAnalyzer sqlAnalyzer;

  Builder() {}

  /** The SQL analyzer for {@code evaluateSql} and workspaces (default: a new one, 5 s per statement). */
  public Builder sqlAnalyzer(SqlAnalyzer analyzer) {
    this.sqlAnalyzer = analyzer;
    return this;
  }

  /** Adds a rule. */
  public Builder rule(Rule<?> rule) {
    rules.add(rule);
    return this;
  }

  /** Adds rules. */
  public Builder rules(Iterable<? extends Rule<?>> more) {
    more.forEach(rules::add);
    return this;
  }

  /** Adds every rule registered with {@link ServiceLoader} on the context class loader (or this class's). */
  public Builder discoverRules() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discoverRules(loader == null ? Builder.class.getClassLoader() : loader);
  }

  /** Adds every rule registered with {@link ServiceLoader} on {@code loader}. */
  @SuppressWarnings("rawtypes")
  public Builder discoverRules(ClassLoader loader) {
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      rules.add(rule);
    }
    return this;
  }

  /** Sets the severity of a rule, replacing its default. */
  public Builder severity(String ruleId, Severity severity) {
    severities.put(ruleId, severity);
    return this;
  }

  /** Turns a rule off. */
  public Builder disable(String ruleId) {
    disabled.add(ruleId);
    return this;
  }

  /** Sets an option of a rule; the value is checked against the option's type when building. */
  public Builder option(String ruleId, String option, Object value) {
    options.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(option, value);
    return this;
  }

  /**
   * The engine.
   *
   * @throws IllegalArgumentException when two rules share an id, a rule's metadata is invalid, or a
   *     setting names an unknown rule or option or gives an option a value of the wrong type
   */
  @SuppressWarnings("unchecked")
  public GovernanceEngine build() {
    Map<String, Rule<?>> byId = new TreeMap<>();
    for (Rule<?> rule : rules) {
      RuleInfo info = rule.info();
      if (info == null) {
        throw new IllegalArgumentException("rule " + rule.getClass().getName() + " has no metadata");
      }
      Rule<?> previous = byId.put(info.id(), rule);
      boolean sameRuleTwice = previous != null && previous.getClass() == rule.getClass() && previous.info().equals(info);
      if (previous != null && !sameRuleTwice) {
        throw new IllegalArgumentException("two rules have the id " + info.id() + ": "
            + previous.getClass().getName() + " and " + rule.getClass().getName());
      }
    }
    Set<String> settingIds = new HashSet<>(severities.keySet());
    settingIds.addAll(disabled);
    settingIds.addAll(options.keySet());
    for (String id : settingIds) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("unknown rule '" + id + "'" + Suggestions.didYouMean(id, byId.keySet()));
      }
    }
    List<Rule<Subject>> enabled = new ArrayList<>();
    Map<String, RuleSettings> settings = new HashMap<>();
    for (Rule<?> rule : byId.values()) {
      RuleInfo info = rule.info();
      if (disabled.contains(info.id())) {
        continue;
      }
      enabled.add((Rule<Subject>) rule);
      settings.put(info.id(), new RuleSettings(severities.getOrDefault(info.id(), info.severity()),
          effectiveOptions(info, options.getOrDefault(info.id(), Map.of()))));
    }
    enabled.sort(Comparator.comparing(r -> r.info().id()));
    return new GovernanceEngine(enabled, settings, sqlAnalyzer == null ? new SqlAnalyzer() : sqlAnalyzer);
  }

  private static Map<String, Object> effectiveOptions(RuleInfo info, Map<String, Object> configured) {
    Map<String, Object> values = new HashMap<>();
    info.options().forEach(o -> values.put(o.name(), o.defaultValue()));
    List<String> names = info.options().stream().map(RuleOption::name).toList();
    configured.forEach((name, value) -> {
      RuleOption<?> option = info.option(name).orElseThrow(() -> new IllegalArgumentException(
          "rule " + info.id() + " has no option '" + name + "'" + Suggestions.didYouMean(name, names)));
      try {
        values.put(name, option.convert(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule " + info.id() + ": " + e.getMessage(), e);
      }
    });
    return values;
  }
}
