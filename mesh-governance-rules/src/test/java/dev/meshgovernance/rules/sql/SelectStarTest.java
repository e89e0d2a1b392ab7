package dev.meshgovernance.rules.sql;

import dev.meshgovernance.rules.RuleCases;
import org.junit.jupiter.api.Test;

class SelectStarTest {

  @Test
  void starsAreReportedOnTheStatementsLineAndCountStarIsFine() {
    RuleCases.tester(new SelectStar()).file("marketing/query.sql", """
        SELECT customer_id, COUNT(*) AS orders
        FROM sales.orders_v1
        GROUP BY customer_id;

        SELECT * FROM sales.orders_v1; -- expect: select-star

        -- a comment before the statement
        SELECT o.order_id, -- expect: select-star
               p.*
        FROM sales.orders_v1 o JOIN catalog.products_v2 p ON p.product_id = o.product_id;
        """).check();
  }
}
