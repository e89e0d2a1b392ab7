package dev.meshgovernance.core.evolution;

import dev.meshgovernance.api.model.ChangeImpact;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The kinds of contract change the diff finds, with the impact each has by default. */
public final class ChangeTypes {

  /** Every change type → its default impact; docs/contract-evolution.md documents each. */
  public static final Map<String, ChangeImpact> DEFAULT_IMPACTS = defaults();

  private ChangeTypes() {}

  private static Map<String, ChangeImpact> defaults() {
    Map<String, ChangeImpact> impacts = new TreeMap<>();
    for (String breaking : Set.of("dataset-removed", "physical-name-changed", "field-removed", "field-added-required",
        "logical-type-narrowed", "physical-type-narrowed", "required-tightened", "unique-tightened", "enum-narrowed",
        "max-length-tightened", "primary-key-changed", "classification-relaxed")) {
      impacts.put(breaking, ChangeImpact.BREAKING);
    }
    for (String additive : Set.of("dataset-added", "field-added", "logical-type-widened", "physical-type-widened",
        "required-relaxed", "unique-relaxed", "enum-widened", "max-length-relaxed", "classification-tightened",
        "classification-changed")) {
      impacts.put(additive, ChangeImpact.ADDITIVE);
    }
    for (String documentation : Set.of("description-changed", "tags-changed")) {
      impacts.put(documentation, ChangeImpact.DOCUMENTATION);
    }
    return Map.copyOf(impacts);
  }
}
