package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.read.dpds.References;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which DPDS descriptors are products of their own and which files are only reached through
 * {@code $ref}s. A descriptor no other descriptor reaches is a root; descriptors that only reach
 * each other (a cycle) make the first of them, in file order, a root. Files a root reaches are
 * {@code REFERENCED} and not read on their own, even when they look like descriptors.
 *
 * @param referenced the files the roots reach
 * @param diagnostics the unresolved references of the roots and of the files they reach
 */
record DescriptorRoots(Set<String> referenced, List<Violation> diagnostics) {

  static DescriptorRoots of(Map<String, DocumentType> recognised, Documents documents, References references) {
    Map<String, References.Reach> reaches = new TreeMap<>();
    recognised.forEach((file, type) -> {
      if (type == DocumentType.DPDS_1) {
        reaches.put(file, references.scan(documents.parsed(file)));
      }
    });
    Set<String> reachedByAny = new TreeSet<>();
    reaches.values().forEach(r -> reachedByAny.addAll(r.files()));
    Set<String> referenced = new TreeSet<>();
    List<Violation> diagnostics = new ArrayList<>();
    reaches.forEach((file, reach) -> {
      if (!reachedByAny.contains(file)) {
        referenced.addAll(reach.files());
        diagnostics.addAll(reach.diagnostics());
      }
    });
    reaches.forEach((file, reach) -> {
      if (reachedByAny.contains(file) && !referenced.contains(file)) {
        referenced.addAll(reach.files());
        referenced.remove(file);
        diagnostics.addAll(reach.diagnostics());
      }
    });
    return new DescriptorRoots(Set.copyOf(referenced), List.copyOf(diagnostics));
  }
}
