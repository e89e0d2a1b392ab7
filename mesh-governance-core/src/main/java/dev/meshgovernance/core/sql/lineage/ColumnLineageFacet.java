package dev.meshgovernance.core.sql.lineage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenLineage's {@code ColumnLineageDatasetFacet} (1-2-0) of an output dataset.
 *
 * @param fields per output column (in output order), the input fields it is computed from, with the
 *     column-level indirect ones (CONDITIONAL, WINDOW)
 * @param dataset the input fields that concern the whole dataset: FILTER, JOIN, GROUP_BY, SORT
 */
public record ColumnLineageFacet(Map<String, List<InputField>> fields, List<InputField> dataset) {

  /** The facet's JSON Schema, as OpenLineage publishes it. */
  public static final String SCHEMA_URL =
      "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";

  public ColumnLineageFacet {
    Map<String, List<InputField>> copy = new LinkedHashMap<>();
    fields.forEach((column, inputs) -> copy.put(column, List.copyOf(inputs)));
    fields = Collections.unmodifiableMap(copy);
    dataset = List.copyOf(dataset);
  }
}
