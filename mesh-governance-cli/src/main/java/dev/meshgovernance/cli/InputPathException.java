package dev.meshgovernance.cli;

/**
 * A path given on the command line that does not exist or is of the wrong kind: one line on
 * standard error ({@code error: <message>}), exit code 2, no usage text.
 */
final class InputPathException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputPathException(String message) {
    super(message);
  }
}
