package dev.meshgovernance.api.model;

/** What a workspace file was read as. */
public enum SourceKind {
  /** An ODCS data contract. */
  ODCS,
  /** An ODPS data product. */
  ODPS,
  /** A DPDS data product descriptor. */
  DPDS,
  /** A file a DPDS descriptor pulls in with {@code $ref}; read through the descriptor. */
  REFERENCED,
  /** A SQL file. */
  SQL,
  /** The workspace's policy file, {@code governance.yaml} at its root: configuration, not metadata. */
  POLICY,
  /**
   * The workspace's baseline file, {@code governance-baseline.json} at its root: the violations known
   * when it was written, not metadata.
   */
  BASELINE,
  /** A YAML or JSON file of none of the standards. */
  IGNORED,
  /** A file that could not be read or parsed. */
  UNREADABLE
}
