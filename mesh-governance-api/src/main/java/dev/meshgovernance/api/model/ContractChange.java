package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * One change between two versions of a contract.
 *
 * @param type the kind of change, a stable kebab-case id such as {@code field-removed},
 *     {@code logical-type-narrowed} or {@code enum-narrowed} (docs/contract-evolution.md lists them)
 * @param impact what it means to consumers, by default for its type
 * @param element the subject path of the element changed (dataset, field or contract)
 * @param before the value before, {@code ""} when there was none
 * @param after the value after, {@code ""} when there is none
 * @param message what changed, for a human
 */
public record ContractChange(String type, ChangeImpact impact, String element, String before, String after,
    String message) {
  public ContractChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(message, "message");
  }
}
