package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Not API. Where a field sits in its dataset's tree of fields. */
public final class FieldTree {

  private FieldTree() {}

  /** True when {@code field} is one of the dataset's own fields, not nested in another. */
  public static boolean isTopLevel(Field field, Dataset dataset) {
    return dataset.fields().stream().anyMatch(f -> f == field || f.path().equals(field.path()));
  }

  /** The fields that hold {@code field}, outermost first; empty for a top-level field or one not found. */
  public static List<Field> ancestors(Field field, Dataset dataset) {
    List<Field> chain = new ArrayList<>();
    return find(dataset.fields(), field, chain) ? chain : List.of();
  }

  private static boolean find(List<Field> fields, Field wanted, List<Field> chain) {
    for (Field f : fields) {
      if (f == wanted || f.path().equals(wanted.path())) {
        return true;
      }
      chain.add(f);
      if (find(f.fields(), wanted, chain)) {
        return true;
      }
      chain.remove(chain.size() - 1);
    }
    return false;
  }

  /**
   * The leaves under {@code field} (itself when it has no nested fields) that {@code declares} does
   * not cover: a field declaring it covers everything nested in it.
   */
  public static List<Field> undeclaredLeaves(Field field, Predicate<Field> declares) {
    List<Field> leaves = new ArrayList<>();
    collect(field, declares, leaves);
    return leaves;
  }

  private static void collect(Field field, Predicate<Field> declares, List<Field> into) {
    if (declares.test(field)) {
      return;
    }
    if (field.fields().isEmpty()) {
      into.add(field);
      return;
    }
    field.fields().forEach(f -> collect(f, declares, into));
  }
}
