package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.api.model.SourceKind;
import java.util.Optional;

/** The documents the reader recognises by their content, with the JSON Schema each is validated against. */
enum DocumentType {
  /**
   * ODCS v3: {@code kind: DataContract}. Validated with the v3.1.0 schema for every v3 apiVersion: it
   * accepts v3.0.x documents (it keeps their forms, such as the team array, as deprecated), and the
   * standard's own examples that declare v3.0.2 use v3.1.0 features that the v3.0.2 schema rejects.
   * An apiVersion outside v3 is left to the schema to reject.
   */
  ODCS_3(SourceKind.ODCS, "odcs-json-schema-v3.1.0.json", SpecificationVersion.DRAFT_2019_09),
  /** ODPS: {@code kind: DataProduct}, apiVersion v0.9.0 or v1.0.0. */
  ODPS_1(SourceKind.ODPS, "odps-json-schema-v1.0.0.json", SpecificationVersion.DRAFT_2019_09),
  /** DPDS 1.0.0: a top-level {@code dataProductDescriptor}. */
  DPDS_1(SourceKind.DPDS, "dpds-schema-v1.0.0.json", SpecificationVersion.DRAFT_2020_12);

  private final SourceKind kind;
  private final String schemaFile;
  private final SpecificationVersion dialect;

  DocumentType(SourceKind kind, String schemaFile, SpecificationVersion dialect) {
    this.kind = kind;
    this.schemaFile = schemaFile;
    this.dialect = dialect;
  }

  SourceKind kind() {
    return kind;
  }

  /** The name of the bundled schema file. */
  String schemaFile() {
    return schemaFile;
  }

  SpecificationVersion dialect() {
    return dialect;
  }

  /**
   * What {@code root} is, by its content: {@code kind: DataContract} is ODCS, {@code kind:
   * DataProduct} is ODPS, a top-level {@code dataProductDescriptor} is DPDS; anything else is none.
   * A missing or unknown {@code apiVersion} is left to the schema to report.
   */
  static Optional<DocumentType> recognise(JsonNode root) {
    if (!root.isObject()) {
      return Optional.empty();
    }
    String kind = root.path("kind").asText("");
    if (kind.equals("DataContract")) {
      return Optional.of(ODCS_3);
    }
    if (kind.equals("DataProduct")) {
      return Optional.of(ODPS_1);
    }
    return root.has("dataProductDescriptor") ? Optional.of(DPDS_1) : Optional.empty();
  }
}
