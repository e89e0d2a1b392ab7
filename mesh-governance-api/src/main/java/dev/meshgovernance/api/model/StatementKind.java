package dev.meshgovernance.api.model;

/** What a SQL statement does. */
public enum StatementKind {
  SELECT,
  INSERT,
  UPDATE,
  DELETE,
  MERGE,
  CREATE_TABLE_AS,
  CREATE_TABLE,
  CREATE_VIEW,
  DROP,
  /** Anything else (GRANT, SET, procedures…). */
  OTHER,
  /** The statement did not parse. */
  UNKNOWN;

  /** True for the kinds that write a table: INSERT, UPDATE, DELETE, MERGE, CREATE TABLE AS, CREATE VIEW. */
  public boolean writes() {
    return switch (this) {
      case INSERT, UPDATE, DELETE, MERGE, CREATE_TABLE_AS, CREATE_VIEW -> true;
      default -> false;
    };
  }
}
