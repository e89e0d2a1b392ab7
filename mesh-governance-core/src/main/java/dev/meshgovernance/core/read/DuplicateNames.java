package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names that must be unique where they are declared but are not: two datasets of one contract, or
 * two fields of one dataset or object field, with the same name. Both are read, under one subject
 * path, so a waiver or baseline entry cannot tell them apart and a rule's finding is ambiguous: each
 * later one is an {@code input.duplicate-key} error at its own position, naming the earlier one's
 * line. (Ports of one product with the same name get distinct paths, see {@code PortPaths}.)
 */
final class DuplicateNames {

  private DuplicateNames() {}

  /** The duplicate names of the contracts' datasets and fields ({@code products} declare none that share a path). */
  static List<Violation> of(List<DataProduct> products, List<DataContract> contracts) {
    List<Violation> found = new ArrayList<>();
    for (DataContract contract : contracts) {
      check(contract.datasets(), Dataset::name, Dataset::path, Dataset::origin,
          "dataset", "contract '" + contract.id() + "'", found);
      for (Dataset dataset : contract.datasets()) {
        fields(dataset.fields(), "dataset '" + dataset.name() + "'", found);
      }
    }
    return found;
  }

  private static void fields(List<Field> fields, String parent, List<Violation> found) {
    check(fields, Field::name, Field::path, Field::origin, "field", parent, found);
    for (Field field : fields) {
      fields(field.fields(), "field '" + field.name() + "'", found);
    }
  }

  private static <T> void check(List<T> elements, Function<T, String> name, Function<T, String> path,
      Function<T, Origin> origin, String what, String parent, List<Violation> found) {
    Map<String, T> first = new HashMap<>();
    for (T element : elements) {
      String declared = name.apply(element);
      T earlier = declared.isEmpty() ? null : first.putIfAbsent(declared, element);
      if (earlier != null) {
        Origin at = origin.apply(element);
        found.add(Diagnostics.error(Diagnostics.INPUT_DUPLICATE_KEY, "duplicate-" + what,
            what + " '" + declared + "' occurs twice in " + parent + ", at line " + origin.apply(earlier).line()
                + " and line " + at.line() + "; both are read under the one subject path " + path.apply(element)
                + ", which waivers and baselines cannot tell apart",
            path.apply(element), at));
      }
    }
  }
}
