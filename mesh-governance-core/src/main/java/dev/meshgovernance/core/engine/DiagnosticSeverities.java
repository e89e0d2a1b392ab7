package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.config.Profile;
import dev.meshgovernance.core.config.RuleEntry;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The severities configured for the library's own findings ({@link Diagnostics#CONFIGURABLE}: {@code input.*},
 * {@code sql.parse-error}, …), which the layers' global {@code rules:} and the builder set like a rule's; the last
 * one wins. A configured severity replaces the one the finding is raised with, in every kind of run; where none
 * is configured, a run's defaults apply (the gateway's: {@link Diagnostics#UNJUDGED_SQL} are errors), else the
 * severity the finding was raised with.
 */
final class DiagnosticSeverities {

  private final Map<String, Severity> configured = new TreeMap<>();

  DiagnosticSeverities(List<Profile> layers, Map<String, Severity> builder) {
    for (Profile layer : layers) {
      layer.rules().forEach((id, entry) -> {
        if (Diagnostics.isConfigurable(id)) {
          entry.severity().ifPresent(severity -> configured.put(id, severity));
        }
      });
    }
    builder.forEach((id, severity) -> {
      if (Diagnostics.isConfigurable(id)) {
        configured.put(id, severity);
      }
    });
  }

  /**
   * Refuses what a finding of the library cannot have: {@code off} (what it reports would pass unsaid; lower it to
   * info instead), options, a scope, a lock, or a setting of a domain.
   *
   * @param domain the domain whose entry it is, {@code ""} for the global ones
   * @throws ConfigurationException at the entry
   */
  static void validate(String id, RuleEntry entry, String domain) {
    String problem = !domain.isEmpty() ? "is set globally, not by a domain (domain " + domain + ")"
        : entry.off() ? "cannot be turned off: what it reports would pass unsaid; lower it to info instead"
        : !entry.options().isEmpty() ? "has no options"
        : entry.scope().isPresent() ? "has no scope"
        : entry.locked() ? "cannot be locked: no domain can set it" : "";
    if (!problem.isEmpty()) {
      throw new ConfigurationException(entry.options().isEmpty() ? entry.origin()
          : entry.originOf(entry.options().keySet().iterator().next()),
          id + " is a finding of the library about its input, not a rule: it " + problem);
    }
  }

  /** The violation at its configured severity, else at {@code defaults}' for its id, else as raised. */
  Violation apply(Violation violation, Map<String, Severity> defaults) {
    Severity severity = configured.getOrDefault(violation.ruleId(), defaults.get(violation.ruleId()));
    return severity == null || severity == violation.severity() ? violation : violation.withSeverity(severity);
  }

  /** The configured severities as stable text for the configuration hash; {@code ""} when none is configured. */
  String canonical() {
    StringBuilder text = new StringBuilder();
    configured.forEach((id, severity) -> text.append("finding ").append(id).append(' ').append(severity.id()).append('\n'));
    return text.toString();
  }
}
