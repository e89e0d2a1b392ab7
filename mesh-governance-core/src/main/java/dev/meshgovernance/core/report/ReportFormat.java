package dev.meshgovernance.core.report;

import dev.meshgovernance.core.report.json.JsonReporter;
import dev.meshgovernance.core.report.text.TextReporter;
import java.util.Locale;
import java.util.function.Supplier;

/** The report formats, by the name the CLI and build plugins use. */
public enum ReportFormat {
  /** {@code file:line:col: severity [rule] message (subject)}, one line each, then a summary. */
  TEXT(TextReporter::new),
  /** The JSON report documented by {@code docs/report.schema.json}. */
  JSON(JsonReporter::new);

  private final Supplier<Reporter> factory;

  ReportFormat(Supplier<Reporter> factory) {
    this.factory = factory;
  }

  /** A reporter for this format. */
  public Reporter reporter() {
    return factory.get();
  }

  /** The lower-case name, e.g. {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
