package dev.meshgovernance.core.engine;

import dev.meshgovernance.core.config.Scope;
import java.util.Map;
import java.util.Optional;

/**
 * The effective configuration of one rule, globally or in one domain, and which configuration layer
 * decided each part (a source such as {@code governance.yaml:12:5}, {@code profile strict, line 8},
 * {@code rule default} or {@code engine builder}), for {@code explain}.
 *
 * @param settings severity and options; empty when the rule is off
 * @param offBy what turned the rule off ({@code ""} when on)
 * @param severityBy what set the severity
 * @param optionsBy what set each option's value, by option name
 * @param scope where the rule runs, when limited
 * @param scopeBy what set the scope ({@code ""} when not limited)
 */
record ResolvedRule(Optional<RuleSettings> settings, String offBy, String severityBy, Map<String, String> optionsBy,
    Optional<Scope> scope, String scopeBy) {

  /** The default source of a setting: the rule's own metadata. */
  static final String RULE_DEFAULT = "rule default";
  /** The source of settings made on {@link GovernanceEngine.Builder}. */
  static final String BUILDER = "engine builder";

  ResolvedRule {
    optionsBy = Map.copyOf(optionsBy);
  }

  /** True when the rule runs on a subject in this context. */
  boolean appliesTo(SubjectContext context) {
    return settings.isPresent() && scope.map(context::in).orElse(true);
  }
}
