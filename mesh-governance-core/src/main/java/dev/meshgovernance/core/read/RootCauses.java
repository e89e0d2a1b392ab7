package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reduces the errors a JSON Schema validator reports for one document to their root causes, the way
 * Python jsonschema's {@code best_match} and ajv's error reduction do:
 *
 * <ul>
 *   <li>a failed {@code oneOf}/{@code anyOf} keeps only the errors of its best-matching branch: not
 *       one that rejects the value's type outright, then the one whose errors lie deepest (it matched
 *       most of the value), then the one with the fewest errors; when branches tie, the single
 *       error of the {@code oneOf}/{@code anyOf} itself, saying what the alternatives ask for;
 *   <li>an {@code unevaluatedProperties} error for a property the schema declares is an echo: it is
 *       only unevaluated because a sibling subschema failed (a failed subschema yields no
 *       annotations), and that failure is reported itself;
 *   <li>an unknown property is reported at the property itself, with a did-you-mean when a declared
 *       name is close to it.
 * </ul>
 */
final class RootCauses {

  /**
   * One root cause.
   *
   * @param pointer the JSON pointer of the offending value (for an unknown key, the key's value)
   * @param keyword the schema keyword that failed
   * @param message the message, without the schema's name
   * @param unknownKey the offending key's name when the cause is an unknown key, else {@code null}
   */
  record Cause(String pointer, String keyword, String message, String unknownKey) {}

  private final JsonNode schema;
  private final JsonNode instance;

  /**
   * @param schema the root of the schema document the errors came from (all its references are local)
   * @param instance the root of the validated document
   */
  RootCauses(JsonNode schema, JsonNode instance) {
    this.schema = schema;
    this.instance = instance;
  }

  /** The root causes of {@code errors}, in the validator's order, without duplicates. */
  List<Cause> of(List<Error> errors) {
    List<Found> all = errors.stream().map(Found::new).toList();
    Set<Found> dropped = new java.util.HashSet<>();
    Map<Found, String> combinatorMessages = new LinkedHashMap<>();
    all.stream().filter(Found::isCombinator).sorted(Comparator.comparingInt(f -> f.eval.length()))
        .forEach(combinator -> {
          if (!dropped.contains(combinator)) {
            selectBranch(combinator, all, dropped, combinatorMessages);
          }
        });
    Map<String, Cause> causes = new LinkedHashMap<>();
    for (Found found : all) {
      if (dropped.contains(found) || isEcho(found, all)) {
        continue;
      }
      Cause cause = cause(found, combinatorMessages.get(found));
      // one unknown key is one cause, whether additionalProperties, unevaluatedProperties or both say so
      causes.putIfAbsent(cause.pointer() + " " + cause.message(), cause);
    }
    return List.copyOf(causes.values());
  }

  /**
   * Keeps the errors of {@code combinator}'s best branch and drops the others; drops the combinator's
   * own error when one branch is best, keeps it (with a message naming the alternatives) on a tie.
   */
  private void selectBranch(Found combinator, List<Found> all, Set<Found> dropped, Map<Found, String> messages) {
    Map<String, List<Found>> branches = new LinkedHashMap<>();
    String prefix = combinator.eval + "/";
    for (Found found : all) {
      if (found != combinator && found.eval.startsWith(prefix)) {
        String rest = found.eval.substring(prefix.length());
        int slash = rest.indexOf('/');
        branches.computeIfAbsent(slash < 0 ? rest : rest.substring(0, slash), b -> new ArrayList<>()).add(found);
      }
    }
    if (branches.isEmpty()) {
      return;
    }
    Comparator<List<Found>> byMatch = Comparator
        .comparing((List<Found> branch) -> rejectsType(branch, combinator.at))
        .thenComparing(branch -> -branch.stream().mapToInt(f -> depth(f.at)).max().orElse(0))
        .thenComparingInt(List::size);
    List<List<Found>> ranked = new ArrayList<>(branches.values());
    ranked.sort(byMatch);
    List<List<Found>> best = ranked.stream().filter(b -> byMatch.compare(b, ranked.get(0)) == 0).toList();
    if (best.size() == 1) {
      dropped.add(combinator);
      ranked.subList(1, ranked.size()).forEach(dropped::addAll);
    } else {
      ranked.forEach(dropped::addAll);
      messages.put(combinator, alternatives(combinator, best));
    }
  }

  private static boolean rejectsType(List<Found> branch, String at) {
    return branch.stream().anyMatch(f -> f.at.equals(at) && "type".equals(f.error.getKeyword()));
  }

  private static int depth(String pointer) {
    return pointer.isEmpty() ? 0 : pointer.split("/", -1).length - 1;
  }

