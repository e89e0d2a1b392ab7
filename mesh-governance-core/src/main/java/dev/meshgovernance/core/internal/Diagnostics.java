package dev.meshgovernance.core.internal;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.SubjectPath;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The violations the library raises itself, about its input and its run rather than about
 * governance: their ids, severities and a factory. Subjects of file-level problems are
 * {@code file:<path>}.
 */
public final class Diagnostics {

  /** A YAML or JSON file that does not parse, or a file that cannot be read. */
  public static final String INPUT_UNREADABLE = "input.unreadable";
  /** A document that breaks its standard's JSON Schema. */
  public static final String SCHEMA_INVALID = "schema.invalid";
  /** A data-flow SQL statement (SELECT, INSERT, MERGE, CREATE VIEW…) the parser rejects. */
  public static final String SQL_PARSE_ERROR = "sql.parse-error";
  /**
   * A SQL statement that is not about data flow (GRANT, SET, VACUUM, procedures, CREATE FUNCTION…)
   * and that the parser does not read: it is not analysed, which is worth knowing but not an error.
   */
  public static final String SQL_UNSUPPORTED = "sql.unsupported";
  /**
   * A statement that parsed but whose analysis did not finish (lineage failed, nesting too deep, an
   * internal failure): rules judged only part of it. Error where a decision is taken (the gateway).
   */
  public static final String SQL_ANALYSIS_INCOMPLETE = "sql.analysis-incomplete";
  /**
   * SQL handed to the engine for no consuming product: the rules that judge a statement against the product
   * it runs for ({@code sql.undeclared-input}) could not judge it.
   */
  public static final String SQL_NO_CONSUMER = "sql.no-consumer";
  /** A workspace in which no file was read as a descriptor, a contract or SQL. */
  public static final String INPUT_NOTHING_READ = "input.nothing-read";
  /** A symbolic link pointing outside the workspace: not followed, not read. */
  public static final String INPUT_OUTSIDE_WORKSPACE = "input.outside-workspace";
  /** A key that occurs twice in one mapping, or a name that occurs twice where it must be unique. */
  public static final String INPUT_DUPLICATE_KEY = "input.duplicate-key";
  /**
   * A file the library recognises but does not read (a format it does not support, a near-miss of
   * a known document kind, a data file): ignored, with what to do.
   */
  public static final String INPUT_NOT_READ = "input.not-read";
  /** A {@code contractId} or {@code $ref} that nothing in the workspace provides. */
  public static final String REFERENCE_UNRESOLVED = "reference.unresolved";
  /** Two documents of the workspace that declare the same id. */
  public static final String REFERENCE_DUPLICATE = "reference.duplicate-id";
  /** A rule that threw while checking a subject. */
  public static final String ENGINE_RULE_ERROR = "engine.rule-error";
  /** A domain's setting that would turn off or lower a rule the global policy locks. */
  public static final String CONFIG_LOCKED_RULE_RELAXED = "config.locked-rule-relaxed";
  /** A waiver past its expiry date: it no longer waives. */
  public static final String CONFIG_WAIVER_EXPIRED = "config.waiver-expired";
  /** A waiver of a rule the global policy marks {@code waivable: false}. */
  public static final String CONFIG_WAIVER_REFUSED = "config.waiver-refused";
  /** A waiver that covered no violation. */
  public static final String CONFIG_WAIVER_UNUSED = "config.waiver-unused";
  /** A waiver next to what it waives that lacks a field or names an unknown rule. */
  public static final String CONFIG_WAIVER_INVALID = "config.waiver-invalid";

  /**
   * The ids of the findings about the input and the run whose severity a policy file or the engine's builder
   * may set, like a rule's ({@code rules: {sql.unsupported: warning}}); the configuration's own findings
   * ({@code config.*}) are not among them.
   */
  public static final List<String> CONFIGURABLE = List.of(INPUT_UNREADABLE, SCHEMA_INVALID, SQL_PARSE_ERROR,
      SQL_UNSUPPORTED, SQL_ANALYSIS_INCOMPLETE, SQL_NO_CONSUMER, INPUT_NOTHING_READ, INPUT_OUTSIDE_WORKSPACE,
      INPUT_DUPLICATE_KEY, INPUT_NOT_READ, REFERENCE_UNRESOLVED, REFERENCE_DUPLICATE, ENGINE_RULE_ERROR);

