package dev.meshgovernance.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of the mesh a reference may match by {@link TableNames#matches}: its declared name, its
 * fully qualified name and what it leads to (a dataset, a product).
 */
record TableCandidate<V>(String declared, String qualified, V value) {

  /** Indexes the candidate by the last part of its name. */
  void addTo(Map<String, List<TableCandidate<V>>> index) {
    index.computeIfAbsent(TableNames.last(declared), k -> new ArrayList<>()).add(this);
  }

  /** The distinct values of the candidates of {@code indexes} that {@code reference} matches, in order. */
  static <V> List<V> matching(String reference, List<Map<String, List<TableCandidate<V>>>> indexes) {
    String last = TableNames.last(reference);
    List<V> found = new ArrayList<>();
    for (Map<String, List<TableCandidate<V>>> index : indexes) {
      for (TableCandidate<V> candidate : index.getOrDefault(last, List.of())) {
        if (TableNames.matches(reference, candidate.declared, candidate.qualified) && !found.contains(candidate.value)) {
          found.add(candidate.value);
        }
      }
    }
    return found;
  }
}
