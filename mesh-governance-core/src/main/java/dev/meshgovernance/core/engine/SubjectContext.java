package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.core.config.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The product or contract a subject belongs to, which decides its domain (for domain overrides) and
 * whether a rule's {@link Scope} covers it: a product or contract is its own; a port's is its
 * product; a dataset's, field's or contract evolution's is the contract; a statement's is its owning
 * product. Subjects of none (SQL no product owns) have domain {@code ""}, no status, tags or
 * classifications.
 */
record SubjectContext(Mesh mesh, Optional<MetadataDocument> document) {

  static SubjectContext of(Mesh mesh, Subject subject) {
    Optional<? extends MetadataDocument> document;
    if (subject instanceof MetadataDocument own) {
      document = Optional.of(own);
    } else if (subject instanceof Port port) {
      document = mesh.product(port.productId());
    } else if (subject instanceof Dataset || subject instanceof Field) {
      document = mesh.contractOf(subject);
    } else if (subject instanceof SqlStatement statement) {
      document = statement.owner().flatMap(mesh::product);
    } else if (subject instanceof ContractEvolution evolution) {
      document = Optional.of(evolution.current());
    } else {
      document = Optional.empty();
    }
    return new SubjectContext(mesh, document.map(MetadataDocument.class::cast));
  }

  /** The domain, lower-case; {@code ""} when none. */
  String domain() {
    return document.map(MetadataDocument::domain).orElse("").toLowerCase(Locale.ROOT);
  }

  String status() {
    return document.map(MetadataDocument::status).orElse("");
  }

  List<String> tags() {
    return document.map(MetadataDocument::tags).orElse(List.of());
  }

  /** The classifications of the fields of the contract, or of the contracts the product publishes. */
  Set<String> classifications() {
    Stream<DataContract> contracts = document.stream().flatMap(d -> d instanceof DataProduct p
        ? mesh.outputContracts(p).stream() : Stream.of((DataContract) d));
    Set<String> classifications = new TreeSet<>();
    contracts.flatMap(c -> c.datasets().stream()).flatMap(d -> d.allFields().stream())
        .map(Field::classification).filter(c -> !c.isBlank()).forEach(classifications::add);
    return classifications;
  }

  boolean in(Scope scope) {
    return scope.matches(domain(), status(), tags(),
        scope.classifications().isEmpty() ? Set.of() : classifications());
  }
}
