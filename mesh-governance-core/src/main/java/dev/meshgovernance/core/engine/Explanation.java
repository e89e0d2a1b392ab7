package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the engine judges a subject as it does: the context that selects its settings (domain, and
 * the status, tags and classifications rule scopes look at), every rule that checks subjects of its
 * kind with the effective severity and options and the configuration layer that set each, and what
 * the rules found. Made by {@link GovernanceEngine#explain}.
 *
 * @param subject the subject's path
 * @param kind the kind of subject ({@code DataProduct}, {@code Field}…)
 * @param domain the domain whose overrides apply, {@code ""} for none
 * @param status the status of the subject's product or contract, {@code ""} when none
 * @param tags the tags of the subject's product or contract
 * @param classifications the classifications of the fields of the subject's contract(s)
 * @param configurationHash the engine's {@link GovernanceEngine#configurationHash()}
 * @param rules one decision per rule that checks this kind of subject, in rule id order
 * @param report the violations and waived violations of this subject
 */
public record Explanation(String subject, String kind, String domain, String status, List<String> tags,
    List<String> classifications, String configurationHash, List<RuleDecision> rules, GovernanceReport report) {

  public Explanation {
    Objects.requireNonNull(subject, "subject");
    tags = List.copyOf(tags);
    classifications = List.copyOf(classifications);
    rules = List.copyOf(rules);
    Objects.requireNonNull(report, "report");
  }

  /**
   * How one rule is configured for the subject.
   *
   * @param ruleId the rule
   * @param applies whether the rule checks the subject
   * @param reason why not, when it does not ({@code off}, or out of its scope); {@code ""} when it applies
   * @param severity the effective severity, when the rule is on
   * @param severitySetBy the layer that set the severity ({@code rule default}, {@code profile strict, line 8},
   *     {@code governance.yaml:12:5 (domain sales)}, {@code engine builder}…)
   * @param options the effective option values, by name
   * @param scope the rule's scope as written, {@code ""} when not limited
   * @param setBy the layer that turned the rule off or set its scope, {@code ""} when neither
   */
  public record RuleDecision(String ruleId, boolean applies, String reason, Optional<Severity> severity,
      String severitySetBy, List<OptionValue> options, String scope, String setBy) {

    public RuleDecision {
      options = List.copyOf(options);
    }
  }

  /**
   * An option's effective value.
   *
   * @param name the option
   * @param value its value
   * @param setBy the layer that set it, {@code rule default} when none did
   */
  public record OptionValue(String name, Object value, String setBy) {}
}
