package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of the standards, one per bundled version, loaded once per instance; nothing is
 * fetched from the network. Format assertions are off, as in the reference validation of the corpus.
 * A document is validated by the schema of the version it declares ({@link StandardVersion#of}); its
 * errors are reduced to root causes ({@link RootCauses}); a root cause that a later version's schema
 * accepts is reported as the use of that version's feature. Thread-safe once built.
 */
final class Schemas {

  private static final String RESOURCES = "/dev/meshgovernance/core/read/schema/";
  private static final String BASE = "https://schemas.meshgovernance.dev/bundled/";
  private static final Pattern ID = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A loaded schema and its document, for what the validator does not say (declared names). */
  private record Loaded(Schema schema, JsonNode tree, SchemaRegistry registry, String iri) {

    /** Whether {@code value} is valid against the subschema at {@code pointer} of this schema. */
    boolean matches(String pointer, JsonNode value) {
      return registry.getSchema(SchemaLocation.of(iri + "#" + pointer)).validate(value).isEmpty();
    }
  }

  private final Map<StandardVersion, Loaded> schemas = new HashMap<>();

  Schemas() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(false)
        .locale(Locale.ENGLISH)
        .build();
    for (DocumentType type : DocumentType.values()) {
      for (StandardVersion version : type.versions()) {
        String text = resource(version.schemaFile());
        Matcher id = ID.matcher(text.substring(0, Math.min(text.length(), 2000)));
        String iri = id.find() ? id.group(1) : BASE + version.schemaFile();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(quietDialect(version.dialect()), builder -> builder
            .schemas(Map.of(iri, text))
            .schemaRegistryConfig(config)
            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(iri));
        schema.initializeValidators();
        schemas.put(version, new Loaded(schema, tree(version.schemaFile(), text), registry, iri));
      }
    }
  }

  private static JsonNode tree(String name, String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse bundled schema " + name, e);
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

  /**
   * The {@code schema.invalid} violations of {@code document}, a document of {@code type}: the root
   * causes of its errors against the schema of the version it declares, each use of a later
   * version's feature as one violation that says so, and an unknown declared version.
   */
  List<Violation> validate(DocumentType type, ParsedDocument document) {
    JsonNode root = document.root();
    StandardVersion.Choice choice = StandardVersion.of(type, root);
    StandardVersion version = choice.version();
    String member = type.versionPointer().substring(1);
    List<RootCauses.Cause> causes = causes(version, root);
    Set<Violation> violations = new LinkedHashSet<>();
    if (choice.unknown().isPresent()) {
      causes = causes.stream().filter(c -> !c.pointer().equals(type.versionPointer())).toList();
      violations.add(violation(document, type.versionPointer(), "version", member + " '" + choice.unknown().get()
          + "' is not a version of " + type.standard() + " with a bundled schema ("
          + type.versions().stream().map(StandardVersion::name).collect(Collectors.joining(", "))
          + "); validated as " + version.name(), version));
    }
    Map<StandardVersion, List<RootCauses.Cause>> later = new LinkedHashMap<>();
    for (RootCauses.Cause cause : causes) {
      Optional<StandardVersion> accepting = cause.pointer().isEmpty() ? Optional.empty()
          : type.laterThan(version).stream()
              .filter(v -> later.computeIfAbsent(v, x -> causes(x, root)).stream()
                  .noneMatch(c -> within(c.pointer(), cause.pointer())))
              .findFirst();
      violations.add(accepting.map(v -> violation(document, cause.pointer(), "later-version",
              laterFeature(cause, version, v, member), version))
          .orElseGet(() -> violation(document, cause.pointer(), cause.keyword(), cause.message(), version)));
    }
    return List.copyOf(violations);
  }

  private List<RootCauses.Cause> causes(StandardVersion version, JsonNode root) {
    Loaded loaded = schemas.get(version);
    return new RootCauses(loaded.tree(), root, loaded::matches).of(loaded.schema().validate(root));
  }

  private static boolean within(String pointer, String element) {
    return pointer.equals(element) || pointer.startsWith(element + "/");
  }

  private static String laterFeature(RootCauses.Cause cause, StandardVersion declared, StandardVersion later,
      String member) {
    String declare = "; declare " + member + " " + later.name();
    if (cause.unknownKey() != null) {
      return "uses `" + cause.unknownKey() + "`, added in " + later.name() + " (" + declared.name()
          + " does not allow it at " + where(parent(cause.pointer())) + ")" + declare;
    }
    String message = cause.message();
    String at = " at " + where(cause.pointer());
    String reason = message.endsWith(at) ? message.substring(0, message.length() - at.length()) : message;
    return "uses `" + name(cause.pointer()) + "` as " + later.name() + " defines it, which " + declared.name()
        + " does not allow (" + reason + ")" + declare;
  }

  /** The name of the element at {@code pointer}: its key, or its parent's key and its index. */
  private static String name(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    if (!last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
      String parent = parent(pointer);
      return name(parent) + "[" + last + "]";
    }
    return last;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(0, slash);
  }

  private static String where(String at) {
    return at.isEmpty() ? "the root" : at;
  }

  private static Violation violation(ParsedDocument document, String pointer, String key, String message,
      StandardVersion version) {
    return Diagnostics.error(Diagnostics.SCHEMA_INVALID, key, message + " (" + version.schemaFile() + ")",
        Diagnostics.fileSubject(document.file()), document.origin(pointer));
  }
}
