package dev.meshgovernance.api;

import dev.meshgovernance.api.model.Mesh;

/**
 * What a rule sees while it checks one subject: the whole mesh, its effective options, and a way to
 * report findings on that subject. A context belongs to one check call; do not keep it.
 */
public interface RuleContext {

  /** The whole mesh being checked, for cross-references (contracts of a port, owners of tables…). */
  Mesh mesh();

  /** The effective value of one of the rule's options: configured, or its default. */
  <T> T option(RuleOption<T> option);

  /** Reports a finding on the subject being checked. */
  void report(Finding finding);

  /** Reports a finding with this key and message on the subject being checked. */
  default void report(String key, String message) {
    report(Finding.of(key, message));
  }
}