  /**
   * The findings that say a statement was not (fully) judged: errors by default where a decision is taken on
   * one query (the gateway's {@code evaluateSql}), whatever they are in a workspace, unless configured.
   */
  public static final Set<String> UNJUDGED_SQL = Set.of(SQL_PARSE_ERROR, SQL_UNSUPPORTED, SQL_ANALYSIS_INCOMPLETE);

  private Diagnostics() {}

  /** True for the ids whose severity the configuration may set ({@link #CONFIGURABLE}). */
  public static boolean isConfigurable(String id) {
    return CONFIGURABLE.contains(id);
  }

  /** True for the ids of violations the library raises about its input and its run (these may be waived too). */
  public static boolean isLibraryRule(String id) {
    return id.startsWith("input.") || id.startsWith("schema.") || id.equals(SQL_PARSE_ERROR)
        || id.equals(SQL_UNSUPPORTED) || id.equals(SQL_ANALYSIS_INCOMPLETE) || id.equals(SQL_NO_CONSUMER)
        || id.startsWith("reference.") || id.startsWith("engine.");
  }

  /** The subject path of a whole file. */
  public static String fileSubject(String file) {
    return SubjectPath.file(file).toString();
  }

  /** The file of a {@link #fileSubject(String) whole file's subject path}, empty for other paths. */
  public static Optional<String> fileOfSubject(String subject) {
    SubjectPath path = SubjectPath.parse(subject);
    return path.scheme() == SubjectPath.Scheme.FILE ? path.file() : Optional.empty();
  }

  /** A violation of severity error raised by the library itself. */
  public static Violation error(String ruleId, String key, String message, String subject, Origin origin) {
    return of(Severity.ERROR, ruleId, key, message, subject, origin);
  }


  /** A violation of the given severity raised by the library itself. */
  public static Violation of(Severity severity, String ruleId, String key, String message, String subject,
      Origin origin) {
    return new Violation(ruleId, severity, key, message, subject, origin, hintFor(ruleId));
  }

  private static String hintFor(String ruleId) {
    return switch (ruleId) {
      case INPUT_UNREADABLE -> "Fix the syntax at the position given; the rest of the workspace was still checked.";
      case SCHEMA_INVALID -> "Make the document valid against its standard's JSON Schema.";
      case SQL_PARSE_ERROR -> "Fix the statement, or check that the workspace names the right SQL dialect.";
      case SQL_UNSUPPORTED -> "Nothing to do unless the statement moves data; check the workspace's SQL dialect.";
      case SQL_ANALYSIS_INCOMPLETE -> "Simplify the statement (nesting, length) or split it; until then it is not fully judged.";
      case SQL_NO_CONSUMER -> "Name the product the query runs for, so that its input ports are checked too.";
      case INPUT_NOTHING_READ -> "Check the path and the include/exclude globs: nothing in it was read.";
      case INPUT_OUTSIDE_WORKSPACE -> "Copy the file into the workspace, or point the link inside it.";
      case INPUT_DUPLICATE_KEY -> "Keep one of the two: a later duplicate silently replaces the earlier one.";
      case INPUT_NOT_READ -> "Convert the file to a supported standard, or exclude it in the policy file.";
      case REFERENCE_UNRESOLVED -> "Add the referenced document to the workspace or correct the reference.";
      case REFERENCE_DUPLICATE -> "Give every document of the workspace a unique id.";
      case ENGINE_RULE_ERROR -> "This is a bug in the rule; report it to the rule's authors.";
      case CONFIG_LOCKED_RULE_RELAXED -> "Remove the domain's setting, or ask the governance council to change the global policy.";
      case CONFIG_WAIVER_EXPIRED -> "Fix the violation, or renew the waiver with a new expiry date and reason.";
      case CONFIG_WAIVER_REFUSED -> "Fix the violation: the global policy allows no exception to this rule.";
      case CONFIG_WAIVER_UNUSED -> "Remove the waiver: nothing it covers is violated any more.";
      case CONFIG_WAIVER_INVALID -> "Give the waiver a known rule, a reason, an owner and an expiry date (YYYY-MM-DD).";
      default -> "";
    };
  }
}
