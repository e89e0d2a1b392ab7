package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A contract as it was in a previous state of the mesh (e.g. the main branch) and as it is now, with
 * the changes between them. Rules about versioning and breaking changes judge these; they exist
 * only when the engine is given a previous state.
 *
 * @param path subject path, {@code evolution:<contract id>}
 * @param previous the contract before
 * @param current the contract now
 * @param changes every change, in document order
 */
public record ContractEvolution(String path, DataContract previous, DataContract current, List<ContractChange> changes)
    implements Subject {

  public ContractEvolution {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    changes = List.copyOf(changes);
  }

  /** The evolution of contract {@code id}. */
  public static String pathOf(String id) {
    return SubjectPath.evolution(id).toString();
  }

  /** Where the current contract is. */
  @Override
  public Origin origin() {
    return current.origin();
  }
}
