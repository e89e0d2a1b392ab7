package dev.meshgovernance.core.read.odps;

import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.core.internal.PortPaths;
import dev.meshgovernance.api.model.Standard;
import dev.meshgovernance.core.read.bitol.BitolParts;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.List;

/**
 * Reads an ODPS v1 data product (apiVersion v0.9.0, v1.0.0) into the model, leniently: what the
 * document lacks reads as {@code ""} or empty. Stateless and thread-safe.
 */
public final class OdpsReader {

  /** The product of {@code document}, which was recognised as ODPS. */
  public DataProduct read(ParsedDocument document) {
    Element root = document.rootElement();
    String id = root.text("id");
    return new DataProduct(
        DataProduct.pathOf(id),
        id,
        root.text("name"),
        Standard.ODPS,
        root.text("apiVersion"),
        root.text("version"),
        root.text("status"),
        root.text("domain"),
        root.purpose("description"),
        BitolParts.team(root),
        BitolParts.support(root),
        root.strings("tags"),
        root.customProperties(),
        ports(id, PortDirection.INPUT, root.items("inputPorts")),
        ports(id, PortDirection.OUTPUT, root.items("outputPorts")),
        document.directory(),
        root.origin());
  }

  private static List<Port> ports(String productId, PortDirection direction, List<Element> ports) {
    return PortPaths.unique(ports.stream()
        .map(p -> new Port(
            PortPaths.of(productId, direction, p.text("name")),
            productId,
            direction,
            p.text("name"),
            p.text("version"),
            p.text("contractId"),
            p.purpose("description"),
            p.origin()))
        .toList());
  }
}
