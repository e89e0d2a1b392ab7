package dev.meshgovernance.core.read.dpds;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.core.internal.PortPaths;
import dev.meshgovernance.api.model.Standard;
import dev.meshgovernance.api.model.Team;
import dev.meshgovernance.api.model.TeamMember;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a DPDS v1.0.0 data product descriptor into the model: {@code info} and the input and output
 * ports of {@code interfaceComponents}, following a port's {@code $ref} to the file (or the place in
 * the document) that holds it. Unresolved references are reported by {@link References#scan}; a port
 * whose reference resolves to nothing is left out. DPDS ports name no contract.
 */
public final class DpdsReader {

  private final References references;

  /** A reader resolving {@code $ref}s with {@code references}. */
  public DpdsReader(References references) {
    this.references = references;
  }

  /** The product of {@code document}, which was recognised as DPDS. */
  public DataProduct read(ParsedDocument document) {
    Element root = document.rootElement();
    Element info = root.get("info");
    String id = info.text("fullyQualifiedName");
    Element owner = info.get("owner");
    Team team = owner.isObject()
        ? new Team("", List.of(new TeamMember(owner.text("id"), owner.text("name"), "owner")))
        : Team.NONE;
    Element ports = root.get("interfaceComponents");
    return new DataProduct(
        DataProduct.pathOf(id),
        id,
        info.text("name"),
        Standard.DPDS,
        root.text("dataProductDescriptor"),
        info.text("version"),
        "",
        info.text("domain"),
        info.purpose("description"),
        team,
        List.of(),
        info.strings("tags"),
        Map.of(),
        ports(id, PortDirection.INPUT, ports.items("inputPorts")),
        ports(id, PortDirection.OUTPUT, ports.items("outputPorts")),
        document.directory(),
        root.origin());
  }

  private List<Port> ports(String productId, PortDirection direction, List<Element> items) {
    return PortPaths.unique(items.stream()
        .flatMap(item -> port(productId, direction, item).stream())
        .toList());
  }

  private Optional<Port> port(String productId, PortDirection direction, Element item) {
    return references.resolve(item).map(target -> {
      Element port = unwrapDescriptor(target, direction);
      String description = port.purpose("description");
      return new Port(
          PortPaths.of(productId, direction, port.text("name")),
          productId,
          direction,
          port.text("name"),
          port.text("version"),
          "",
          description.isEmpty() ? item.purpose("description") : description,
          port.origin());
    });
  }

  /**
   * A reference to a whole descriptor holding exactly one port of that direction (as the DPDS
   * tripexecution example does) means that port.
   */
  private static Element unwrapDescriptor(Element target, PortDirection direction) {
    if (!target.has("dataProductDescriptor")) {
      return target;
    }
    List<Element> ports = target.get("interfaceComponents")
        .items(direction == PortDirection.INPUT ? "inputPorts" : "outputPorts");
    return ports.size() == 1 ? ports.get(0) : target;
  }
}
