package dev.meshgovernance.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.SubjectPath.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectPathTest {

  private static SubjectPath path(String text) {
    return SubjectPath.parse(text);
  }

  @Test
  void everyKindOfPathIsSplitIntoItsSegments() {
    assertThat(path("product:urn:dpds:com.company-xyz:dataproducts:tripExecution:1"))
        .isEqualTo(SubjectPath.product("urn:dpds:com.company-xyz:dataproducts:tripExecution:1"));
    assertThat(path("product:sales.orders/outputPort:orders@1.0.0").segments())
        .containsExactly("sales.orders", "outputPort:orders", "1.0.0");
    assertThat(path("product:p/inputPort:in").segments()).containsExactly("p", "inputPort:in");
    assertThat(path("contract:sales.orders/orders.v1/address.street").segments())
        .containsExactly("sales.orders", "orders.v1", "address", "street");
    assertThat(path("sql:marketing/sql/cross_sell.sql#12"))
        .isEqualTo(new SubjectPath(Scheme.STATEMENT, List.of("marketing/sql/cross_sell.sql", "12")));
    assertThat(path("sql:odd#name.sql").segments()).containsExactly("odd#name.sql");
    assertThat(path("evolution:sales.orders")).isEqualTo(SubjectPath.evolution("sales.orders"));
    assertThat(path("file:orders/broken.odcs.yaml")).isEqualTo(SubjectPath.file("orders/broken.odcs.yaml"));
    assertThat(path("something else").scheme()).isEqualTo(Scheme.OTHER);
  }

  @Test
  void pathsRenderExactlyAsTheyAreWrittenSoFingerprintsStayTheSame() {
    for (String text : List.of("product:p", "product:p/outputPort:o", "product:p/outputPort:o@2", "product:p/outputPort:a@b@c",
        "contract:c", "contract:c/", "contract:c/d", "contract:sales.orders/orders/address.street", "contract:c/d/a..b",
        "contract:c/d/e/f", "sql:a/b.sql#1", "sql:a/b.sql", "sql:x#", "evolution:c", "file:a/b.yaml", "", "odd:thing")) {
      assertThat(path(text).toString()).as(text).isEqualTo(text);
    }
    assertThat(SubjectPath.port("p", PortDirection.OUTPUT, "orders").child("1.0.0"))
        .hasToString("product:p/outputPort:orders@1.0.0");
    assertThat(SubjectPath.contract("c").child("orders").child("address").child("street"))
        .hasToString("contract:c/orders/address.street");
    assertThat(SubjectPath.statement("etl/load.sql", 3)).hasToString("sql:etl/load.sql#3");
  }

  @Test
  void coversComparesWholeSegments() {
    SubjectPath contract = path("contract:sales.orders");
    assertThat(contract.covers(path("contract:sales.orders"))).isTrue();
    assertThat(contract.covers(path("contract:sales.orders/orders"))).isTrue();
    assertThat(contract.covers(path("contract:sales.orders/orders/address.street"))).isTrue();
    assertThat(contract.covers(path("contract:sales.orders.eu"))).isFalse();
    assertThat(contract.covers(path("contract:sales.orders.eu/orders/id"))).isFalse();
    assertThat(contract.covers(path("evolution:sales.orders"))).isFalse();

    SubjectPath field = path("contract:c/orders/address");
    assertThat(field.covers(path("contract:c/orders/address.street"))).isTrue();
    assertThat(field.covers(path("contract:c/orders/address_line"))).isFalse();
    assertThat(path("contract:c/orders").covers(path("contract:c/orders_eu/id"))).isFalse();

    assertThat(path("product:p").covers(path("product:p/outputPort:o@1.0.0"))).isTrue();
    assertThat(path("product:p").covers(path("product:p2"))).isFalse();
    assertThat(path("product:p/outputPort:o").covers(path("product:p/outputPort:o@2"))).isTrue();
    assertThat(path("product:p/outputPort:o").covers(path("product:p/outputPort:orders"))).isFalse();
    assertThat(path("product:p/outputPort:o@1").covers(path("product:p/outputPort:o@2"))).isFalse();

    assertThat(path("sql:a.sql").covers(path("sql:a.sql#2"))).isTrue();
    assertThat(path("sql:a.sql#1").covers(path("sql:a.sql#12"))).isFalse();
    assertThat(path("sql:a").covers(path("sql:a.sql#1"))).isFalse();
  }

  @Test
  void theParentIsThePathOneSegmentUp() {
    assertThat(path("contract:c/orders/address.street").parent()).contains(path("contract:c/orders/address"));
    assertThat(path("contract:c/orders/address").parent()).contains(path("contract:c/orders"));
    assertThat(path("contract:c/orders").parent()).contains(path("contract:c"));
    assertThat(path("contract:c").parent()).isEmpty();
    assertThat(path("product:p/outputPort:o@2").parent()).contains(path("product:p/outputPort:o"));
    assertThat(path("sql:a.sql#2").parent()).contains(path("sql:a.sql"));
  }

  @Test
  void theFileOfAStatementOrAFilePath() {
    assertThat(path("sql:etl/load.sql#3").file()).contains("etl/load.sql");
    assertThat(path("file:etl/broken.yaml").file()).contains("etl/broken.yaml");
    assertThat(path("sql:etl/load.sql").file()).isEmpty();
    assertThat(path("contract:c").file()).isEmpty();
  }

  @Test
  void aGatewayQueryHasItsOwnSchemeThatNoWorkspaceGlobOrPathMatches() {
    SubjectPath statement = path("query:q-42#2");
    assertThat(statement.scheme()).isEqualTo(SubjectPath.Scheme.QUERY);
    assertThat(statement.segments()).containsExactly("q-42", "2");
    assertThat(statement).isEqualTo(SubjectPath.query("q-42", 2));
    assertThat(statement.toString()).isEqualTo("query:q-42#2");
    assertThat(statement.parent()).contains(SubjectPath.query("q-42"));
    assertThat(SubjectPath.query("q-42").covers(statement)).isTrue();
    assertThat(statement.file()).isEmpty();

    assertThat(path("sql:query.sql").covers(path("query:query.sql#1"))).isFalse();
    assertThat(path("query:query.sql#1").matchesGlob("*")).isFalse();
    assertThat(path("query:query.sql#1").matchesGlob("*query.sql*")).isFalse();
    assertThat(path("query:query.sql#1").matchesGlob("query:*")).isTrue();
    assertThat(path("query:nightly-report#3").matchesGlob("query:nightly-*")).isTrue();
  }
}
