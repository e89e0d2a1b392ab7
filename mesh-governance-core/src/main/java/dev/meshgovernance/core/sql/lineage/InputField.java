package dev.meshgovernance.core.sql.lineage;

import java.util.List;
import java.util.Objects;

/**
 * An OpenLineage column-lineage input field: a column of an input dataset and how it is used.
 *
 * @param namespace the input dataset's namespace
 * @param name the input dataset's name (a normalised table name)
 * @param field the column, {@code *} for an unresolved star
 * @param transformations how it reaches the output, one per distinct flow
 */
public record InputField(String namespace, String name, String field, List<Transformation> transformations) {
  public InputField {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(field, "field");
    transformations = List.copyOf(transformations);
  }
}
