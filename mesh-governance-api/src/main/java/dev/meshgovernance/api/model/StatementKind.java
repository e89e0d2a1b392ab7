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
  /**
   * An export: it reads a query's result (or a whole table) and writes it out of the mesh, to a file, a
   * stage or a URI ({@code COPY (…) TO}, {@code COPY INTO @stage}, {@code UNLOAD}, {@code EXPORT DATA}); it
   * reads like a SELECT and writes no table ({@link SqlStatement#exportTarget()} names where it writes).
   */
  EXPORT,
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
