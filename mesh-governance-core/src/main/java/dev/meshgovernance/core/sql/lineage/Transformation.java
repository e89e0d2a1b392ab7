package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.Flow;
import java.util.Objects;

/**
 * An OpenLineage column-lineage transformation ({@code ColumnLineageDatasetFacet} 1-2-0,
 * {@code InputField.transformations[]}).
 *
 * @param type {@code DIRECT} or {@code INDIRECT}
 * @param subtype {@code IDENTITY}, {@code TRANSFORMATION}, {@code AGGREGATION}, {@code FILTER},
 *     {@code JOIN}, {@code GROUP_BY}, {@code SORT}, {@code WINDOW} or {@code CONDITIONAL}
 * @param masking whether the value is masked, hashed or encrypted on the way
 */
public record Transformation(String type, String subtype, boolean masking) {

  public Transformation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
  }

  /** DIRECT is DIRECT/IDENTITY, EXPRESSION DIRECT/TRANSFORMATION, AGGREGATE DIRECT/AGGREGATION, the rest INDIRECT/&lt;flow&gt;. */
  public static Transformation of(Flow flow, boolean masked) {
    return switch (flow) {
      case DIRECT -> new Transformation("DIRECT", "IDENTITY", masked);
      case EXPRESSION -> new Transformation("DIRECT", "TRANSFORMATION", masked);
      case AGGREGATE -> new Transformation("DIRECT", "AGGREGATION", masked);
      default -> new Transformation("INDIRECT", flow.name(), masked);
    };
  }
}
