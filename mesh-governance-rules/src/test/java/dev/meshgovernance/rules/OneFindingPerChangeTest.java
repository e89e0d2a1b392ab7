package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.rules.contract.BreakingChange;
import dev.meshgovernance.rules.versioning.BumpMatchesChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One breaking change is one finding, although two evolution rules judge the version bump. */
class OneFindingPerChangeTest {

  private static final String BEFORE = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders-contract
      version: 1.2.0
      status: active
      schema:
        - name: orders
          properties:
            - name: order_id
              logicalType: string
            - name: coupon
              logicalType: string
      """;

  @TempDir Path previous;
  @TempDir Path current;

  @Test
  void aBreakingChangeUnderAMinorBumpIsReportedByBreakingChangeAlone() throws IOException {
    Files.writeString(previous.resolve("orders.odcs.yaml"), BEFORE);
    Files.writeString(current.resolve("orders.odcs.yaml"), BEFORE.replace("version: 1.2.0", "version: 1.3.0")
        .replace("      - name: coupon\n        logicalType: string\n", ""));
    assertThat(Files.readString(current.resolve("orders.odcs.yaml"))).doesNotContain("coupon");
    GovernanceReport report = GovernanceEngine.builder().rule(new BreakingChange()).rule(new BumpMatchesChange())
        .build().evaluate(current, previous);
    assertThat(report.violations()).extracting(Violation::ruleId, Violation::key).containsExactly(
        Tuple.tuple("contract.breaking-change",
            "breaking:field-removed:contract:orders-contract/orders/coupon"));
  }
}
