package dev.meshgovernance.core.baseline;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParseResult;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline file: a {@link Baseline} as versioned JSON, documented by
 * {@code docs/baseline.schema.json}. It is written sorted (by rule, subject, key and message), one
 * violation per line, with {@code \n} line ends, so the same violations always give the same bytes and
 * a violation fixed or added is a one-line diff:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "violations": [
 *     {"fingerprint": "4df409704cd6b9c8", "rule": "naming.column-name", "subject": "contract:c/d/f", "key": "pattern-mismatch", "message": "…"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading is strict, because a baseline decides what fails a build: an unknown key, a missing part,
 * another version, or a fingerprint that is not the one of the entry's rule, subject and key (an entry
 * edited by hand) is a {@link ConfigurationException} naming file, line and column. {@code message} is
 * optional: it is for people.
 */
public final class BaselineFile {

  /** The name {@code mesh-governance baseline} writes at the workspace root unless told otherwise. */
  public static final String DEFAULT_NAME = "governance-baseline.json";
  /** The version of the format this library writes and reads. */
  public static final int VERSION = 1;

  private static final List<String> KEYS = List.of("version", "violations");
  private static final List<String> ENTRY_KEYS = List.of("fingerprint", "rule", "subject", "key", "message");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
  private static final String REWRITE = "write the baseline again with `mesh-governance baseline` rather than editing it";

  private BaselineFile() {}

  /**
   * Writes {@code baseline} as a version 1 baseline file.
   *
   * @param baseline the baseline
   * @param out where to write; not closed
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Baseline baseline, Writer out) throws IOException {
    out.write("{\n  \"version\": " + VERSION + ",\n  \"violations\": [");
    String separator = "\n";
    for (Baseline.Entry entry : baseline.entries()) {
      out.write(separator);
      out.write("    {\"fingerprint\": " + quote(entry.fingerprint()) + ", \"rule\": " + quote(entry.rule())
          + ", \"subject\": " + quote(entry.subject()) + ", \"key\": " + quote(entry.key())
          + ", \"message\": " + quote(entry.message()) + "}");
      separator = ",\n";
    }
    out.write(baseline.entries().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    out.flush();
  }

  /**
   * Reads a baseline file.
   *
   * @param file the file, named in errors as given
   * @return the baseline it holds
   * @throws ConfigurationException when the file cannot be read or is not a valid version 1 baseline
   */
  public static Baseline read(Path file) {
    String name = file.toString();
    try {
      return parse(name, Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(Origin.of(name), "cannot read the baseline: no such file");
    } catch (AccessDeniedException e) {
      throw new ConfigurationException(Origin.of(name), "cannot read the baseline: permission denied");
    } catch (MalformedInputException e) {
      throw new ConfigurationException(Origin.of(name), "cannot read the baseline: not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigurationException(Origin.of(name), "cannot read the baseline: " + e.getMessage());
    }
  }

  /**
   * Parses the text of a baseline file.
   *
   * @param file the file's name, for errors
   * @param text its content
   */
  static Baseline parse(String file, String text) {
    ParseResult result = new TreeParser().parse("baseline.json", text);
    if (result instanceof ParseResult.Failed failed) {
      Origin at = failed.violation().origin();
      throw new ConfigurationException(new Origin(file, at.line(), at.column(), ""), failed.violation().message());
    }
    ParsedDocument parsed = ((ParseResult.Parsed) result).document();
    Element root = new ParsedDocument(file, parsed.root(), parsed.positions()).rootElement();
    if (!root.isObject()) {
      throw new ConfigurationException(root.origin(), "a baseline is a JSON object: {\"version\": 1, \"violations\": [...]}");
    }
    requireKnownKeys(root, KEYS, "a baseline has version and violations");
    Element version = root.get("version");
    if (version.isMissing()) {
      throw new ConfigurationException(root.origin(), "the baseline has no version; this mesh-governance reads version "
          + VERSION);
    }
    if (!version.node().isIntegralNumber()) {
      throw new ConfigurationException(version.origin(), "version must be a number; this mesh-governance reads version "
          + VERSION);
    }
    if (version.node().asLong() != VERSION) {
      throw new ConfigurationException(version.origin(), "unsupported baseline version " + version.node()
          + "; this mesh-governance reads version " + VERSION
          + (version.node().asLong() > VERSION ? " (the file was written by a newer one)" : ""));
    }
    Element violations = root.get("violations");
    if (!violations.node().isArray()) {
      throw new ConfigurationException(violations.isMissing() ? root.origin() : violations.origin(),
          violations.isMissing() ? "the baseline has no violations list" : "violations must be a list");
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    for (Element item : violations.items()) {
      entries.add(entry(item));
    }
    return new Baseline(entries);
  }

  private static Baseline.Entry entry(Element item) {
    if (!item.isObject()) {
      throw new ConfigurationException(item.origin(), "a violation is an object with fingerprint, rule, subject, key "
          + "and message");
    }
    requireKnownKeys(item, ENTRY_KEYS, "a violation has fingerprint, rule, subject, key and message");
    String fingerprint = string(item, "fingerprint");
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new ConfigurationException(item.get("fingerprint").origin(), "fingerprint '" + fingerprint
          + "' is not 16 lower-case hex digits");
    }
    Baseline.Entry entry = new Baseline.Entry(string(item, "rule"), string(item, "subject"), string(item, "key"),
        message(item));
    if (!entry.fingerprint().equals(fingerprint)) {
      throw new ConfigurationException(item.get("fingerprint").origin(), "fingerprint " + fingerprint
          + " does not match the violation's rule, subject and key, whose fingerprint is " + entry.fingerprint()
          + "; " + REWRITE);
    }
    return entry;
  }

  /** The required member {@code name} of a violation: a non-empty string. */
  private static String string(Element item, String name) {
    Element value = item.get(name);
    if (!item.has(name)) {
      throw new ConfigurationException(item.origin(), "the violation has no " + name + "; " + REWRITE);
    }
    if (!value.node().isTextual() || value.text().isEmpty()) {
      throw new ConfigurationException(value.origin(), name + " must be a non-empty string");
    }
    return value.text();
  }

  /** The optional message of a violation, {@code ""} when absent. */
  private static String message(Element item) {
    Element value = item.get("message");
    if (item.has("message") && !value.node().isTextual()) {
      throw new ConfigurationException(value.origin(), "message must be a string");
    }
    return value.text();
  }

  private static void requireKnownKeys(Element object, List<String> known, String what) {
    object.node().fieldNames().forEachRemaining(key -> {
      if (!known.contains(key)) {
        throw new ConfigurationException(object.get(key).origin(), "unknown key '" + key + "'"
            + Suggestions.didYouMean(key, known) + "; " + what);
      }
    });
  }

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
