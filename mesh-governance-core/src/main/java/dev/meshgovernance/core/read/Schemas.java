package dev.meshgovernance.core.read;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of the standards, bundled as resources and loaded once per instance; nothing is
 * fetched from the network. Format assertions are off, as in the reference validation of the corpus.
 * Thread-safe once built.
 */
final class Schemas {

  private static final String RESOURCES = "/dev/meshgovernance/core/read/schema/";
  private static final String BASE = "https://schemas.meshgovernance.dev/bundled/";
  private static final Pattern ID = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");

  private final Map<DocumentType, Schema> schemas = new EnumMap<>(DocumentType.class);

  Schemas() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(false)
        .locale(Locale.ENGLISH)
        .build();
    for (DocumentType type : DocumentType.values()) {
      String text = resource(type.schemaFile());
      Matcher id = ID.matcher(text.substring(0, Math.min(text.length(), 2000)));
      String iri = id.find() ? id.group(1) : BASE + type.schemaFile();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(quietDialect(type.dialect()), builder -> builder
          .schemas(Map.of(iri, text))
          .schemaRegistryConfig(config)
          .schemaLoader(loader -> loader.fetchRemoteResources(false)));
      Schema schema = registry.getSchema(SchemaLocation.of(iri));
      schema.initializeValidators();
      schemas.put(type, schema);
    }
  }

  /**
   * The standard dialect, except that unknown keywords (the ODCS schema has names such as
   * {@code ApiServer} where keywords go) are plain annotations rather than a logged warning each.
   */
  private static Dialect quietDialect(SpecificationVersion version) {
    Dialect standard = version == SpecificationVersion.DRAFT_2020_12 ? Dialects.getDraft202012() : Dialects.getDraft201909();
    return Dialect.builder(standard).unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
  }

  private static String resource(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled schema " + name, e);
    }
  }

  /** The {@code schema.invalid} violations of {@code document} against the schema of {@code type}. */
  List<Violation> validate(DocumentType type, ParsedDocument document) {
    Set<Violation> violations = new LinkedHashSet<>();
    List<Error> errors = schemas.get(type).validate(document.root());
    for (Error error : errors) {
      String at = error.getInstanceLocation().toString();
      String property = error.getProperty();
      String pointer = isUnknownProperty(error) ? at + "/" + ParsedDocument.escape(property) : at;
      if ("unevaluatedProperties".equals(error.getKeyword()) && hasOtherErrorWithin(errors, at)) {
        continue;
      }
      violations.add(Diagnostics.error(Diagnostics.SCHEMA_INVALID, error.getKeyword(),
          message(error, at, type), Diagnostics.fileSubject(document.file()), document.origin(pointer)));
    }
    return List.copyOf(violations);
  }

  private static boolean isUnknownProperty(Error error) {
    return error.getProperty() != null
        && ("additionalProperties".equals(error.getKeyword()) || "unevaluatedProperties".equals(error.getKeyword()));
  }

  /**
   * True when another error lies at or under {@code at}: a failed subschema leaves its properties
   * unevaluated, so the {@code unevaluatedProperties} error is only an echo of that failure.
   */
  private static boolean hasOtherErrorWithin(List<Error> errors, String at) {
    return errors.stream().anyMatch(e -> !"unevaluatedProperties".equals(e.getKeyword())
        && (e.getInstanceLocation().toString() + "/").startsWith(at + "/"));
  }

  private static String message(Error error, String at, DocumentType type) {
    String where = at.isEmpty() ? "the root" : at;
    String property = error.getProperty();
    String text = switch (String.valueOf(error.getKeyword())) {
      case "required" -> "required property '" + property + "' missing at " + where;
      case "additionalProperties", "unevaluatedProperties" -> "property '" + property + "' is not allowed at " + where;
      case "enum" -> "value " + error.getInstanceNode() + " is not one of " + error.getSchemaNode() + " at " + where;
      default -> {
        String raw = error.getMessage();
        yield (raw.startsWith(at + ": ") ? raw.substring(at.length() + 2) : raw) + " at " + where;
      }
    };
    return text + " (" + type.schemaFile() + ")";
  }
}
