package dev.meshgovernance.rules.ownership;

import dev.meshgovernance.rules.RuleCases;
import org.junit.jupiter.api.Test;

class OwnerRequiredTest {

  @Test
  void aProductWithOwnerAndSupportPasses() {
    RuleCases.tester(new OwnerRequired()).file("orders/product.odps.yaml", """
        apiVersion: v1.0.0
        kind: DataProduct
        id: sales-orders
        status: active
        team:
          name: orders-team
          members:
            - username: ana@shop.example
              role: owner
        support:
          - channel: "#orders"
            url: https://chat.example/orders
        """).check();
  }

  @Test
  void aProductWithoutTeamMembersOrSupportIsReported() {
    RuleCases.tester(new OwnerRequired()).file("orders/product.odps.yaml", """
        apiVersion: v1.0.0 # expect: no-owner, no-support
        kind: DataProduct
        id: sales-orders
        status: active
        team:
          name: orders-team
        """).check();
  }

  @Test
  void contractsAreJudgedToo() {
    RuleCases.tester(new OwnerRequired()).file("orders.odcs.yaml", """
        apiVersion: v3.1.0 # expect: no-owner
        kind: DataContract
        id: orders-contract
        version: 1.0.0
        status: active
        support:
          - channel: "#orders"
        """).check();
  }

  @Test
  void supportCanBeMadeOptional() {
    RuleCases.tester(new OwnerRequired()).option("supportRequired", false).file("orders.odcs.yaml", """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        version: 1.0.0
        status: active
        team:
          members:
            - username: ana@shop.example
        """).check();
  }

  @Test
  void aDpdsDescriptorNeedsItsOwnerButHasNoSupportField() {
    RuleCases.tester(new OwnerRequired()).file("trips/descriptor.json", """
        {
          "dataProductDescriptor": "1.0.0",
          "info": {
            "fullyQualifiedName": "urn:dpds:shop:dataproducts:trips:1",
            "name": "trips",
            "version": "1.0.0",
            "domain": "transport",
            "owner": {"id": "ana@shop.example", "name": "Ana"}
          },
          "interfaceComponents": {"outputPorts": []}
        }
        """).check();
  }
}
