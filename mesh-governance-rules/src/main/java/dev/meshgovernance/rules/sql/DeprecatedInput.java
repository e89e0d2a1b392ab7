package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.List;
import java.util.Optional;

/** {@code sql.deprecated-input}: SQL does not build on deprecated or retired products. */
public final class DeprecatedInput implements Rule<SqlStatement> {

  static final RuleOption<List<String>> STATUSES = RuleOption.strings("statuses", List.of("deprecated", "retired"),
      "Statuses (case-insensitive) of products and contracts that must not be read any more.");

  private static final RuleInfo INFO = RuleInfo.builder("sql.deprecated-input", SqlStatement.class)
      .title("SQL does not read deprecated or retired products")
      .description("A statement reads a table whose contract, or whose publishing product, has a status of the "
          + "configured list (by default deprecated or retired). Reported at the table's first reference in the "
          + "statement.")
      .rationale("Deprecation only works when consumers hear of it before the product is switched off; this "
          + "tells them in their own build.")
      .hint("Move to the product's successor; its deprecation notice usually names it.")
      .option(STATUSES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(SqlStatement statement, RuleContext context) {
    List<String> statuses = context.option(STATUSES);
    for (String table : statement.tablesRead()) {
      Optional<DataContract> contract = context.mesh().dataset(table).map(Dataset::contractId)
          .flatMap(context.mesh()::contract);
      if (contract.isPresent() && contains(statuses, contract.get().status())) {
        context.report(Finding.of("contract:" + table, "reads " + table + " of contract '" + contract.get().id()
            + "', which is " + contract.get().status()).at(statement.originOf(table)));
      }
      Optional<DataProduct> product = context.mesh().publisherOf(table);
      if (product.isPresent() && contains(statuses, product.get().status())) {
        context.report(Finding.of("product:" + table, "reads " + table + " of product '" + product.get().id()
            + "', which is " + product.get().status()).at(statement.originOf(table)));
      }
    }
  }

  private static boolean contains(List<String> statuses, String status) {
    return statuses.stream().anyMatch(status::equalsIgnoreCase);
  }
}
