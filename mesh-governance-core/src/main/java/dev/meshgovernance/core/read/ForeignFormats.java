package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.Optional;

/**
 * Documents of formats data teams keep next to their descriptors that the library recognises but
 * does not read: Data Contract Specification contracts, dbt project and properties files, OpenAPI
 * documents, JSON Schemas and Avro schemas. Each gets an {@code input.not-read} info that names the
 * format and what to do, instead of being ignored as if it were nothing. (Issue #16 reads DCS and
 * dbt; this is the class it replaces.)
 */
final class ForeignFormats {

  private ForeignFormats() {}

  /** The note for {@code document}, a YAML or JSON document of none of the standards read, if its format is known. */
  static Optional<Violation> note(ParsedDocument document) {
    JsonNode root = document.root();
    String file = document.file();
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (name.equals("dbt_project.yml") || name.equals("dbt_project.yaml")) {
      return note(document, "dbt-project", "", "dbt project file: dbt projects are not read yet; describe the "
          + "products and contracts its models publish in ODPS and ODCS (e.g. `datacontract import --format dbt` "
          + "then `datacontract export --format odcs`), and keep plain SQL in .sql files");
    }
    if (!root.isObject()) {
      return Optional.empty();
    }
    if (root.has("dataContractSpecification")) {
      String version = root.path("dataContractSpecification").asText("");
      return note(document, "dcs", "/dataContractSpecification", "Data Contract Specification "
          + (version.isEmpty() ? "" : version + " ") + "contract is not read yet; convert it to ODCS with "
          + "`datacontract export --format odcs " + name + "`");
    }
    if (root.path("version").asText("").equals("2") && (root.has("models") || root.has("sources")
        || root.has("seeds") || root.has("snapshots") || root.has("exposures") || root.has("semantic_models"))) {
      return note(document, "dbt-properties", "/version", "dbt properties file (version: 2) is not read yet; "
          + "describe the models it documents as ODCS contracts (e.g. `datacontract import --format dbt` then "
          + "`datacontract export --format odcs`)");
    }
    if (root.has("openapi") || root.has("swagger")) {
      return note(document, "openapi", root.has("openapi") ? "/openapi" : "/swagger", "OpenAPI document is not "
          + "read on its own; a product's API port is described in its ODPS or DPDS descriptor (a DPDS port may "
          + "$ref this file)");
    }
    if (root.path("$schema").asText("").contains("json-schema.org")) {
      return note(document, "json-schema", "/$schema", "JSON Schema document is not read on its own; a dataset's "
          + "schema is described in an ODCS contract");
    }
    if (root.path("type").asText("").equals("record") && root.has("name") && root.path("fields").isArray()) {
      return note(document, "avro", "/type", "Avro schema is not read; describe the dataset in an ODCS contract");
    }
    return Optional.empty();
  }

  private static Optional<Violation> note(ParsedDocument document, String key, String pointer, String message) {
    return Optional.of(Diagnostics.of(Severity.INFO, Diagnostics.INPUT_NOT_READ, key,
        message, Diagnostics.fileSubject(document.file()), document.origin(pointer)));
  }
}
