package dev.meshgovernance.api;

import dev.meshgovernance.api.model.Subject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's metadata: identity, documentation and options. It drives the engine (which subjects the
 * rule sees, its default severity, which options configuration may set) and the generated rule
 * reference. {@link Builder#build()} validates it, so a rule with incomplete metadata fails when it
 * is loaded, not when a user reads its page.
 *
 * @param id {@code category.name} in kebab-case, e.g. {@code naming.column-name}; public contract
 * @param subjectType the model type the rule judges, e.g. {@code Field.class}
 * @param title one line, sentence case, no final period
 * @param severity the default severity
 * @param description what the rule checks
 * @param rationale why a governance council wants it
 * @param hint default remediation hint for the rule's violations
 * @param options the options configuration may set
 * @param since the version that introduced the rule
 */
public record RuleInfo(
    String id,
    Class<? extends Subject> subjectType,
    String title,
    Severity severity,
    String description,
    String rationale,
    String hint,
    List<RuleOption<?>> options,
    String since) {

  /** Rule ids: {@code category.name}, both parts lower-case kebab-case. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    List<String> problems = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      problems.add("id '" + id + "' is not category.name in kebab-case");
    }
    if (subjectType == null) {
      problems.add("no subject type");
    }
    if (severity == null) {
      problems.add("no default severity");
    }
    requireText(problems, "title", title);
    requireText(problems, "description", description);
    requireText(problems, "rationale", rationale);
    requireText(problems, "since", since);
    if (title != null && title.strip().endsWith(".")) {
      problems.add("title ends with a period");
    }
    options = List.copyOf(Objects.requireNonNullElse(options, List.of()));
    Set<String> names = new HashSet<>();
    for (RuleOption<?> option : options) {
      if (!names.add(option.name())) {
        problems.add("option " + option.name() + " is declared twice");
      }
    }
    hint = hint == null ? "" : hint;
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid metadata of rule " + id + ": " + String.join("; ", problems));
    }
  }

  private static void requireText(List<String> problems, String what, String value) {
    if (value == null || value.isBlank()) {
      problems.add("no " + what);
    }
  }

  /** The option of that name, if the rule declares one. */
  public Optional<RuleOption<?>> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The category, the part of the id before the dot. */
  public String category() {
    return id.substring(0, id.indexOf('.'));
  }

  /** Starts the metadata of rule {@code id} that judges subjects of {@code subjectType}. */
  public static Builder builder(String id, Class<? extends Subject> subjectType) {
    return new Builder(id, subjectType);
  }

  /** Builds {@link RuleInfo}; defaults: severity {@link Severity#WARNING}, since {@code 0.1.0}. */
  public static final class Builder {
    private final String id;
    private final Class<? extends Subject> subjectType;
    private String title;
    private Severity severity = Severity.WARNING;
    private String description;
    private String rationale;
    private String hint = "";
    private final List<RuleOption<?>> options = new ArrayList<>();
    private String since = "0.1.0";

    private Builder(String id, Class<? extends Subject> subjectType) {
      this.id = id;
      this.subjectType = subjectType;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    public Builder hint(String value) {
      this.hint = value;
      return this;
    }

    public Builder option(RuleOption<?> value) {
      this.options.add(value);
      return this;
    }

    public Builder since(String value) {
      this.since = value;
      return this;
    }

    /**
     * The validated metadata.
     *
     * @throws IllegalArgumentException listing every problem of the metadata
     */
    public RuleInfo build() {
      return new RuleInfo(id, subjectType, title, severity, description, rationale, hint, options, since);
    }
  }
}
