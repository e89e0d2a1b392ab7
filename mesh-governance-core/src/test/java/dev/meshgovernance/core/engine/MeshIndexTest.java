package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mesh's cross-references that rules rely on: publishers, internal tables, statements by product. */
class MeshIndexTest {

  private final Mesh mesh = TestMeshes.sample();

  @Test
  void aTableIsPublishedByTheProductWhoseOutputContractHoldsIt() {
    assertThat(mesh.publisherOf("SALES.Orders_V1")).map(DataProduct::id).contains("orders");
    assertThat(mesh.publisherOf("sales.staging")).isEmpty();
  }

  @Test
  void tablesAProductWritesWithoutPublishingAreInternal() {
    assertThat(mesh.internalTables("orders")).containsExactly("sales.staging");
    assertThat(mesh.internalOwnerOf("sales.staging")).map(DataProduct::id).contains("orders");
    assertThat(mesh.internalTables("marketing")).isEmpty();
  }

  @Test
  void statementsAreFoundByOwner() {
    assertThat(mesh.statementsOf("orders")).hasSize(2);
    assertThat(mesh.statementsOf("marketing")).hasSize(1);
    assertThat(mesh.statementsOf("nobody")).isEmpty();
  }

  @Test
  void statementsAreFoundByTheTableTheyWrite() {
    assertThat(mesh.statementsWriting("SALES.Staging")).extracting(s -> s.targetTable().toLowerCase())
        .containsExactly("sales.staging");
    assertThat(mesh.statementsWriting("marketing.nothing")).isEmpty();
  }

  @Test
  void aMeshWithMoreStatementsKnowsTheOldAndTheNew() {
    Mesh withQuery = mesh.withStatements(
        List.of(TestMeshes.statement("query.sql", 1, "marketing", "marketing.scratch", "sales.orders_v1")));

    assertThat(withQuery.subject("sql:query.sql#1")).isPresent();
    assertThat(withQuery.subject("contract:orders-contract")).isPresent();
    assertThat(withQuery.statementsOf("marketing")).hasSize(2);
    assertThat(withQuery.internalTables("marketing")).containsExactly("marketing.scratch");
    assertThat(withQuery.publisherOf("sales.orders_v1")).map(DataProduct::id).contains("orders");
    assertThat(withQuery.subjects()).hasSize(mesh.subjects().toList().size() + 1);
    // a second batch: lookups see every batch, internal tables stay sorted
    Mesh twice = withQuery.withStatements(
        List.of(TestMeshes.statement("other.sql", 1, "marketing", "marketing.a_scratch", "sales.orders_v1")));
    assertThat(twice.internalTables("marketing")).containsExactly("marketing.a_scratch", "marketing.scratch");
    assertThat(twice.statementsOf("marketing")).extracting(s -> s.path())
        .containsExactly("sql:marketing/query.sql#1", "sql:query.sql#1", "sql:other.sql#1");
    assertThat(twice.internalOwnerOf("MARKETING.SCRATCH")).map(DataProduct::id).contains("marketing");
    // the mesh it came from is unchanged
    assertThat(mesh.subject("sql:query.sql#1")).isEmpty();
    assertThat(mesh.internalTables("marketing")).isEmpty();
  }
}
