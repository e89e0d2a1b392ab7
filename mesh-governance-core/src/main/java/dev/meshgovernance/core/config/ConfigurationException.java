package dev.meshgovernance.core.config;

import dev.meshgovernance.api.Origin;

/**
 * A configuration file that cannot be used — a policy file, a profile, a baseline — with where the
 * problem is: its message starts with {@code file:line:column:} (line and column left out when the
 * whole file is meant).
 */
public final class ConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Origin origin;

  /** A problem at {@code origin}. */
  public ConfigurationException(Origin origin, String message) {
    super(origin + ": " + message);
    this.origin = origin;
  }

  /** Where the problem is. */
  public Origin origin() {
    return origin;
  }
}
