package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One ODCS {@code slaProperties[]} entry.
 *
 * @param property e.g. {@code latency}, {@code availability}, as written
 * @param value the value as written
 * @param unit e.g. {@code d}, {@code %}; {@code ""} when not given
 */
public record SlaProperty(String property, String value, String unit) {

  /**
   * The ODCS names of SLA properties (the Data QoS periodic table, case-insensitive) by their
   * lower-cased synonyms: ODCS v3.1.0 documents a two-letter synonym for each ({@code av},
   * {@code ly}, …) and names {@code freshness} as the older term for {@code latency}.
   */
  private static final Map<String, String> STANDARD_NAMES = Map.ofEntries(
      Map.entry("av", "availability"),
      Map.entry("th", "throughput"),
      Map.entry("er", "errorRate"),
      Map.entry("ga", "generalAvailability"),
      Map.entry("es", "endOfSupport"),
      Map.entry("el", "endOfLife"),
      Map.entry("re", "retention"),
      Map.entry("fy", "frequency"),
      Map.entry("ly", "latency"),
      Map.entry("freshness", "latency"),
      Map.entry("td", "timeToDetect"),
      Map.entry("tn", "timeToNotify"),
      Map.entry("tr", "timeToRepair"));

  public SlaProperty {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }

  /** The ODCS name this entry's property stands for, e.g. {@code latency} for {@code ly} or {@code freshness}. */
  public String standardProperty() {
    return standardName(property);
  }

  /**
   * The ODCS name a property name stands for: its full name for a synonym ({@code ly},
   * {@code freshness} → {@code latency}), the name itself, stripped, otherwise. Compare the result
   * case-insensitively.
   */
  public static String standardName(String property) {
    String name = property.strip();
    String lower = name.toLowerCase(Locale.ROOT);
    return STANDARD_NAMES.getOrDefault(lower, name);
  }

  /** The ODCS synonyms of a property name, sorted: {@code [freshness, ly]} for {@code latency}; empty for none. */
  public static List<String> synonymsOf(String property) {
    String standard = standardName(property);
    return STANDARD_NAMES.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(standard))
        .map(Map.Entry::getKey).sorted().toList();
  }
}
