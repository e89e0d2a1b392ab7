package dev.meshgovernance.core.read.odcs;

import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.core.read.tree.Element;
import java.util.ArrayList;
import java.util.List;

/** The fields of an ODCS schema object: {@code properties[]}, nested ones included. */
final class OdcsFields {

  private OdcsFields() {}

  /**
   * The fields under {@code parent}: its {@code properties}, or for an array its
   * {@code items.properties}. A nested field's path joins the names with {@code .} after
   * {@code prefix} (e.g. {@code contract:c/orders/} + {@code address.street}).
   */
  static List<Field> of(String prefix, Element parent) {
    List<Element> properties = new ArrayList<>(parent.items("properties"));
    properties.addAll(parent.get("items").items("properties"));
    return properties.stream().map(p -> field(prefix, p)).toList();
  }

  private static Field field(String prefix, Element property) {
    String path = prefix + property.text("name");
    return new Field(
        path,
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
        of(path + ".", property),
        property.origin());
  }
}
