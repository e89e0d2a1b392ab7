package dev.meshgovernance.rules.ownership;

import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.TeamMember;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who owns a document, by the conventions teams write it with: a current member (no {@code dateOut})
 * whose role is an owner role; where no current member declares a role, any current member; a team
 * with a name and no members (the team owns it, when the option allows); a custom property
 * {@code owner} (any case).
 */
final class Owners {

  private final List<String> ownerRoles;
  private final boolean teamNameIsOwner;

  Owners(List<String> ownerRoles, boolean teamNameIsOwner) {
    this.ownerRoles = ownerRoles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
    this.teamNameIsOwner = teamNameIsOwner;
  }

  /** The owner {@code document} names, as text for messages; empty when it names none. */
  Optional<String> of(MetadataDocument document) {
    List<TeamMember> current = document.team().members().stream().filter(m -> !m.hasLeft()).toList();
    boolean rolesDeclared = current.stream().anyMatch(m -> !m.role().isBlank());
    Optional<TeamMember> owner = current.stream()
        .filter(m -> !rolesDeclared || ownerRoles.contains(m.role().strip().toLowerCase(Locale.ROOT)))
        .findFirst();
    if (owner.isPresent()) {
      return Optional.of(owner.get().username().isBlank() ? owner.get().name() : owner.get().username());
    }
    if (teamNameIsOwner && document.team().members().isEmpty() && !document.team().name().isBlank()) {
      return Optional.of(document.team().name());
    }
    return document.customProperties().entrySet().stream()
        .filter(e -> e.getKey().strip().equalsIgnoreCase("owner") && e.getValue() != null)
        .map(e -> e.getValue().toString()).filter(v -> !v.isBlank()).findFirst();
  }

  /** Why {@code document} names no owner, for the message. */
  String why(MetadataDocument document) {
    List<TeamMember> members = document.team().members();
    if (members.isEmpty()) {
      return document.team().name().isBlank() ? "declares no team, no team member and no customProperties owner"
          : "names team '" + document.team().name() + "' but no member (and team names do not count as owners)";
    }
    List<TeamMember> current = members.stream().filter(m -> !m.hasLeft()).toList();
    if (current.isEmpty()) {
      return "has no current team member: every member has a dateOut";
    }
    return "declares no team member whose role is " + String.join(" or ", ownerRoles) + " (roles: "
        + String.join(", ", current.stream().map(m -> m.role().isBlank() ? "none" : m.role()).toList()) + ")";
  }
}
