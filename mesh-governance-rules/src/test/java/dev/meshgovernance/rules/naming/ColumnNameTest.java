package dev.meshgovernance.rules.naming;

import dev.meshgovernance.rules.RuleCases;
import org.junit.jupiter.api.Test;

class ColumnNameTest {

  @Test
  void snakeCaseNamesPassAndOthersAreReportedOnTheirLine() {
    RuleCases.tester(new ColumnName()).file("orders.odcs.yaml", RuleCases.contract("""
          - name: order_id
            logicalType: string
          - name: customerEmail # expect: pattern-mismatch
            logicalType: string
          - name: Order_Date # expect: pattern-mismatch
            logicalType: date
          - name: shipping_address
            logicalType: object
            properties:
              - name: zipCode # expect: pattern-mismatch
                logicalType: string
        """)).check();
  }

  @Test
  void patternAndMaxLengthAreOptions() {
    RuleCases.tester(new ColumnName())
        .option("pattern", "^[a-z][a-zA-Z0-9]*$")
        .option("maxLength", 12)
        .file("orders.odcs.yaml", RuleCases.contract("""
          - name: customerEmail # expect: too-long
            logicalType: string
          - name: order_id # expect: pattern-mismatch
            logicalType: string
          - name: orderDate
            logicalType: date
        """)).check();
  }
}
