package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Documents that nearly declare a kind the library reads but do not, and so are not read: a
 * {@code kind} of the wrong case or misspelt ({@code datacontract}, {@code DataContracts}), a
 * misspelt {@code kind} key ({@code Kind}, {@code kinds}), a misspelt {@code dataProductDescriptor},
 * or a Bitol {@code apiVersion} without a {@code kind}. Each is an {@code input.not-read} warning at
 * the member that misses, with a did-you-mean.
 */
final class NearMisses {

  private static final List<String> KINDS = List.of("DataContract", "DataProduct");
  private static final String KIND = "kind";
  private static final String DPDS = "dataProductDescriptor";
  private static final Pattern BITOL_VERSION = Pattern.compile("v?(3\\.\\d+\\.\\d+|0\\.9\\.0|1\\.0\\.0)");

  private NearMisses() {}

  /** The warning for {@code document}, which {@link DocumentType#recognise} does not recognise, if it nearly is one. */
  static Optional<Violation> of(ParsedDocument document) {
    JsonNode root = document.root();
    if (!root.isObject()) {
      return Optional.empty();
    }
    boolean hasKind = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String key = member.getKey();
      String value = member.getValue().isTextual() ? member.getValue().asText() : "";
      if (isKindKey(key)) {
        hasKind = true;
        Optional<String> kind = closestKind(value);
        if (kind.isPresent()) {
          String wrong = key.equals(KIND) ? "kind '" + value + "'" : "key '" + key + "' (with '" + value + "')";
          return Optional.of(warning(document, "/" + ParsedDocument.escape(key), wrong
              + " is not a document kind this library reads; did you mean 'kind: " + kind.get()
              + "'? The document is not read"));
        }
      } else if (!key.equals(DPDS) && (key.equalsIgnoreCase(DPDS) || Suggestions.distance(key, DPDS) <= 3)) {
        return Optional.of(warning(document, "/" + ParsedDocument.escape(key), "key '" + key
            + "' is not 'dataProductDescriptor'; did you mean 'dataProductDescriptor'? The document is not read"));
      }
    }
    JsonNode apiVersion = root.path("apiVersion");
    if (!hasKind && apiVersion.isTextual() && BITOL_VERSION.matcher(apiVersion.asText().trim()).matches()) {
      return Optional.of(warning(document, "/apiVersion", "apiVersion '" + apiVersion.asText()
          + "' is a version of ODCS or ODPS, but the document has no kind; did you mean to add 'kind: DataContract'"
          + " or 'kind: DataProduct'? The document is not read"));
    }
    return Optional.empty();
  }

  /** {@code kind} in another case, or one edit away ({@code kinds}, {@code knd}). */
  private static boolean isKindKey(String key) {
    return key.equalsIgnoreCase(KIND) || key.length() >= 3 && Suggestions.distance(key.toLowerCase(Locale.ROOT), KIND) <= 1;
  }

  private static Optional<String> closestKind(String value) {
    for (String kind : KINDS) {
      if (kind.equalsIgnoreCase(value.strip())) {
        return Optional.of(kind);
      }
    }
    return Suggestions.closest(value.strip(), KINDS);
  }

  private static Violation warning(ParsedDocument document, String pointer, String message) {
    return Diagnostics.of(Severity.WARNING, Diagnostics.INPUT_NOT_READ, "near-miss", message,
        Diagnostics.fileSubject(document.file()), document.origin(pointer));
  }
}
