package dev.meshgovernance.api.model;

/** What a change of a contract means to its consumers, and the version bump it calls for. */
public enum ChangeImpact {
  /** Consumers may break (a field removed, a type narrowed…): a major version. */
  BREAKING,
  /** Something new that breaks nobody (a new optional field, a new dataset…): a minor version. */
  ADDITIVE,
  /** Only documentation changed (descriptions, tags): a patch version. */
  DOCUMENTATION
}
