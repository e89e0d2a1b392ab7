package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.Standard;
import dev.meshgovernance.api.model.StatementKind;
import dev.meshgovernance.api.model.Team;
import java.util.List;
import java.util.Map;

/** Small meshes built in code, for engine tests that must not depend on the readers. */
final class TestMeshes {

  private TestMeshes() {}

  static Field field(String contractId, String dataset, String name, int line) {
    return new Field(DataContract.pathOf(contractId) + "/" + dataset + "/" + name, name, "string", "", "", "",
        List.of(), Map.of(), "", false, false, false, List.of(), "", Map.of(), List.of(), List.of(),
        Origin.of(contractId + ".odcs.yaml", line, 9));
  }

  static DataContract contract(String id, String table, Field... fields) {
    String file = id + ".odcs.yaml";
    Dataset dataset = new Dataset(DataContract.pathOf(id) + "/orders", id, "orders", table, "table", "",
        List.of(), Map.of(), List.of(fields), Origin.of(file, 10, 5));
    return new DataContract(DataContract.pathOf(id), id, "", "1.0.0", "v3.1.0", "active", domainOf(id), "", "", Team.NONE,
        List.of(), List.of(), Map.of(), List.of(dataset), List.of(), List.of(), Origin.of(file, 1, 1));
  }

  static DataProduct product(String id, String directory, String outputContractId) {
    String file = directory + "/product.odps.yaml";
    Port port = new Port(DataProduct.pathOf(id) + "/outputPort:out", id, PortDirection.OUTPUT, "out", "1.0.0",
        outputContractId, "", Origin.of(file, 12, 5));
    return new DataProduct(DataProduct.pathOf(id), id, "", Standard.ODPS, "v1.0.0", "1.0.0", "active", domainOf(id), "",
        Team.NONE, List.of(), List.of(), Map.of(), List.of(), List.of(port), directory, Origin.of(file, 1, 1));
  }

  /** Ids starting with "marketing" are of the Marketing domain, the others of Sales. */
  static String domainOf(String id) {
    return id.startsWith("marketing") ? "marketing" : "sales";
  }

  static SqlStatement statement(String file, int index, String owner, String target, String... reads) {
    return new SqlStatement(SqlStatement.pathOf(file, index), "SELECT 1",
        target.isEmpty() ? StatementKind.SELECT : StatementKind.INSERT, target, List.of(reads), false, true, false,
        Lineage.NONE, owner,
        Origin.of(file, index, 1));
  }

  /**
   * Product {@code orders} publishing {@code sales.orders_v1} through contract {@code orders-contract}
   * (fields {@code order_id}, {@code customerEmail}), with one statement writing its table and one
   * writing an internal table; product {@code marketing} with one query.
   */
  static Mesh sample() {
    DataContract orders = contract("orders-contract", "sales.orders_v1",
        field("orders-contract", "orders", "order_id", 20), field("orders-contract", "orders", "customerEmail", 24));
    DataContract marketing = contract("marketing-contract", "marketing.cross_sell_v1");
    return Mesh.of(
        List.of(product("orders", "orders", "orders-contract"), product("marketing", "marketing", "marketing-contract")),
        List.of(orders, marketing),
        List.of(statement("orders/build.sql", 1, "orders", "sales.orders_v1", "sales.raw"),
            statement("orders/build.sql", 2, "orders", "sales.staging", "sales.raw"),
            statement("marketing/query.sql", 1, "marketing", "", "sales.orders_v1", "sales.staging")),
        List.of(new SourceFile("orders/product.odps.yaml", SourceKind.ODPS),
            new SourceFile("orders-contract.odcs.yaml", SourceKind.ODCS),
            new SourceFile("notes.yaml", SourceKind.IGNORED)),
        List.of());
  }
}
