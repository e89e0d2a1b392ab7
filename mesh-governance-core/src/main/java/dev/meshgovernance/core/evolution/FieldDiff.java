package dev.meshgovernance.core.evolution;

import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.Field;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The changes of one field kept between two versions of a contract. */
final class FieldDiff {

  private FieldDiff() {}

  static void fields(List<ContractChange> changes, String name, Field before, Field after) {
    String where = "field '" + name + "'";
    String element = after.path();
    if (!before.logicalType().equalsIgnoreCase(after.logicalType())) {
      boolean widens = TypeOrder.logicalWidens(before.logicalType(), after.logicalType());
      ContractDiff.add(changes, widens ? "logical-type-widened" : "logical-type-narrowed", element,
          before.logicalType(), after.logicalType(), where + " logicalType changed from '" + before.logicalType()
              + "' to '" + after.logicalType() + "'" + (widens ? " (widened)" : ""));
    }
    if (!before.physicalType().equalsIgnoreCase(after.physicalType())) {
      boolean widens = TypeOrder.physicalWidens(before.physicalType(), after.physicalType());
      ContractDiff.add(changes, widens ? "physical-type-widened" : "physical-type-narrowed", element,
          before.physicalType(), after.physicalType(), where + " physicalType changed from '" + before.physicalType()
              + "' to '" + after.physicalType() + "'" + (widens ? " (widened)" : ""));
    }
    flag(changes, "required", element, where, before.required(), after.required());
    flag(changes, "unique", element, where, before.unique(), after.unique());
    if (before.primaryKey() != after.primaryKey()) {
      ContractDiff.add(changes, "primary-key-changed", element, String.valueOf(before.primaryKey()),
          String.valueOf(after.primaryKey()), where + (after.primaryKey() ? " became" : " is no longer")
              + " part of the primary key");
    }
    enumeration(changes, element, where, before.validValues(), after.validValues());
    maxLength(changes, element, where, ContractDiff.maxLength(before), ContractDiff.maxLength(after));
    classification(changes, element, where, before.classification(), after.classification());
    ContractDiff.compare(changes, "description-changed", element, where + " description", before.description(),
        after.description());
    ContractDiff.compare(changes, "tags-changed", element, where + " tags", String.join(",", before.tags()),
        String.join(",", after.tags()));
  }

  private static void flag(List<ContractChange> changes, String flag, String element, String where, boolean before,
      boolean after) {
    if (before != after) {
      ContractDiff.add(changes, flag + (after ? "-tightened" : "-relaxed"), element, String.valueOf(before),
          String.valueOf(after), where + (after ? " became " : " is no longer ") + flag);
    }
  }

  private static void enumeration(List<ContractChange> changes, String element, String where, List<String> before,
      List<String> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return;
    }
    Set<String> gone = ContractDiff.removed(before, after);
    Set<String> added = ContractDiff.removed(after, before);
    if (after.isEmpty()) {
      ContractDiff.add(changes, "enum-widened", element, String.join(",", before), "",
          where + " is no longer restricted to listed values");
    } else if (before.isEmpty() || !gone.isEmpty()) {
      ContractDiff.add(changes, "enum-narrowed", element, String.join(",", before), String.join(",", after),
          where + (before.isEmpty() ? " is now restricted to " + after : " no longer allows " + sorted(gone)));
    } else if (!added.isEmpty()) {
      ContractDiff.add(changes, "enum-widened", element, String.join(",", before), String.join(",", after),
          where + " also allows " + sorted(added));
    }
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static void maxLength(List<ContractChange> changes, String element, String where, OptionalInt before,
      OptionalInt after) {
    if (before.equals(after)) {
      return;
    }
    boolean tightened = after.isPresent() && (before.isEmpty() || after.getAsInt() < before.getAsInt());
    ContractDiff.add(changes, tightened ? "max-length-tightened" : "max-length-relaxed", element, text(before),
        text(after), where + " maxLength changed from " + text(before) + " to " + text(after));
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "none";
  }

  private static void classification(List<ContractChange> changes, String element, String where, String before,
      String after) {
    if (before.equalsIgnoreCase(after)) {
      return;
    }
    OptionalInt from = Classifications.rank(before);
    OptionalInt to = Classifications.rank(after);
    String type = from.isEmpty() || to.isEmpty() || from.getAsInt() == to.getAsInt() ? "classification-changed"
        : to.getAsInt() < from.getAsInt() ? "classification-relaxed" : "classification-tightened";
    ContractDiff.add(changes, type, element, before, after,
        where + " classification changed from '" + before + "' to '" + after + "'");
  }
}
