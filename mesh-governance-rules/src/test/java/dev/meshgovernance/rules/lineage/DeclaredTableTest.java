package dev.meshgovernance.rules.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.Mesh;
import org.junit.jupiter.api.Test;

/** How a contract's transformSourceObjects entry is read and compared with the SQL's table names. */
class DeclaredTableTest {

  private static final Mesh NO_CONTRACTS = Mesh.empty();

  @Test
  void quotesOfEachDialectAreRemovedAndADotInsideQuotesIsPartOfTheName() {
    assertThat(DeclaredTable.of("\"SALES\".\"ORDERS_V1\"").key()).isEqualTo("sales.orders_v1");
    assertThat(DeclaredTable.of("`crm`.`customers_v1`").key()).isEqualTo("crm.customers_v1");
    assertThat(DeclaredTable.of("[dbo].[Orders]").key()).isEqualTo("dbo.orders");
    assertThat(DeclaredTable.of(" \"my.schema\".t ").parts()).containsExactly("my.schema", "t");
  }

  @Test
  void aNameNamesTheTableWhoseLastPartsItIsInEitherDirection() {
    assertThat(DeclaredTable.of("orders_v1").names("prod.sales.orders_v1", NO_CONTRACTS)).isTrue();
    assertThat(DeclaredTable.of("sales.orders_v1").names("prod.sales.orders_v1", NO_CONTRACTS)).isTrue();
    assertThat(DeclaredTable.of("prod.sales.orders_v1").names("sales.orders_v1", NO_CONTRACTS)).isTrue();
    assertThat(DeclaredTable.of("archive.orders_v1").names("sales.orders_v1", NO_CONTRACTS)).isFalse();
    assertThat(DeclaredTable.of("dev.sales.orders_v1").names("prod.sales.orders_v1", NO_CONTRACTS)).isFalse();
    assertThat(DeclaredTable.of("orders").names("sales.orders_v1", NO_CONTRACTS)).isFalse();
    assertThat(DeclaredTable.of("sales.orders").names("sales.orders_v1", NO_CONTRACTS)).isFalse();
  }
}
