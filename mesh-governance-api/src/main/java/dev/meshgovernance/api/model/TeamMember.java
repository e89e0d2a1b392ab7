package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A member of a team.
 *
 * @param username login or e-mail, {@code ""} when not given
 * @param name display name, {@code ""} when not given
 * @param role role, e.g. {@code owner}, {@code Data Scientist}; {@code ""} when not given
 * @param dateOut the ODCS {@code dateOut}, when the member ceased to be part of the team, as written;
 *     {@code ""} for a current member
 */
public record TeamMember(String username, String name, String role, String dateOut) {
  public TeamMember {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dateOut, "dateOut");
  }

  /** A current member (no {@code dateOut}). */
  public TeamMember(String username, String name, String role) {
    this(username, name, role, "");
  }

  /** True when the member has left the team: a {@code dateOut} is declared. */
  public boolean hasLeft() {
    return !dateOut.isBlank();
  }
}
