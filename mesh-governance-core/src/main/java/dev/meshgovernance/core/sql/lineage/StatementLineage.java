package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Objects;

/**
 * One statement's lineage in OpenLineage's terms.
 *
 * @param subject the statement's subject path, {@code sql:<file>#<n>}
 * @param location where it starts
 * @param approximate whether its tables come from the tolerant reading of a statement that did not parse
 * @param inputs the tables it reads
 * @param outputs the table it writes, or its result named by {@code subject}, with column lineage
 * @param issues what kept its lineage from being complete (sources attributed to no table are only here)
 */
public record StatementLineage(String subject, Origin location, boolean approximate, List<LineageDataset> inputs,
    List<LineageDataset> outputs, List<String> issues) {
  public StatementLineage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(location, "location");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    issues = List.copyOf(issues);
  }
}
