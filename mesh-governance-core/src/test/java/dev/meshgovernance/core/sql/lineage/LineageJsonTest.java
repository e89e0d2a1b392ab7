package dev.meshgovernance.core.sql.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** What the OpenLineage column-lineage facet holds for counts and ambiguous columns. */
class LineageJsonTest {

  private static final SqlAnalyzer SQL = new SqlAnalyzer();

  private static ColumnLineageFacet facetOf(String sql) {
    SqlStatement statement = SQL.analyze("q.sql", sql).statements().get(0);
    return new LineageJson().of(statement).outputs().get(0).columnLineage().orElseThrow();
  }

  @Test
  void aCountOfRowsHasNoInputFieldsAndNoFieldNamedStar() {
    ColumnLineageFacet facet = facetOf(
        "SELECT o.region, COUNT(*) AS n FROM sales.orders o JOIN sales.customers c ON c.id = o.cid "
            + "GROUP BY o.region HAVING COUNT(*) > 1 ORDER BY n");

    assertThat(facet.fields().get("n")).isEmpty();
    assertThat(facet.fields().get("region")).extracting(InputField::field).containsExactly("region");
    assertThat(facet.dataset()).extracting(InputField::field).containsExactlyInAnyOrder("id", "cid", "region");
    assertThat(facet.dataset()).flatExtracting(InputField::transformations).extracting(Transformation::subtype)
        .doesNotContain("ROWS", "SORT", "FILTER");
  }

  @Test
  void theCandidatesOfAnAmbiguousColumnAreNoInputFields() {
    ColumnLineageFacet facet = facetOf(
        "SELECT o.id, amount FROM sales.orders o JOIN sales.customers c ON c.id = o.cid");

    assertThat(facet.fields().get("amount")).isEmpty();
    assertThat(facet.fields().get("id")).extracting(InputField::name, InputField::field)
        .containsExactly(Tuple.tuple("sales.orders", "id"));
    assertThat(facet.fields().keySet()).isEqualTo(Set.of("id", "amount"));
  }
}