  /** What the tied branches of a failed {@code oneOf}/{@code anyOf} ask for. */
  private String alternatives(Found combinator, List<List<Found>> tied) {
    String where = where(combinator.at);
    if (tied.stream().allMatch(b -> b.size() == 1 && "required".equals(b.get(0).error.getKeyword())
        && b.get(0).at.equals(combinator.at))) {
      return "requires one of " + tied.stream().map(b -> "'" + b.get(0).error.getProperty() + "'")
          .collect(Collectors.joining(", ")) + " at " + where;
    }
    if (tied.stream().allMatch(b -> b.size() == 1 && "type".equals(b.get(0).error.getKeyword()))) {
      return typeName(instance.at(combinator.at)) + " found, " + tied.stream()
          .map(b -> String.valueOf(b.get(0).error.getSchemaNode().asText()))
          .distinct().collect(Collectors.joining(" or ")) + " expected at " + where;
    }
    return "matches none of the " + tied.size() + " alternatives of '" + combinator.error.getKeyword()
        + "' at " + where + " (" + tied.stream().map(b -> b.get(0).message())
        .distinct().collect(Collectors.joining("; ")) + ")";
  }

  private static String typeName(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> "nothing";
    };
  }

  /**
   * True when {@code found} is an {@code unevaluatedProperties} error for a property its schema
   * declares while another subschema of that schema failed: the property is unevaluated only
   * because a failed subschema yields no annotations.
   */
  private boolean isEcho(Found found, List<Found> all) {
    if (!"unevaluatedProperties".equals(found.error.getKeyword()) || found.error.getProperty() == null) {
      return false;
    }
    String owner = parent(found.eval);
    boolean siblingFailed = all.stream().anyMatch(f -> !f.eval.equals(found.eval) && f.eval.startsWith(owner + "/"));
    return siblingFailed && declaredNames(parent(found.schemaPointer())).contains(found.error.getProperty());
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * The property names the schema at {@code pointer} declares for the object it applies to: its own
   * {@code properties} and those of the subschemas applied in place ({@code $ref}, {@code allOf},
   * {@code anyOf}, {@code oneOf}, {@code if}/{@code then}/{@code else}, {@code dependentSchemas}).
   */
  Set<String> declaredNames(String pointer) {
    Set<String> names = new LinkedHashSet<>();
    collect(schema.at(pointer), names, new java.util.HashSet<>());
    return names;
  }

  private void collect(JsonNode node, Set<String> names, Set<JsonNode> seen) {
    if (!node.isObject() || !seen.add(node)) {
      return;
    }
    node.path("properties").fieldNames().forEachRemaining(names::add);
    String ref = node.path("$ref").asText("");
    if (ref.startsWith("#")) {
      collect(schema.at(ref.substring(1)), names, seen);
    }
    for (String list : List.of("allOf", "anyOf", "oneOf")) {
      node.path(list).forEach(sub -> collect(sub, names, seen));
    }
    for (String single : List.of("if", "then", "else")) {
      collect(node.path(single), names, seen);
    }
    node.path("dependentSchemas").forEach(sub -> collect(sub, names, seen));
  }

  private Cause cause(Found found, String combinatorMessage) {
    Error error = found.error;
    String at = found.at;
    String keyword = error.getKeyword();
    if (combinatorMessage != null) {
      return new Cause(at, keyword, combinatorMessage, null);
    }
    String property = error.getProperty();
    boolean unknown = property != null
        && ("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword));
    if (unknown) {
      String pointer = at + "/" + ParsedDocument.escape(property);
      String message = "property '" + property + "' is not allowed at " + where(at)
          + didYouMean(property, parent(found.schemaPointer()), at);
      return new Cause(pointer, keyword, message, property);
    }
    String text = switch (String.valueOf(keyword)) {
      case "required" -> "required property '" + property + "' missing at " + where(at);
      case "enum" -> "value " + error.getInstanceNode() + " is not one of " + error.getSchemaNode() + " at " + where(at);
      default -> found.message() + " at " + where(at);
    };
    return new Cause(at, keyword, text, null);
  }

  /**
   * {@code "; did you mean 'x'?"} for the declared, absent name closest to {@code key}, or nothing;
   * for a key the schema declares only in a subschema that does not apply here, a note saying so.
   */
  private String didYouMean(String key, String schemaPointer, String at) {
    Set<String> declared = declaredNames(schemaPointer);
    if (declared.contains(key)) {
      return " (the schema allows it only where a condition holds that this value does not meet)";
    }
    JsonNode object = instance.at(at);
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : declared) {
      if (object.has(name)) {
        continue;
      }
      String other = name.toLowerCase(java.util.Locale.ROOT);
      int distance = other.equals(lower) ? 0 : distance(lower, other);
      boolean close = distance <= Math.max(1, Math.min(lower.length(), other.length()) / 3)
          || (other.length() >= 4 && (lower.contains(other) || other.contains(lower)));
      if (close && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /** The Levenshtein distance of two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String where(String at) {
    return at.isEmpty() ? "the root" : at;
  }

  /** An error with its evaluation path and instance location as JSON pointers. */
  private static final class Found {
    final Error error;
    final String eval;
    final String at;

    Found(Error error) {
      this.error = error;
      this.eval = error.getEvaluationPath().toString();
      this.at = error.getInstanceLocation().toString();
    }

    boolean isCombinator() {
      return "oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword());
    }

    /** The pointer of the failed keyword inside its schema document. */
    String schemaPointer() {
      return error.getSchemaLocation().getFragment().toString();
    }

    /** The validator's message without its leading location. */
    String message() {
      String raw = error.getMessage();
      return raw.startsWith(at + ": ") ? raw.substring(at.length() + 2) : raw;
    }
  }
}
