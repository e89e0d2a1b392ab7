package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Not API. The reach of a rule that asks every field for a declaration a nested field can inherit
 * (a classification, declared lineage): what an object or array field declares covers everything
 * nested in it. By default the rule judges the top-level fields, one finding each, and a top-level
 * field passes when it declares the value or every leaf nested in it does; with {@link #NESTED} it
 * judges each leaf, which passes when it or a field holding it declares the value.
 */
public final class NestedReach {

  /** Judge each nested leaf instead of the top-level fields. */
  public static final RuleOption<Boolean> NESTED = RuleOption.bool("nested", false,
      "Judge each nested leaf field (one finding per leaf) instead of each top-level field (one finding per "
          + "column, naming its undeclared nested fields). Either way what an object field declares covers "
          + "the fields nested in it.");

  /** The reach, as the rules' descriptions say it. */
  public static final String SENTENCE = "Reach: the top-level fields of each dataset, one finding per field; "
      + "what an object or array field declares covers everything nested in it, and one whose nested leaves "
      + "all declare it passes. With `nested: true` each nested leaf is judged instead, passing when it or a "
      + "field holding it declares it.";

  private NestedReach() {}

  /**
   * What the rule reports for {@code field}: empty when it passes or is not judged; otherwise the
   * leaves (the field itself, or fields nested in it) that lack the declaration.
   */
  public static Optional<List<Field>> missing(Field field, Optional<Dataset> dataset, Predicate<Field> declares,
      RuleContext context) {
    if (context.option(NESTED)) {
      if (!field.fields().isEmpty() || declares.test(field)) {
        return Optional.empty();
      }
      boolean inherited = dataset.map(d -> FieldTree.ancestors(field, d)).orElse(List.of()).stream()
          .anyMatch(declares);
      return inherited ? Optional.empty() : Optional.of(List.of(field));
    }
    if (dataset.isPresent() && !FieldTree.isTopLevel(field, dataset.get())) {
      return Optional.empty();
    }
    List<Field> leaves = FieldTree.undeclaredLeaves(field, declares);
    return leaves.isEmpty() ? Optional.empty() : Optional.of(leaves);
  }

  /** {@code ""} for the field itself, else ", nor do its nested fields a.b, c" (names relative to it). */
  public static String nestedPart(Field field, List<Field> leaves, String verb) {
    if (leaves.equals(List.of(field))) {
      return "";
    }
    String prefix = field.path() + ".";
    return ", nor " + verb + " its nested fields " + leaves.stream()
        .map(f -> f.path().startsWith(prefix) ? f.path().substring(prefix.length()) : f.name())
        .collect(Collectors.joining(", "));
  }
}
