package dev.meshgovernance.core.internal;

import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.api.model.SubjectPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subject paths of ports: {@code product:<id>/outputPort:<name>}, and — when a product declares two
 * ports of one direction with the same name, as ODPS allows for versions of a port —
 * {@code …:<name>@<version>} for each of them (or {@code @<n>}, the port's position among its
 * namesakes counted from 1, when the version does not tell them apart), so that waivers,
 * baselines and {@code explain} name each port alone.
 */
public final class PortPaths {

  private PortPaths() {}

  /** The path of a port whose name no other port of its product and direction has. */
  public static String of(String productId, PortDirection direction, String name) {
    return SubjectPath.port(productId, direction, name).toString();
  }

  /** The ports of one product and direction, with namesakes' paths made distinct. */
  public static List<Port> unique(List<Port> ports) {
    Map<String, List<Port>> byPath = new HashMap<>();
    ports.forEach(p -> byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p));
    List<Port> result = new ArrayList<>();
    for (Port port : ports) {
      List<Port> namesakes = byPath.get(port.path());
      if (namesakes.size() == 1) {
        result.add(port);
        continue;
      }
      Set<String> versions = new HashSet<>();
      namesakes.forEach(p -> versions.add(p.version()));
      boolean versionsDiffer = versions.size() == namesakes.size() && !versions.contains("");
      String suffix = versionsDiffer ? port.version() : String.valueOf(namesakes.indexOf(port) + 1);
      result.add(new Port(port.subjectPath().child(suffix).toString(), port.productId(), port.direction(), port.name(),
          port.version(), port.contractId(), port.description(), port.origin()));
    }
    return result;
  }
}
