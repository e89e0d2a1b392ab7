package dev.meshgovernance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaiverCoversTest {

  private static Waiver waiver(String subject) {
    return new Waiver("naming.column-name", subject, "reason", "owner", LocalDate.of(2030, 1, 1), "", Origin.NONE);
  }

  private static Violation on(String subject) {
    return new Violation("naming.column-name", Severity.ERROR, "key", "message", subject, Origin.NONE, "");
  }

  @Test
  void aWaiverCoversItsSubjectAndWhatIsBelowItByWholeSegments() {
    Waiver contract = waiver("contract:sales.orders");
    assertThat(contract.covers(on("contract:sales.orders"))).isTrue();
    assertThat(contract.covers(on("contract:sales.orders/orders/customer_email"))).isTrue();
    assertThat(contract.covers(on("contract:sales.orders.eu"))).isFalse();
    assertThat(contract.covers(on("contract:sales.orders.eu/orders/customer_email"))).isFalse();

    Waiver field = waiver("contract:c/orders/address");
    assertThat(field.covers(on("contract:c/orders/address.street"))).isTrue();
    assertThat(field.covers(on("contract:c/orders/address_line"))).isFalse();
    assertThat(waiver("product:p").covers(on("product:p/outputPort:o@1.0.0"))).isTrue();
    assertThat(waiver("product:p").covers(on("product:p.eu"))).isFalse();
  }

  @Test
  void aGlobMatchesThePathAsTextAndOnlyTheWaiversRule() {
    assertThat(waiver("contract:sales.*").covers(on("contract:sales.orders.eu/orders/id"))).isTrue();
    assertThat(waiver("contract:sales.orders?").covers(on("contract:sales.orders2"))).isTrue();
    assertThat(waiver("contract:sales.orders?").covers(on("contract:sales.orders"))).isFalse();
    assertThat(waiver("sql:marketing/*.sql").covers(on("sql:marketing/a.sql#2"))).isTrue();
    assertThat(waiver("sql:marketing/*.sql").covers(on("sql:marketing/a.sqlx#2"))).isFalse();
    assertThat(waiver("contract:sales.orders?").covers(on("contract:sales.orders2/orders/id"))).isTrue();
    assertThat(waiver("contract:c").covers(new Violation("other.rule", Severity.ERROR, "k", "m", "contract:c",
        Origin.NONE, ""))).isFalse();
  }
}
