package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Objects;

/**
 * The team that owns a product or contract. A DPDS {@code info.owner} becomes a member with role
 * {@code owner}.
 *
 * @param name team name, {@code ""} when not given
 * @param members the members, possibly none
 */
public record Team(String name, List<TeamMember> members) {

  /** No team declared. */
  public static final Team NONE = new Team("", List.of());

  public Team {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }

  /** True when neither a name nor any member is declared. */
  public boolean isEmpty() {
    return name.isBlank() && members.isEmpty();
  }
}
