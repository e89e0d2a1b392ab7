package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Server;
import java.util.Optional;

/** Not API. The parts of a dataset's physical name. */
public final class Tables {

  private Tables() {}

  /**
   * The schema of a dataset: the part of its physicalName before the table ({@code sales} of
   * {@code sales.orders_v1} or {@code shop.sales.orders_v1}), else the first schema its contract's
   * servers declare.
   */
  public static Optional<String> schema(Dataset dataset, DataContract contract) {
    String[] parts = dataset.physicalName().split("\\.");
    if (parts.length >= 2) {
      return Optional.of(parts[parts.length - 2]);
    }
    return contract.servers().stream().map(Server::schema).filter(s -> !s.isBlank()).findFirst();
  }

  /** The table part of a physicalName: {@code orders_v1} of {@code sales.orders_v1}. */
  public static String table(String physicalName) {
    return physicalName.substring(physicalName.lastIndexOf('.') + 1);
  }
}
