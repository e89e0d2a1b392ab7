package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.core.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --previous} and {@code diff}, on the example mesh and an edited copy of it. */
class EvolutionCommandsTest {

  @TempDir
  Path next;

  /** The next state: the orders contract drops its amount field and only bumps the patch version. */
  @BeforeEach
  void editACopyOfTheExample() throws IOException {
    TestFiles.copyTree(CliRun.example(), next);
    Path orders = next.resolve("orders/orders.odcs.yaml");
    String text = Files.readString(orders);
    int amount = text.indexOf("      - name: amount");
    Files.writeString(orders, text.substring(0, amount).replace("version: 1.2.0", "version: 1.2.1"));
  }

  @Test
  void checkWithThePreviousStateReportsTheBreakingChangeOnce() {
    CliRun run = CliRun.of("check", next.toString(), "--previous", CliRun.example().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("orders/orders.odcs.yaml:1:1: error [contract.breaking-change] field 'amount' "
        + "removed from dataset 'orders' in contract 'sales-orders-contract' without a new major version "
        + "(1.2.0 -> 1.2.1) (evolution:sales-orders-contract)");
    assertThat(run.out()).doesNotContain("versioning.bump-matches-change").contains("5 error(s), 4 warning(s)");
    assertThat(CliRun.of("check", CliRun.example().toString()).out()).doesNotContain("contract.breaking-change");
  }

  @Test
  void diffPrintsTheChangelogWhetherOrNotItBreaks() {
    CliRun run = CliRun.of("diff", CliRun.example().toString(), next.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
        "contract sales-orders-contract 1.2.0 -> 1.2.1 (orders/orders.odcs.yaml)",
        "  breaking [field-removed] field 'amount' removed from dataset 'orders' "
            + "(contract:sales-orders-contract/orders/amount)",
        "1 change(s) in 1 of 3 contract(s) held by both states", ""));
    assertThat(CliRun.of("diff", CliRun.example().toString(), next.toString(), "--format", "json").out())
        .contains("\"type\" : \"field-removed\"", "\"impact\" : \"breaking\"");
  }

  @Test
  void badDirectoriesAndFormatsAreUsageErrors() {
    assertThat(CliRun.of("diff", next.resolve("nope").toString(), next.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("diff", next.toString(), next.toString(), "--format", "xml").err())
        .contains("unknown format 'xml', expected text or json");
    assertThat(CliRun.of("check", next.toString(), "--previous", next.resolve("nope").toString()).err())
        .isEqualTo("error: " + next.resolve("nope") + " does not exist" + System.lineSeparator());
  }
}
