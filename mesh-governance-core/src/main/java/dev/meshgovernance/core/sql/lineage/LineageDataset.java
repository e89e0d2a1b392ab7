package dev.meshgovernance.core.sql.lineage;

import java.util.Objects;
import java.util.Optional;

/**
 * An OpenLineage dataset of a statement: an input (name and namespace only) or an output with its
 * column lineage.
 *
 * @param namespace the namespace, e.g. {@code mesh}
 * @param name the normalised table name; for the output of a plain SELECT, the statement's subject path
 * @param columnLineage the output's column lineage; empty for inputs
 */
public record LineageDataset(String namespace, String name, Optional<ColumnLineageFacet> columnLineage) {
  public LineageDataset {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(columnLineage, "columnLineage");
  }
}
