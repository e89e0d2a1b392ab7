package dev.meshgovernance.core.read.odcs;

import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.SubjectPath;
import dev.meshgovernance.core.read.tree.Element;
import java.util.ArrayList;
import dev.meshgovernance.core.read.tree.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of an ODCS schema object: {@code properties[]}, nested ones included. */
final class OdcsFields {

  private OdcsFields() {}

  /**
   * The fields under {@code parent}: its {@code properties}, or for an array its
   * {@code items.properties}. Each field's path is a child of {@code parentPath}, the dataset's or the
   * parent field's (rendered {@code contract:c/orders/address.street}).
   */
  static List<Field> of(SubjectPath parentPath, Element parent) {
    List<Element> properties = new ArrayList<>(parent.items("properties"));
    properties.addAll(parent.get("items").items("properties"));
    return properties.stream().map(p -> field(parentPath, p)).toList();
  }

  private static Map<String, Object> logicalTypeOptions(Element options) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (options.isObject()) {
      options.node().fields().forEachRemaining(e -> {
        Object value = Values.plain(e.getValue());
        if (value != null) {
          values.put(e.getKey(), value);
        }
      });
    }
    return values;
  }

  /** {@code arguments.validValues} of the property's invalidValues/validValues quality rules, in order. */
  private static List<String> validValues(Element property) {
    List<String> values = new ArrayList<>();
    for (Element rule : property.items("quality")) {
      String metric = rule.text("metric");
      if (metric.equals("invalidValues") || metric.equals("validValues")) {
        for (Element value : rule.get("arguments").items("validValues")) {
          values.add(value.node().isNull() ? "null" : value.text());
        }
      }
    }
    return values;
  }

  private static Field field(SubjectPath parentPath, Element property) {
    SubjectPath path = parentPath.child(property.text("name"));
    return new Field(
        path.toString(),
        property.text("name"),
        property.text("logicalType"),
        property.text("physicalType"),
        property.purpose("description"),
        property.text("classification"),
        property.strings("tags"),
        property.customProperties(),
        property.text("encryptedName"),
        property.bool("required"),
        property.bool("unique"),
        property.bool("primaryKey"),
        property.strings("transformSourceObjects"),
        property.text("transformLogic"),
        logicalTypeOptions(property.get("logicalTypeOptions")),
        validValues(property),
        of(path, property),
        property.origin());
  }
}
