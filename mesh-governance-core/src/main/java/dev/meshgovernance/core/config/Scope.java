package dev.meshgovernance.core.config;

import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a rule runs: only on the subjects of products (and contracts) whose domain, status, tags and
 * data classifications match. Each given list is a choice (any of its values, case-insensitive); the
 * lists given must all match; an empty list does not restrict. Written under a rule entry as
 * {@code scope: {domains, statuses, tags, classifications}}.
 *
 * @param domains domains, lower-case
 * @param statuses statuses ({@code active}, {@code draft}…), lower-case
 * @param tags tags, lower-case; a subject matches when it has one of them
 * @param classifications data classifications ({@code restricted}, {@code pii}…), lower-case; a subject
 *     matches when one of its fields is classified so
 */
public record Scope(Set<String> domains, Set<String> statuses, Set<String> tags, Set<String> classifications) {

  private static final List<String> KEYS = List.of("domains", "statuses", "tags", "classifications");

  public Scope {
    domains = lowerCase(domains);
    statuses = lowerCase(statuses);
    tags = lowerCase(tags);
    classifications = lowerCase(classifications);
  }

  /**
   * Whether a subject with these facts is in scope.
   *
   * @param domain the subject's domain
   * @param status the status of its product or contract
   * @param subjectTags its product's or contract's tags
   * @param subjectClassifications the classifications of the fields it publishes or holds
   */
  public boolean matches(String domain, String status, Collection<String> subjectTags,
      Collection<String> subjectClassifications) {
    return (domains.isEmpty() || domains.contains(domain.toLowerCase(Locale.ROOT)))
        && (statuses.isEmpty() || statuses.contains(status.toLowerCase(Locale.ROOT)))
        && (tags.isEmpty() || subjectTags.stream().anyMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT))))
        && (classifications.isEmpty() || subjectClassifications.stream()
            .anyMatch(c -> classifications.contains(c.toLowerCase(Locale.ROOT))));
  }

  /** The scope as written in a policy file, e.g. {@code statuses [active] · tags [pii]}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "domains", domains);
    add(parts, "statuses", statuses);
    add(parts, "tags", tags);
    add(parts, "classifications", classifications);
    return String.join(" · ", parts);
  }

  private static void add(List<String> parts, String name, Set<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + " " + values);
    }
  }

  /**
   * Reads {@code {domains, statuses, tags, classifications}}, each a list of strings (or one string).
   *
   * @throws ConfigurationException for another key, a value that is not a string, or a scope that
   *     restricts nothing
   */
  static Scope parse(String ruleId, Element value) {
    if (!value.isObject()) {
      throw new ConfigurationException(value.origin(), "rule " + ruleId
          + ": scope must be a mapping of domains, statuses, tags and classifications");
    }
    value.node().fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw new ConfigurationException(value.get(key).origin(), "rule " + ruleId + ": unknown scope key '" + key
            + "'" + Suggestions.didYouMean(key, KEYS) + "; a scope has domains, statuses, tags and classifications");
      }
    });
    Scope scope = new Scope(values(ruleId, value.get("domains")), values(ruleId, value.get("statuses")),
        values(ruleId, value.get("tags")), values(ruleId, value.get("classifications")));
    if (scope.describe().isEmpty()) {
      throw new ConfigurationException(value.origin(), "rule " + ruleId + ": an empty scope restricts nothing; "
          + "give domains, statuses, tags or classifications, or remove it");
    }
    return scope;
  }

  private static Set<String> values(String ruleId, Element list) {
    if (list.isMissing()) {
      return Set.of();
    }
    List<Element> items = list.node().isArray() ? list.items() : List.of(list);
    Set<String> values = new TreeSet<>();
    for (Element item : items) {
      if (!item.node().isTextual() || item.text().isBlank()) {
        throw new ConfigurationException(item.origin(), "rule " + ruleId + ": scope values are non-empty strings, got "
            + item.node());
      }
      values.add(item.text());
    }
    return values;
  }

  private static Set<String> lowerCase(Set<String> values) {
    Set<String> lower = new TreeSet<>();
    values.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
    return Collections.unmodifiableSet(lower);
  }
}
