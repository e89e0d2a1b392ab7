package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code sql.undeclared-input}: a product reads other products only through its input ports. */
public final class UndeclaredInput implements Rule<SqlStatement> {

  private static final RuleInfo INFO = RuleInfo.builder("sql.undeclared-input", SqlStatement.class)
      .title("Products read other products only through declared input ports")
      .severity(Severity.ERROR)
      .description("Every table a product's SQL reads that another product publishes is covered by an input "
          + "port of the reading product naming the publishing contract (`contractId`). Statements that belong "
          + "to no product are not judged. One missing input port is one finding per statement, naming every "
          + "table of that contract the statement reads (key `missing-port:<contract id>`), at the first of "
          + "their references.")
      .rationale("Input ports are the mesh's dependency graph: owners of a product must know who consumes it "
          + "before they change it, and access is granted per declared port.")
      .hint("Add an input port with the contractId of the contract that publishes the table.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(SqlStatement statement, RuleContext context) {
    Optional<DataProduct> reader = statement.owner().flatMap(context.mesh()::product);
    if (reader.isEmpty()) {
      return;
    }
    // one missing port is one finding: the tables read are grouped by the contract (and product) publishing them
    Map<String, List<String>> tablesByContract = new TreeMap<>();
    Map<String, String> publisherByContract = new TreeMap<>();
    for (String table : statement.tablesRead()) {
      Optional<DataProduct> publisher = context.mesh().publisherOf(table);
      Optional<String> contract = context.mesh().dataset(table).map(Dataset::contractId);
      if (publisher.isEmpty() || publisher.get().id().equals(reader.get().id()) || contract.isEmpty()) {
        continue;
      }
      boolean declared = reader.get().inputPorts().stream().map(Port::contractId).anyMatch(contract.get()::equals);
      if (!declared) {
        tablesByContract.computeIfAbsent(contract.get(), k -> new ArrayList<>()).add(table);
        publisherByContract.putIfAbsent(contract.get(), publisher.get().id());
      }
    }
    tablesByContract.forEach((contract, tables) -> {
      Finding finding = Finding.of("missing-port:" + contract, "product '" + reader.get().id() + "' reads "
          + String.join(", ", tables) + (statement.approximate() ? " (approximate: the statement did not parse)" : "")
          + ", published by product '" + publisherByContract.get(contract) + "' under contract '" + contract
          + "', without an input port for that contract");
      context.report(statement.locations().firstOf(tables).map(finding::at).orElse(finding));
    });
  }
}
