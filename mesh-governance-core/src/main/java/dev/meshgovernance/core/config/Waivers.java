package dev.meshgovernance.core.config;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.api.model.SubjectPath;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.Element;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads waivers: {@code {rule, subject, reason, owner, expires, ticket}} in a policy file, or the same
 * without {@code subject} in a {@code governanceWaivers} custom property of the element it waives.
 */
public final class Waivers {

  /** The custom property holding waivers next to what they waive. */
  public static final String PROPERTY = "governanceWaivers";

  private static final List<String> KEYS = List.of("rule", "subject", "reason", "owner", "expires", "ticket");

  private Waivers() {}

  /**
   * The waivers of a policy file's {@code waivers:} list.
   *
   * @throws ConfigurationException for a waiver that lacks a field or has a bad one, at its line
   */
  static List<Waiver> fromFile(Element list) {
    if (list.isMissing()) {
      return List.of();
    }
    if (!list.node().isArray()) {
      throw new ConfigurationException(list.origin(), "waivers must be a list");
    }
    List<Waiver> waivers = new ArrayList<>();
    for (Element item : list.items()) {
      if (!item.isObject()) {
        throw new ConfigurationException(item.origin(), "a waiver is a mapping of " + KEYS);
      }
      item.node().fieldNames().forEachRemaining(key -> {
        if (!KEYS.contains(key)) {
          throw new ConfigurationException(item.get(key).origin(), "waiver: unknown key '" + key + "'"
              + Suggestions.didYouMean(key, KEYS));
        }
      });
      List<String> missing = KEYS.stream().filter(k -> !k.equals("ticket") && item.text(k).isBlank()).toList();
      if (!missing.isEmpty()) {
        throw new ConfigurationException(item.origin(), "waiver lacks " + String.join(", ", missing));
      }
      Waiver waiver = new Waiver(item.text("rule"), item.text("subject"), item.text("reason"), item.text("owner"),
          date(item.text("expires"), item.get("expires").origin()), item.text("ticket"), item.origin());
      if (!waiver.isGlob() && waiver.subjectPath().scheme() == SubjectPath.Scheme.OTHER) {
        throw new ConfigurationException(item.get("subject").origin(), "waiver: subject '" + waiver.subject()
            + "' is not a subject path; a path starts with product:, contract:, sql:, query:, evolution: or file: "
            + "(see docs/subject-paths.md)");
      }
      waivers.add(waiver);
    }
    return waivers;
  }

  /**
   * The waivers of a {@code governanceWaivers} custom property on the element at {@code subject}; a
   * malformed entry is returned as a problem message instead, for the caller to report.
   */
  public static List<Waiver> inline(Object property, String subject, Origin origin, List<String> problems) {
    List<Waiver> waivers = new ArrayList<>();
    if (!(property instanceof List<?> list)) {
      problems.add(PROPERTY + " must be a list of {rule, reason, owner, expires, ticket}");
      return waivers;
    }
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?> map)) {
        problems.add("a waiver is a mapping of rule, reason, owner, expires and ticket");
        continue;
      }
      List<String> missing = List.of("rule", "reason", "owner", "expires").stream()
          .filter(k -> map.get(k) == null || String.valueOf(map.get(k)).isBlank()).toList();
      if (!missing.isEmpty()) {
        problems.add("waiver of " + map.get("rule") + " lacks " + String.join(", ", missing));
        continue;
      }
      try {
        waivers.add(new Waiver(String.valueOf(map.get("rule")), subject, String.valueOf(map.get("reason")),
            String.valueOf(map.get("owner")), LocalDate.parse(String.valueOf(map.get("expires"))),
            map.get("ticket") == null ? "" : String.valueOf(map.get("ticket")), origin));
      } catch (DateTimeParseException e) {
        problems.add("waiver of " + map.get("rule") + ": expires '" + map.get("expires") + "' is not a date (YYYY-MM-DD)");
      }
    }
    return waivers;
  }

  private static LocalDate date(String text, Origin origin) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(origin, "waiver: expires '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
