package dev.meshgovernance.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named rule configuration shipped on the classpath as
 * {@code META-INF/mesh-governance/profiles/<name>.yaml}: {@code rules:} maps a rule id — or
 * {@code "*"} for every rule — to {@code off}, a severity, or {@code {severity, options}}. The
 * built-in rules ship {@code recommended} (their defaults) and {@code strict}.
 *
 * @param name the profile's name
 * @param rules entries by rule id, {@code "*"} first when present
 */
public record Profile(String name, Map<String, RuleEntry> rules) {

  /** The profile applied when none is named. */
  public static final String DEFAULT = "recommended";

  /** The key of the entry that applies to every rule. */
  public static final String EVERY_RULE = "*";

  public Profile {
    rules = new LinkedHashMap<>(rules);
  }

  /**
   * Loads a profile from the classpath.
   *
   * @throws IllegalArgumentException when no such profile exists or it is malformed, naming the resource
   */
  public static Profile load(String name, ClassLoader loader) {
    String resource = "META-INF/mesh-governance/profiles/" + name + ".yaml";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("unknown profile '" + name + "': no " + resource
            + " on the classpath (the built-in rules ship recommended and strict)");
      }
      Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      Object rules = root == null ? null : root.get("rules");
      Map<String, RuleEntry> entries = new LinkedHashMap<>();
      if (rules instanceof Map<?, ?> map) {
        map.forEach((id, value) -> entries.put(String.valueOf(id), RuleEntry.parse(String.valueOf(id), value)));
      } else if (rules != null) {
        throw new IllegalArgumentException("rules must be a mapping");
      }
      return new Profile(name, entries);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("profile " + name + " (" + resource + "): " + e.getMessage(), e);
    }
  }
}
