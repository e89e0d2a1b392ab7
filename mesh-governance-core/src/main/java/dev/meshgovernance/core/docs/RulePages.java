package dev.meshgovernance.core.docs;

import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule reference, generated from rule metadata: one Markdown page per rule and an index. The
 * pages in {@code docs/rules/} are kept true by a test that regenerates and compares them.
 */
public final class RulePages {

  private RulePages() {}

  /** The file name of a rule's page: {@code <id>.md}. */
  public static String fileName(RuleInfo rule) {
    return rule.id() + ".md";
  }

  /**
   * A documented example: a small workspace, with the lines where the rule reports marked
   * {@code # expect: key} or {@code -- expect: key}.
   *
   * @param title what it shows
   * @param options the rule options it needs, none for the defaults
   * @param previous the previous state of the workspace (for rules on contract evolution), usually none
   * @param files workspace-relative path → content
   */
  public record Example(String title, Map<String, Object> options, Map<String, String> previous,
      Map<String, String> files) {
    public Example {
      options = Map.copyOf(options);
      previous = new LinkedHashMap<>(previous);
      files = new LinkedHashMap<>(files);
    }
  }

  private static final Pattern MARKER = Pattern.compile("(#|--)[ \\t]*expect:[ \\t]*([a-z0-9, :._/@-]+?)[ \\t]*$", Pattern.MULTILINE);

  /** The Markdown page of one rule, with its anti-pattern and best-practice examples. */
  public static String page(RuleInfo rule, Example antiPattern, Example bestPractice) {
    StringBuilder page = new StringBuilder()
        .append("# ").append(rule.id()).append("\n\n")
        .append("**").append(rule.title()).append("**\n\n")
        .append("| | |\n|---|---|\n")
        .append("| default severity | ").append(rule.severity().id()).append(" |\n")
        .append("| applies to | ").append(subject(rule)).append(" |\n")
        .append("| since | ").append(rule.since()).append(" |\n\n")
        .append("## What it checks\n\n").append(rule.description()).append("\n\n")
        .append("## Why\n\n").append(rule.rationale()).append("\n\n");
    if (!rule.hint().isBlank()) {
      page.append("## How to fix\n\n").append(rule.hint()).append("\n\n");
    }
    page.append("## Anti-pattern\n\n");
    example(page, antiPattern);
    page.append("## Best practice\n\n");
    example(page, bestPractice);
    page.append("## Options\n\n");
    if (rule.options().isEmpty()) {
      page.append("None.\n");
    } else {
      page.append("| option | type | default | description |\n|---|---|---|---|\n");
      for (RuleOption<?> option : rule.options()) {
        page.append("| `").append(option.name()).append("` | ").append(option.typeName()).append(" | `")
            .append(escape(String.valueOf(option.defaultValue()))).append("` | ")
            .append(escape(option.description())).append(" |\n");
      }
    }
    return page.toString();
  }

  private static void example(StringBuilder page, Example example) {
    page.append(example.title()).append(example.options().isEmpty() ? "" : " (options: " + example.options() + ")")
        .append("\n\n");
    if (!example.previous().isEmpty()) {
      page.append("Previous state:\n\n");
      files(page, example.previous());
      page.append("Current state:\n\n");
    }
    files(page, example.files());
  }

  private static void files(StringBuilder page, Map<String, String> files) {
    files.forEach((path, text) -> page.append("`").append(path).append("`:\n\n```")
        .append(path.endsWith(".sql") ? "sql" : path.endsWith(".json") ? "json" : "yaml").append('\n')
        .append(MARKER.matcher(text.stripTrailing())
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " violation: " + m.group(2).replaceAll("@[0-9:-]+", "")))).append("\n```\n\n"));
  }

  /** The index page listing every rule by category. */
  public static String index(List<RuleInfo> rules) {
    StringBuilder index = new StringBuilder("# Rule reference\n\n"
        + "Generated from the rules' metadata; `RuleDocumentationTest` fails when a page is stale. "
        + "Regenerate with `./mvnw -pl mesh-governance-rules -am test -Dtest=RuleDocumentationTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -Dmeshgovernance.updateDocs=true`.\n\n"
        + "| rule | title | default severity | applies to |\n|---|---|---|---|\n");
    rules.stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(rule -> index
        .append("| [").append(rule.id()).append("](").append(fileName(rule)).append(") | ")
        .append(rule.title()).append(" | ").append(rule.severity().id()).append(" | ")
        .append(subject(rule)).append(" |\n"));
    return index.toString();
  }

  private static String subject(RuleInfo rule) {
    return switch (rule.subjectType().getSimpleName()) {
      case "MetadataDocument" -> "products and contracts";
      case "DataProduct" -> "products";
      case "DataContract" -> "contracts";
      case "Port" -> "ports";
      case "Dataset" -> "datasets";
      case "Field" -> "fields";
      case "SqlStatement" -> "SQL statements";
      default -> "every subject";
    };
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
