package dev.meshgovernance.api;

import java.util.Locale;

/** How serious a violation is; the order is from most to least serious. */
public enum Severity {
  /** Must be fixed: fails a build at the default threshold. */
  ERROR,
  /** Should be fixed. */
  WARNING,
  /** Worth knowing. */
  INFO;

  /** The lower-case name used in configuration, reports and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /**
   * Parses {@code error}, {@code warning} or {@code info} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "', expected one of error, warning, info");
  }
}
