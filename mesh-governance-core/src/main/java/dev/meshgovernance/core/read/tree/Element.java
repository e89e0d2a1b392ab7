package dev.meshgovernance.core.read.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.meshgovernance.api.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A value of a parsed document with its JSON pointer, read leniently: what is missing or of the
 * wrong type reads as {@code ""}, {@code false} or empty, so a document that breaks its schema is
 * still read as far as possible (the schema validation reports the breakage).
 *
 * @param document the document holding it
 * @param node the value (a missing node when absent)
 * @param pointer its JSON pointer
 */
public record Element(ParsedDocument document, JsonNode node, String pointer) {

  /** The member {@code name} of this object (a missing element when absent). */
  public Element get(String name) {
    JsonNode child = node.isObject() && node.has(name) ? node.get(name) : MissingNode.getInstance();
    return new Element(document, child, pointer + "/" + ParsedDocument.escape(name));
  }

  /** True when this object has the member {@code name}. */
  public boolean has(String name) {
    return node.isObject() && node.has(name);
  }

  /** True when this is an object. */
  public boolean isObject() {
    return node.isObject();
  }

  /** True when this value is absent or null. */
  public boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  /** This scalar as text ({@code ""} for objects, arrays, null and absent values). */
  public String text() {
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }

  /** The member {@code name} as text. */
  public String text(String name) {
    return get(name).text();
  }

  /** The member {@code name} as a boolean ({@code true} only for the boolean {@code true} or text "true"). */
  public boolean bool(String name) {
    JsonNode value = get(name).node();
    return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText(""));
  }

  /** The items of this array; a single non-array value counts as none. */
  public List<Element> items() {
    if (!node.isArray()) {
      return List.of();
    }
    return IntStream.range(0, node.size())
        .mapToObj(i -> new Element(document, node.get(i), pointer + "/" + i))
        .toList();
  }

  /** The items of the array member {@code name}. */
  public List<Element> items(String name) {
    return get(name).items();
  }

  /** The scalar items of the array member {@code name} as text, in order. */
  public List<String> strings(String name) {
    List<String> texts = new ArrayList<>();
    for (Element item : items(name)) {
      if (item.node().isValueNode() && !item.node().isNull()) {
        texts.add(item.text());
      }
    }
    return texts;
  }

  /** The member {@code name} as text, or its {@code purpose} when it is an object. */
  public String purpose(String name) {
    Element value = get(name);
    return value.isObject() ? value.text("purpose") : value.text();
  }

  /** ODCS/ODPS {@code customProperties} ({@code [{property, value}]}) as property → plain Java value. */
  public Map<String, Object> customProperties() {
    return Values.customProperties(items("customProperties"));
  }

  /** Where this value is (the nearest existing ancestor when absent). */
  public Origin origin() {
    return document.origin(pointer);
  }
}
