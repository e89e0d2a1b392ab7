package dev.meshgovernance.rules;

import dev.meshgovernance.api.Rule;

/** Building blocks of rule test cases: valid documents of the standards around the part under test. */
public final class RuleCases {

  private RuleCases() {}

  /** A tester for {@code rule}. */
  public static RuleTester tester(Rule<?> rule) {
    return RuleTester.of(rule);
  }

  /**
   * A valid ODCS v3.1.0 contract {@code orders-contract} with one dataset {@code orders}
   * ({@code sales.orders_v1}) whose {@code properties} are the given YAML lines (indented by 6).
   * The properties start on line 18 of the document.
   */
  public static String contract(String properties) {
    return """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        version: 1.0.0
        status: active
        domain: sales
        team:
          name: orders-team
          members:
            - username: ana@shop.example
              role: owner
        support:
          - channel: "#orders"
        schema:
          - name: orders
            physicalName: sales.orders_v1
            properties:
        """ + properties.stripIndent().indent(6);
  }
}
