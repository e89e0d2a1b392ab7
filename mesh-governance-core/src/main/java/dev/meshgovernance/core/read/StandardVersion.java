package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a standard with a bundled JSON Schema.
 *
 * @param name the version as documents declare it, e.g. {@code v3.0.2}
 * @param schemaFile the bundled schema's file name
 * @param dialect the JSON Schema draft of that file
 */
record StandardVersion(String name, String schemaFile, SpecificationVersion dialect) {

  private static final Pattern NUMBERS = Pattern.compile("^v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?");

  /**
   * The version a document is validated as.
   *
   * @param version the bundled version chosen
   * @param unknown the declared version when it is none of the bundled ones (the document is then
   *     validated as the nearest one), empty when it is one of them or declares nothing readable
   */
  record Choice(StandardVersion version, Optional<String> unknown) {}

  /**
   * The version {@code root} declares at its type's version member. A declared version that is
   * bundled is used as it is; an unknown one is validated as the latest bundled version not after it,
   * or the earliest bundled one when it is older than all; an unreadable one as the latest. A missing
   * or non-text version is validated as the latest, whose schema then reports it.
   */
  static Choice of(DocumentType type, JsonNode root) {
    List<StandardVersion> versions = type.versions();
    StandardVersion latest = versions.get(versions.size() - 1);
    JsonNode declared = root.at(type.versionPointer());
    if (!declared.isTextual()) {
      return new Choice(latest, Optional.empty());
    }
    String text = declared.asText();
    for (StandardVersion version : versions) {
      if (version.name().equals(text)) {
        return new Choice(version, Optional.empty());
      }
    }
    Optional<List<Integer>> numbers = numbers(text);
    if (numbers.isEmpty()) {
      return new Choice(latest, Optional.of(text));
    }
    StandardVersion nearest = versions.get(0);
    for (StandardVersion version : versions) {
      if (compare(numbers(version.name()).orElseThrow(), numbers.get()) <= 0) {
        nearest = version;
      }
    }
    return new Choice(nearest, Optional.of(text));
  }

  private static Optional<List<Integer>> numbers(String version) {
    Matcher m = NUMBERS.matcher(version.trim());
    if (!m.find()) {
      return Optional.empty();
    }
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      numbers.add(m.group(i) == null ? 0 : Integer.parseInt(m.group(i)));
    }
    return Optional.of(numbers);
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
