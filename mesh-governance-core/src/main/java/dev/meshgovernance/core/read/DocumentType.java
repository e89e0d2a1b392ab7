package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.api.model.SourceKind;
import java.util.List;
import java.util.Optional;

/**
 * The documents the reader recognises by their content, each with the versions of its standard whose
 * JSON Schema is bundled. A document is validated by the schema of the version it declares.
 */
enum DocumentType {
  /** ODCS v3: {@code kind: DataContract}, versions declared by {@code apiVersion}. */
  ODCS_3(SourceKind.ODCS, "ODCS", "/apiVersion", List.of(
      new StandardVersion("v3.0.0", "odcs-json-schema-v3.0.0.json", SpecificationVersion.DRAFT_2019_09),
      new StandardVersion("v3.0.1", "odcs-json-schema-v3.0.1.json", SpecificationVersion.DRAFT_2019_09),
      new StandardVersion("v3.0.2", "odcs-json-schema-v3.0.2.json", SpecificationVersion.DRAFT_2019_09),
      new StandardVersion("v3.1.0", "odcs-json-schema-v3.1.0.json", SpecificationVersion.DRAFT_2019_09))),
  /** ODPS: {@code kind: DataProduct}, versions declared by {@code apiVersion}. */
  ODPS_1(SourceKind.ODPS, "ODPS", "/apiVersion", List.of(
      new StandardVersion("v0.9.0", "odps-json-schema-v0.9.0.json", SpecificationVersion.DRAFT_2019_09),
      new StandardVersion("v1.0.0", "odps-json-schema-v1.0.0.json", SpecificationVersion.DRAFT_2019_09))),
  /** DPDS: a top-level {@code dataProductDescriptor}, whose value is the version. */
  DPDS_1(SourceKind.DPDS, "DPDS", "/dataProductDescriptor", List.of(
      new StandardVersion("1.0.0", "dpds-schema-v1.0.0.json", SpecificationVersion.DRAFT_2020_12)));

  private final SourceKind kind;
  private final String standard;
  private final String versionPointer;
  private final List<StandardVersion> versions;

  DocumentType(SourceKind kind, String standard, String versionPointer, List<StandardVersion> versions) {
    this.kind = kind;
    this.standard = standard;
    this.versionPointer = versionPointer;
    this.versions = versions;
  }

  SourceKind kind() {
    return kind;
  }

  /** The standard's short name, e.g. {@code ODCS}. */
  String standard() {
    return standard;
  }

  /** The JSON pointer of the member that declares the document's version. */
  String versionPointer() {
    return versionPointer;
  }

  /** The versions with a bundled schema, oldest first. */
  List<StandardVersion> versions() {
    return versions;
  }

  /** The versions after {@code version}, oldest first. */
  List<StandardVersion> laterThan(StandardVersion version) {
    return versions.subList(versions.indexOf(version) + 1, versions.size());
  }

  /**
   * What {@code root} is, by its content: {@code kind: DataContract} is ODCS, {@code kind:
   * DataProduct} is ODPS, a top-level {@code dataProductDescriptor} is DPDS; anything else is none.
   * Which version it is, is decided by {@link StandardVersion#of}.
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
