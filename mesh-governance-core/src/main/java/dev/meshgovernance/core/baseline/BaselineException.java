package dev.meshgovernance.core.baseline;

import dev.meshgovernance.api.Origin;

/**
 * A baseline file that cannot be used — unreadable, not JSON, of another version, or with an entry
 * that lacks a part — with where the problem is: the message starts with {@code file:line:column:}
 * (line and column left out when the whole file is meant).
 */
public final class BaselineException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Origin origin;

  /**
   * A problem at {@code origin}.
   *
   * @param origin the file, and the line and column of the offending value when there is one
   * @param message what is wrong and, when it helps, what to do
   */
  public BaselineException(Origin origin, String message) {
    super(origin + ": " + message);
    this.origin = origin;
  }

  /**
   * Where the problem is.
   *
   * @return the file, line and column
   */
  public Origin origin() {
    return origin;
  }
}
