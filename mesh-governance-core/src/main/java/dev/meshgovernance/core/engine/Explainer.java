package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.core.config.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an {@link Explanation} from the effective settings. */
final class Explainer {

  private Explainer() {}

  static Explanation explain(Mesh mesh, Subject subject, List<RuleInfo> rules, EffectiveSettings settings,
      String configurationHash, GovernanceReport report) {
    SubjectContext context = SubjectContext.of(mesh, subject);
    List<Explanation.RuleDecision> decisions = new ArrayList<>();
    for (RuleInfo info : rules) {
      if (info.subjectType().isInstance(subject)) {
        decisions.add(decision(info, settings.of(info.id(), context.domain()), context));
      }
    }
    return new Explanation(subject.path(), subject.getClass().getSimpleName(), context.domain(), context.status(),
        context.tags(), List.copyOf(context.classifications()), configurationHash, decisions, report);
  }

  private static Explanation.RuleDecision decision(RuleInfo info, ResolvedRule resolved, SubjectContext context) {
    String scope = resolved.scope().map(Scope::describe).orElse("");
    if (resolved.settings().isEmpty()) {
      return new Explanation.RuleDecision(info.id(), false, "off", Optional.empty(), resolved.severityBy(), List.of(),
          scope, resolved.offBy());
    }
    RuleSettings settings = resolved.settings().get();
    List<Explanation.OptionValue> options = info.options().stream()
        .map(RuleOption::name)
        .map(name -> new Explanation.OptionValue(name, settings.options().get(name), resolved.optionsBy().get(name)))
        .toList();
    boolean applies = resolved.appliesTo(context);
    return new Explanation.RuleDecision(info.id(), applies, applies ? "" : "out of scope", Optional.of(settings.severity()),
        resolved.severityBy(), options, scope, resolved.scopeBy());
  }
}
