package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A member of a team.
 *
 * @param username login or e-mail, {@code ""} when not given
 * @param name display name, {@code ""} when not given
 * @param role role, e.g. {@code owner}, {@code Data Scientist}; {@code ""} when not given
 */
public record TeamMember(String username, String name, String role) {
  public TeamMember {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
