package dev.meshgovernance.cli;

/** The exit codes of the command line. */
final class ExitCodes {

  /** Nothing reached the fail threshold. */
  static final int OK = 0;
  /** Some violation reached the fail threshold. */
  static final int VIOLATIONS = 1;
  /** Bad usage, or input or output that could not be read or written. */
  static final int USAGE_OR_IO = 2;

  private ExitCodes() {}
}
