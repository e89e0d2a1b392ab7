package dev.meshgovernance.core.read.odcs;

import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Server;
import dev.meshgovernance.api.model.SlaProperty;
import dev.meshgovernance.api.model.SubjectPath;
import dev.meshgovernance.core.read.bitol.BitolParts;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.List;

/**
 * Reads an ODCS v3 (v3.0.x, v3.1.0) data contract into the model, leniently: what the document
 * lacks reads as {@code ""} or empty. Stateless and thread-safe.
 */
public final class OdcsReader {

  /** The contract of {@code document}, which was recognised as ODCS. */
  public DataContract read(ParsedDocument document) {
    Element root = document.rootElement();
    String id = root.text("id");
    SubjectPath path = SubjectPath.contract(id);
    return new DataContract(
        path.toString(),
        id,
        root.text("name"),
        root.text("version"),
        root.text("apiVersion"),
        root.text("status"),
        root.text("domain"),
        root.text("dataProduct"),
        root.purpose("description"),
        BitolParts.team(root),
        BitolParts.support(root),
        root.strings("tags"),
        root.customProperties(),
        root.items("schema").stream().map(d -> dataset(id, path, d)).toList(),
        servers(root),
        slaProperties(root),
        root.origin());
  }

  private static Dataset dataset(String contractId, SubjectPath contractPath, Element dataset) {
    SubjectPath path = contractPath.child(dataset.text("name"));
    return new Dataset(
        path.toString(),
        contractId,
        dataset.text("name"),
        dataset.text("physicalName"),
        dataset.text("physicalType"),
        dataset.purpose("description"),
        dataset.strings("tags"),
        dataset.customProperties(),
        OdcsFields.of(path, dataset),
        dataset.origin());
  }

  private static List<Server> servers(Element root) {
    return root.items("servers").stream()
        .map(s -> new Server(s.text("server"), s.text("type"), s.text("environment"), ServerSchemas.of(s),
            ServerSchemas.databaseOf(s), s.customProperties(), s.origin()))
        .toList();
  }

  private static List<SlaProperty> slaProperties(Element root) {
    return root.items("slaProperties").stream()
        .map(s -> new SlaProperty(s.text("property"), s.text("value"), s.text("unit")))
        .toList();
  }
}
