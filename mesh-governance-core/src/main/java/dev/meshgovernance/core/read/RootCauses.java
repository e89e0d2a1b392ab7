package dev.meshgovernance.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
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
   * @param suggestion for an unknown key, the declared name it is probably a misspelling of, else {@code null}
   * @param wants for a missing required property, its name; for a failed choice between required
   *     properties, all of them; else empty
   */
  record Cause(String pointer, String keyword, String message, String unknownKey, String suggestion, Set<String> wants) {
    Cause {
      wants = Set.copyOf(wants);
    }

    /** The pointer of the object the cause is about: an unknown key's object, else the value itself. */
    String object() {
      return unknownKey == null ? pointer : pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }

  private final JsonNode schema;
  private final JsonNode instance;
  private final BiPredicate<String, JsonNode> matches;

  /**
   * @param schema the root of the schema document the errors came from (all its references are local)
   * @param instance the root of the validated document
   * @param matches whether a value is valid against the subschema at a pointer of {@code schema}
   *     (to tell which branch of an {@code if} applied where neither reported an error)
   */
  RootCauses(JsonNode schema, JsonNode instance, BiPredicate<String, JsonNode> matches) {
    this.schema = schema;
    this.instance = instance;
    this.matches = matches;
  }

  /** The root causes of {@code errors}, in the validator's order, without duplicates. */
  List<Cause> of(List<Error> errors) {
    List<Found> all = errors.stream().map(Found::new).toList();
    Set<Found> dropped = new HashSet<>();
    Map<Found, Choice> combinatorMessages = new LinkedHashMap<>();
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
    // a misspelt key is one mistake: the required property it misspells is not missing a second time;
    // the properties missing from one object are one finding
    Map<String, Set<String>> suggested = new HashMap<>();
    causes.values().stream().filter(c -> c.suggestion() != null)
        .forEach(c -> suggested.computeIfAbsent(c.object(), o -> new HashSet<>()).add(c.suggestion()));
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    List<Cause> result = new ArrayList<>();
    for (Cause cause : causes.values()) {
      Set<String> misspelt = suggested.getOrDefault(cause.object(), Set.of());
      if ("required".equals(cause.keyword()) && cause.unknownKey() == null) {
        Set<String> names = missing.computeIfAbsent(cause.pointer(), p -> new LinkedHashSet<>());
        if (names.isEmpty()) {
          result.add(cause);
        }
        cause.wants().stream().filter(w -> !misspelt.contains(w)).forEach(names::add);
      } else if (cause.wants().stream().noneMatch(misspelt::contains)) {
        result.add(cause);
      }
    }
    return result.stream()
        .filter(c -> !missing.containsKey(c.pointer()) || !"required".equals(c.keyword()) || c.unknownKey() != null
            || !missing.get(c.pointer()).isEmpty())
        .map(c -> "required".equals(c.keyword()) && c.unknownKey() == null ? missing(c.pointer(), missing.get(c.pointer())) : c)
        .toList();
  }

  private static Cause missing(String pointer, Set<String> names) {
    String quoted = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    String message = (names.size() == 1 ? "required property " + quoted : "required properties " + quoted)
        + " missing at " + where(pointer);
    return new Cause(pointer, "required", message, null, null, names);
  }

  /**
   * Keeps the errors of {@code combinator}'s best branch and drops the others; drops the combinator's
   * own error when one branch is best, keeps it (with a message naming the alternatives) on a tie.
   */
  private void selectBranch(Found combinator, List<Found> all, Set<Found> dropped, Map<Found, Choice> messages) {
    Map<String, List<Found>> branches = new LinkedHashMap<>();
    String prefix = combinator.eval + "/";
    for (Found found : all) {
      // evaluation paths do not tell array items apart: a branch's errors also lie within its value
      if (found != combinator && found.eval.startsWith(prefix) && within(found.at, combinator.at)) {
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

  /** The message for a failed {@code oneOf}/{@code anyOf} whose branches tie, and the properties it wants. */
  private record Choice(String message, Set<String> wants) {}

  /** What the tied branches of a failed {@code oneOf}/{@code anyOf} ask for. */
  private Choice alternatives(Found combinator, List<List<Found>> tied) {
    String where = where(combinator.at);
    if (tied.stream().allMatch(b -> b.size() == 1 && "required".equals(b.get(0).error.getKeyword())
        && b.get(0).at.equals(combinator.at))) {
      List<String> names = tied.stream().map(b -> b.get(0).error.getProperty()).toList();
      return new Choice("requires one of " + names.stream().map(n -> "'" + n + "'")
          .collect(Collectors.joining(", ")) + " at " + where, new LinkedHashSet<>(names));
    }
    if (tied.stream().allMatch(b -> b.size() == 1 && "type".equals(b.get(0).error.getKeyword()))) {
      return new Choice(typeName(instance.at(combinator.at)) + " found, " + tied.stream()
          .map(b -> String.valueOf(b.get(0).error.getSchemaNode().asText()))
          .distinct().collect(Collectors.joining(" or ")) + " expected at " + where, Set.of());
    }
    return new Choice("matches none of the " + tied.size() + " alternatives of '" + combinator.error.getKeyword()
        + "' at " + where + " (" + tied.stream().map(b -> b.get(0).message())
        .distinct().collect(Collectors.joining("; ")) + ")", Set.of());
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
   * True when {@code found} is an {@code unevaluatedProperties} error for a property that a failed
   * subschema of the same schema would have evaluated: a failed subschema yields no annotations, so
   * the property is reported only as an echo of that failure, which is reported itself. A property
   * no applicable subschema declares (e.g. one declared only under a condition this value does not
   * meet) is a cause of its own.
   */
  private boolean isEcho(Found found, List<Found> all) {
    if (!"unevaluatedProperties".equals(found.error.getKeyword()) || found.error.getProperty() == null) {
      return false;
    }
    String owner = parent(found.eval);
    String ownerSchema = parent(found.schemaPointer());
    JsonNode node = schema.at(ownerSchema);
    JsonNode value = instance.at(found.at);
    // evaluation paths do not tell array items apart: only errors within this value count
    List<Found> here = all.stream().filter(f -> within(f.at, found.at)).toList();
    Set<String> names = new HashSet<>();
    if (failed(here, owner + "/properties")) {
      node.path("properties").fieldNames().forEachRemaining(names::add);
    }
    inPlace(node, ownerSchema, owner, value, here, true, (sub, evaluation) -> applied(sub, evaluation, value, here, names, new HashSet<>()));
    return names.contains(found.error.getProperty());
  }

  /** A subschema applied in place: its schema pointer and its evaluation path. */
  private interface InPlace {
    void visit(String schemaPointer, String evaluationPath);
  }

  /**
   * Visits the subschemas {@code node} (at {@code pointer}, evaluated at {@code evaluation}) applies in
   * place to {@code value}: {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, the {@code then}
   * or {@code else} that applies, {@code dependentSchemas} of present keys; only failed ones when
   * {@code onlyFailed}.
   */
  private void inPlace(JsonNode node, String pointer, String evaluation, JsonNode value, List<Found> all,
      boolean onlyFailed, InPlace visitor) {
    List<String[]> subs = new ArrayList<>();
    String ref = node.path("$ref").asText("");
    if (ref.startsWith("#")) {
      subs.add(new String[] {ref.substring(1), evaluation + "/$ref"});
    }
    for (String list : List.of("allOf", "anyOf", "oneOf")) {
      for (int i = 0; i < node.path(list).size(); i++) {
        subs.add(new String[] {pointer + "/" + list + "/" + i, evaluation + "/" + list + "/" + i});
      }
    }
    if (node.has("if")) {
      boolean then = failed(all, evaluation + "/then") || !failed(all, evaluation + "/else")
          && matches.test(pointer + "/if", value);
      String branch = then ? "then" : "else";
      if (node.has(branch)) {
        subs.add(new String[] {pointer + "/" + branch, evaluation + "/" + branch});
      }
    }
    node.path("dependentSchemas").fieldNames().forEachRemaining(key -> {
      if (value.has(key)) {
        String escaped = ParsedDocument.escape(key);
        subs.add(new String[] {pointer + "/dependentSchemas/" + escaped, evaluation + "/dependentSchemas/" + escaped});
      }
    });
    for (String[] sub : subs) {
      if (!onlyFailed || failed(all, sub[1])) {
        visitor.visit(sub[0], sub[1]);
      }
    }
  }

  /** Adds the names a subschema that applied (and failed, or lies in one that failed) evaluates. */
  private void applied(String pointer, String evaluation, JsonNode value, List<Found> all, Set<String> names,
      Set<String> seen) {
    if (!seen.add(pointer)) {
      return;
    }
    JsonNode node = schema.at(pointer);
    node.path("properties").fieldNames().forEachRemaining(names::add);
    inPlace(node, pointer, evaluation, value, all, false, (sub, subEvaluation) -> applied(sub, subEvaluation, value, all, names, seen));
  }

  private static boolean failed(List<Found> all, String evaluation) {
    return all.stream().anyMatch(f -> f.eval.equals(evaluation) || f.eval.startsWith(evaluation + "/"));
  }

  private static boolean within(String pointer, String element) {
    return pointer.equals(element) || pointer.startsWith(element + "/");
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

  private Cause cause(Found found, Choice choice) {
    Error error = found.error;
    String at = found.at;
    String keyword = error.getKeyword();
    if (choice != null) {
      return new Cause(at, keyword, choice.message(), null, null, choice.wants());
    }
    String property = error.getProperty();
    boolean unknown = property != null
        && ("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword));
    if (unknown) {
      String pointer = at + "/" + ParsedDocument.escape(property);
      Set<String> declared = declaredNames(parent(found.schemaPointer()));
      String suggestion = declared.contains(property) ? null : closest(property, declared, instance.at(at));
      String message = "property '" + property + "' is not allowed at " + where(at) + (declared.contains(property)
          ? " (the schema allows it only where a condition holds that this value does not meet)"
          : suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
      return new Cause(pointer, keyword, message, property, suggestion, Set.of());
    }
    String text = switch (String.valueOf(keyword)) {
      case "required" -> "required property '" + property + "' missing at " + where(at);
      case "enum" -> "value " + error.getInstanceNode() + " is not one of " + error.getSchemaNode() + " at " + where(at);
      default -> found.message() + " at " + where(at);
    };
    return new Cause(at, keyword, text, null, null, "required".equals(keyword) ? Set.of(property) : Set.of());
  }

  /**
   * The declared name, absent from {@code object}, that {@code key} is closest to: equal but for
   * case, within a third of its length in edits, or containing or contained in it; else {@code null}.
   */
  private static String closest(String key, Set<String> declared, JsonNode object) {
    String lower = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : declared) {
      if (object.has(name)) {
        continue;
      }
      String other = name.toLowerCase(Locale.ROOT);
      int distance = Suggestions.distance(lower, other);
      boolean close = distance <= Math.max(1, Math.min(lower.length(), other.length()) / 3)
          || (other.length() >= 4 && lower.length() >= 4 && (lower.contains(other) || other.contains(lower)));
      if (close && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
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
