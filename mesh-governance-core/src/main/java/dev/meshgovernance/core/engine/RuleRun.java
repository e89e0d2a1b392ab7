package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One rule checking one subject: the rule's context, and the isolation of its failures. */
final class RuleRun implements RuleContext {

  private static final Logger LOG = LoggerFactory.getLogger(RuleRun.class);

  private final Rule<Subject> rule;
  private final RuleSettings settings;
  private final Mesh mesh;
  private final Subject subject;
  private final List<Violation> violations = new ArrayList<>();

  private RuleRun(Rule<Subject> rule, RuleSettings settings, Mesh mesh, Subject subject) {
    this.rule = rule;
    this.settings = settings;
    this.mesh = mesh;
    this.subject = subject;
  }

  /**
   * Runs {@code rule} on {@code subject} and returns what it reported; a rule that throws yields one
   * {@code engine.rule-error} naming the rule and the subject.
   */
  static List<Violation> run(Rule<Subject> rule, RuleSettings settings, Mesh mesh, Subject subject) {
    RuleRun run = new RuleRun(rule, settings, mesh, subject);
    try {
      rule.check(subject, run);
      return run.violations;
    } catch (RuntimeException | StackOverflowError e) {
      String id = rule.info().id();
      LOG.debug("rule {} failed on {}", id, subject.path(), e);
      return List.of(Diagnostics.error(Diagnostics.ENGINE_RULE_ERROR, id,
          "rule " + id + " failed on " + subject.path() + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          subject.path(), subject.origin()));
    }
  }

  @Override
  public Mesh mesh() {
    return mesh;
  }

  @Override
  public <T> T option(RuleOption<T> option) {
    return settings.option(option);
  }

  @Override
  public void report(Finding finding) {
    RuleInfo info = rule.info();
    violations.add(new Violation(info.id(), settings.severity(), finding.key(), finding.message(),
        subject.path(), finding.origin().orElse(subject.origin()), finding.hint().orElse(info.hint())));
  }
}
