package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.Subject;
import java.util.Locale;

/**
 * The domain a subject belongs to, for domain overrides: a product's or contract's own; a port's
 * product's; a dataset's or field's contract's; a statement's owning product's; an evolution's
 * current contract's. Lower-case; {@code ""} when there is none.
 */
final class Domains {

  private Domains() {}

  static String of(Mesh mesh, Subject subject) {
    String domain;
    if (subject instanceof MetadataDocument document) {
      domain = document.domain();
    } else if (subject instanceof Port port) {
      domain = mesh.product(port.productId()).map(MetadataDocument::domain).orElse("");
    } else if (subject instanceof Dataset || subject instanceof Field) {
      domain = mesh.contractOf(subject).map(DataContract::domain).orElse("");
    } else if (subject instanceof SqlStatement statement) {
      domain = statement.owner().flatMap(mesh::product).map(MetadataDocument::domain).orElse("");
    } else if (subject instanceof ContractEvolution evolution) {
      domain = evolution.current().domain();
    } else {
      domain = "";
    }
    return domain.toLowerCase(Locale.ROOT);
  }
}
