package dev.meshgovernance.core.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.read.WorkspaceReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDiffTest {

  private static final WorkspaceReader READER = new WorkspaceReader();

  private static DataContract contract(String properties) {
    return contract("1.0.0", properties);
  }

  private static DataContract contract(String version, String properties) {
    String text = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        version: %s
        status: active
        schema:
          - name: orders
            properties:
        """.formatted(version) + properties.stripIndent().indent(6);
    var mesh = READER.readDocument("orders.odcs.yaml", text);
    assertThat(mesh.diagnostics()).isEmpty();
    return mesh.contracts().get(0);
  }

  private static List<String> changes(String before, String after) {
    return ContractDiff.diff(contract(before), contract(after)).stream()
        .map(c -> c.impact().name().toLowerCase() + " " + c.type() + " " + c.before() + " -> " + c.after()).toList();
  }

  @Test
  void typesAreComparedByWhetherEveryOldValueStillFits() {
    assertThat(changes("""
        - name: a
          logicalType: integer
          physicalType: varchar(10)
        - name: b
          logicalType: string
          physicalType: bigint
        """, """
        - name: a
          logicalType: number
          physicalType: varchar(20)
        - name: b
          logicalType: integer
          physicalType: int
        """)).containsExactly(
        "additive logical-type-widened integer -> number",
        "additive physical-type-widened varchar(10) -> varchar(20)",
        "breaking logical-type-narrowed string -> integer",
        "breaking physical-type-narrowed bigint -> int");
  }

  @Test
  void makingAFieldRequiredOrUniqueBreaksAndTheReverseDoesNot() {
    assertThat(changes("""
        - name: a
          logicalType: string
        - name: b
          logicalType: string
          required: true
          unique: true
        """, """
        - name: a
          logicalType: string
          required: true
          unique: true
        - name: b
          logicalType: string
        """)).containsExactly(
        "breaking required-tightened false -> true", "breaking unique-tightened false -> true",
        "additive required-relaxed true -> false", "additive unique-relaxed true -> false");
  }

  @Test
  void enumerationsNarrowAndWiden() {
    String status = """
        - name: status
          logicalType: string
          quality:
            - metric: invalidValues
              mustBe: 0
              arguments:
                validValues: [%s]
        """;
    assertThat(changes(status.formatted("open, paid, shipped"), status.formatted("open, paid")))
        .containsExactly("breaking enum-narrowed open,paid,shipped -> open,paid");
    assertThat(changes(status.formatted("open, paid"), status.formatted("open, paid, refunded")))
        .containsExactly("additive enum-widened open,paid -> open,paid,refunded");
    assertThat(changes("""
        - name: status
          logicalType: string
        """, status.formatted("open"))).containsExactly("breaking enum-narrowed  -> open");
  }

  @Test
  void fieldsAndDatasetsAddedAndRemovedAndClassificationsAndDocumentation() {
    DataContract before = contract("""
        - name: a
          logicalType: string
          classification: pii
          description: old
        - name: gone
          logicalType: string
        """);
    DataContract after = contract("""
        - name: a
          logicalType: string
          classification: public
          description: new
          logicalTypeOptions:
            maxLength: 10
        - name: opt
          logicalType: string
        - name: req
          logicalType: string
          required: true
        """);
    List<ContractChange> changes = ContractDiff.diff(before, after);
    assertThat(changes).extracting(c -> c.impact().name().toLowerCase() + " " + c.type() + " " + c.element())
        .containsExactly(
            "breaking field-removed contract:orders-contract/orders/gone",
            "breaking max-length-tightened contract:orders-contract/orders/a",
            "breaking classification-relaxed contract:orders-contract/orders/a",
            "documentation description-changed contract:orders-contract/orders/a",
            "additive field-added contract:orders-contract/orders/opt",
            "breaking field-added-required contract:orders-contract/orders/req");
  }

  @Test
  void theChangelogListsEveryChangeWithItsImpact() throws Exception {
    var evolution = new dev.meshgovernance.api.model.ContractEvolution("evolution:orders-contract",
        contract("- name: a\n  logicalType: string\n"), contract("- name: b\n  logicalType: string\n"),
        ContractDiff.diff(contract("- name: a\n  logicalType: string\n"), contract("- name: b\n  logicalType: string\n")));
    StringWriter text = new StringWriter();
    Changelog.writeText(List.of(evolution), text);
    assertThat(text.toString().lines()).containsExactly(
        "contract orders-contract 1.0.0 -> 1.0.0 (orders.odcs.yaml)",
        "  breaking [field-removed] field 'a' removed from dataset 'orders' (contract:orders-contract/orders/a)",
        "  additive [field-added] optional field 'b' added to dataset 'orders' (contract:orders-contract/orders/b)",
        "2 change(s) in 1 of 1 contract(s) held by both states");
    StringWriter json = new StringWriter();
    Changelog.writeJson(List.of(evolution), json);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString())
        .at("/contracts/0/changes/0/type").asText()).isEqualTo("field-removed");
  }

  @Test
  void versionsKeptSideBySideEvolveFromTheirOwnMajorVersion() {
    String one = "- name: a\n  logicalType: string\n";
    String two = "- name: b\n  logicalType: string\n";
    Mesh previous = Mesh.of(List.of(), List.of(contract("1.2.0", one), contract("2.0.0", two)), List.of(), List.of(),
        List.of());
    Mesh current = Mesh.of(List.of(), List.of(contract("2.1.0", two + "- name: c\n  logicalType: string\n"),
        contract("1.2.1", one), contract("3.0.0", two)), List.of(), List.of(), List.of());
    assertThat(ContractDiff.evolutions(previous, current))
        .extracting(e -> e.previous().version() + " -> " + e.current().version())
        .containsExactly("2.0.0 -> 2.1.0", "1.2.0 -> 1.2.1", "2.0.0 -> 3.0.0");
  }
}
