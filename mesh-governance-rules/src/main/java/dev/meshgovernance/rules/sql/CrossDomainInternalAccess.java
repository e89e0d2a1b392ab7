package dev.meshgovernance.rules.sql;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.SqlStatement;
import java.util.List;
import java.util.Optional;

/** {@code sql.cross-domain-internal-access}: nobody reads another product's internal tables. */
public final class CrossDomainInternalAccess implements Rule<SqlStatement> {

  private static final RuleInfo INFO = RuleInfo.builder("sql.cross-domain-internal-access", SqlStatement.class)
      .title("SQL never reads another product's internal tables")
      .severity(Severity.ERROR)
      .description("A statement reads a table that another product's SQL writes but that none of that product's "
          + "output ports publishes (an internal table: staging, intermediate results). Statements of no product, "
          + "such as ad-hoc queries, are judged too. Reported at the table's first reference in the statement. "
          + "Names match by their trailing parts (shop.catalog.t reads catalog.t); a name that matches internal "
          + "tables of several products is reported as ambiguous.")
      .rationale("Internal tables carry no contract: their owner changes them at will, so a consumer that reads "
          + "one breaks silently and bypasses the product's published interface and its access control.")
      .hint("Read the product's published output instead, or ask its owners to publish what you need.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(SqlStatement statement, RuleContext context) {
    for (String table : statement.tablesRead()) {
      List<DataProduct> owners = context.mesh().internalOwnersOf(table);
      if (owners.size() > 1) {
        context.report(Finding.of("ambiguous:" + table, (statement.owner().map(id -> "product '" + id + "'")
            .orElse("statement")) + " reads " + table + ", which may be an internal table of any of products "
            + owners.stream().map(p -> "'" + p.id() + "'").toList() + ": qualify the name")
            .at(statement.originOf(table)));
        continue;
      }
      Optional<DataProduct> owner = owners.stream().findFirst();
      if (owner.isPresent() && !owner.get().id().equals(statement.ownerProductId())) {
        context.report(Finding.of("internal:" + table, (statement.owner().map(id -> "product '" + id + "'")
            .orElse("statement")) + " reads " + table + ", an internal table of product '" + owner.get().id() + "'")
            .at(statement.originOf(table)));
      }
    }
  }
}
