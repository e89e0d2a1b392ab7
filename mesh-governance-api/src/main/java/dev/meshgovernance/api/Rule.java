package dev.meshgovernance.api;

import dev.meshgovernance.api.model.Subject;

/**
 * A governance rule: metadata and one check. The engine walks the mesh, hands the rule every subject
 * of the type its {@link RuleInfo#subjectType()} names, and attaches severity, subject path and
 * origin to what the rule reports.
 *
 * <p>Implementations must be stateless (or immutable) and thread-safe: one instance checks many
 * subjects, possibly in parallel. A rule that throws does not stop the run; the engine turns the
 * exception into one {@code engine.rule-error} violation. Built-in and third-party rules are found
 * with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.meshgovernance.api.Rule}.
 *
 * <pre>{@code
 * public final class DescriptionRequired implements Rule<Field> {
 *   private static final RuleInfo INFO = RuleInfo.builder("documentation.field-description", Field.class)
 *       .title("Fields have a description")
 *       .description("Every field of a contract explains what it holds.")
 *       .rationale("Consumers cannot use data they do not understand.")
 *       .build();
 *
 *   public RuleInfo info() { return INFO; }
 *
 *   public void check(Field field, RuleContext context) {
 *     if (field.description().isBlank()) {
 *       context.report(Finding.of("missing", "field '" + field.name() + "' has no description"));
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param <S> the type of subject this rule judges
 */
public interface Rule<S extends Subject> {

  /** The rule's metadata; the same value on every call. */
  RuleInfo info();

  /** Judges one subject and reports what is wrong through {@code context}. */
  void check(S subject, RuleContext context);
}
