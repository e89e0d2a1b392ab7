package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;

/**
 * An element of the mesh that rules judge. Its {@link #path()} is stable across edits and names it in
 * violations, waivers and baselines, e.g. {@code contract:orders/orders/customer_email}.
 */
public sealed interface Subject permits MetadataDocument, Port, Dataset, Field, SqlStatement, ContractEvolution {

  /** The stable, human-readable path of this subject. */
  String path();

  /** The {@link #path()} as a value, to compare by segments (what a waiver covers, what is below what). */
  default SubjectPath subjectPath() {
    return SubjectPath.parse(path());
  }

  /** Where this subject was read from. */
  Origin origin();
}
