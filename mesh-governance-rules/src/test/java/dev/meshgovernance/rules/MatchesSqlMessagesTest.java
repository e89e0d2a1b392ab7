package dev.meshgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.rules.lineage.MatchesSql;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The messages of {@code lineage.matches-sql} say how the SQL uses a table, on the workspaces of its
 * case file (which assert the keys and lines).
 */
class MatchesSqlMessagesTest {

  private static final Rule<?> RULE = new MatchesSql();

  /** Key → message of the violations of the case whose name starts with {@code name}. */
  private static Map<String, String> messages(String name) {
    RuleCaseFile.Case found = RuleCaseFile.of("lineage.matches-sql").cases().stream()
        .filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
    return RuleTester.of(RULE).options(found.options()).files(found.files()).check()
        .violationsOf("lineage.matches-sql").stream()
        .collect(Collectors.toMap(v -> v.origin().line() + " " + v.key(), Violation::message));
  }

  @Test
  void aDeclaredTableUsedOnlyIndirectlySaysHowTheSqlUsesIt() {
    assertThat(messages("With countIndirectUse false")).containsEntry("10 unused-source:crm.customers_v1",
        "field 'customer_id' declares source crm.customers_v1, which the SQL building marketing.segments_v1 uses "
            + "for it only to join, which does not count as a use with countIndirectUse false");
  }

  @Test
  void aDeclaredTableNotUsedAtAllListsWhatIsUsedAndHow() {
    assertThat(messages("A constant column")).containsEntry("19 unused-source:wms.zones",
        "field 'source_system' declares source wms.zones, which the SQL building wms.occupancy_v1 does not use "
            + "for it (it uses wms.bins to group and for its rows)");
  }

  @Test
  void anUndeclaredIndirectSourceSaysHowItIsUsed() {
    assertThat(messages("With requireIndirectSources true")).containsEntry("10 undeclared-source:crm.customers_v1",
        "field 'customer_id': the SQL building marketing.segments_v1 uses crm.customers_v1 to join, which its "
            + "transformSourceObjects [sales.orders_v1] do not name");
  }

  @Test
  void anUndeclaredSourceBehindStagingNamesTheStagingTables() {
    assertThat(messages("A column reached over two paths")).containsEntry("16 undeclared-source:crm.tags_v1",
        "field 'tagged': the SQL building marketing.segments_v1 uses crm.tags_v1 for its values (copied) and "
            + "to join, through marketing.stg_large, which its transformSourceObjects [sales.orders_v1] do not name");
  }

  @Test
  void anotherSchemasTableIsAnotherTable() {
    assertThat(messages("A declared table is the same table")).containsEntry("22 unused-source:archive.orders_v1",
        "field 'other_schema' declares source archive.orders_v1, which the SQL building marketing.segments_v1 "
            + "does not use for it (it uses prod.crm.customers_v1 for its values (computed) and to join; "
            + "sales.orders_v1 for its values (computed) and to join)");
  }
}
