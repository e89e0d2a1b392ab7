package dev.meshgovernance.core.read.bitol;

import dev.meshgovernance.api.model.SupportChannel;
import dev.meshgovernance.api.model.Team;
import dev.meshgovernance.api.model.TeamMember;
import dev.meshgovernance.core.read.tree.Element;
import java.util.List;

/** The parts ODCS and ODPS (both Bitol standards) write alike: team and support channels. */
public final class BitolParts {

  private BitolParts() {}

  /**
   * The {@code team} of a document: an object {@code {name, members: [...]}} (ODCS v3.1, ODPS) or,
   * as ODCS v3.0.x writes it, an array of members.
   */
  public static Team team(Element document) {
    Element team = document.get("team");
    if (team.node().isArray()) {
      return new Team("", members(team.items()));
    }
    return team.isObject() ? new Team(team.text("name"), members(team.items("members"))) : Team.NONE;
  }

  private static List<TeamMember> members(List<Element> members) {
    return members.stream()
        .map(m -> new TeamMember(m.text("username"), m.text("name"), m.text("role"), m.text("dateOut")))
        .toList();
  }

  /** The {@code support} channels of a document. */
  public static List<SupportChannel> support(Element document) {
    return document.items("support").stream()
        .map(s -> new SupportChannel(s.text("channel"), s.text("url"), s.text("tool")))
        .toList();
  }
}
