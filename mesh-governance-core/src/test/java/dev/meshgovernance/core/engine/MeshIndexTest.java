package dev.meshgovernance.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
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
}
