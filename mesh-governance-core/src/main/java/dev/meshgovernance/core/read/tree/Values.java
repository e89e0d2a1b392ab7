package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts tree values to plain, immutable Java values: String, Number, Boolean, List, Map; never null. */
public final class Values {

  private Values() {}

  /**
   * {@code [{property, value}]} entries as an ordered, unmodifiable map. A null or absent value
   * reads as {@code ""}; entries without a property name are left out (the schema reports them);
   * of two entries with the same name the last wins.
   */
  public static Map<String, Object> customProperties(List<Element> entries) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Element entry : entries) {
      String property = entry.text("property");
      if (!property.isEmpty()) {
        properties.put(property, plain(entry.get("value").node()));
      }
    }
    return Collections.unmodifiableMap(properties);
  }

  /** {@code node} as a plain Java value; null and absent become {@code ""}. */
  public static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }
}
