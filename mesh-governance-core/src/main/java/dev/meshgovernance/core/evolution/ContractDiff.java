package dev.meshgovernance.core.evolution;

import dev.meshgovernance.api.model.ChangeImpact;
import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes between two versions of a contract, type-aware: narrowing an enum, tightening a type
 * (string → integer), making a field required or unique are breaking; the reverse are additive;
 * descriptions and tags are documentation. Datasets match by name, fields by name within their
 * dataset (nested fields by their dotted path). Stateless.
 */
public final class ContractDiff {

  private ContractDiff() {}

  /**
   * The evolution of every contract that both meshes hold, in the current mesh's order. A contract
   * is matched by id with the previous state's latest version of the same major version, else with
   * its latest version: versions kept side by side (v1 and v2 of one id) each evolve from their own
   * line.
   */
  public static List<ContractEvolution> evolutions(Mesh previous, Mesh current) {
    List<ContractEvolution> evolutions = new ArrayList<>();
    for (DataContract now : current.contracts()) {
      before(previous, now).ifPresent(before ->
          evolutions.add(new ContractEvolution(ContractEvolution.pathOf(now.id()), before, now, diff(before, now))));
    }
    return evolutions;
  }

  private static final Pattern MAJOR = Pattern.compile("v?(\\d{1,9})(?:\\..*)?");

  private static Optional<DataContract> before(Mesh previous, DataContract now) {
    Optional<String> major = major(now.version());
    List<DataContract> versions = previous.contractVersions(now.id());
    for (int i = versions.size() - 1; i >= 0 && major.isPresent(); i--) {
      if (major.equals(major(versions.get(i).version()))) {
        return Optional.of(versions.get(i));
      }
    }
    return previous.contract(now.id());
  }

  private static Optional<String> major(String version) {
    Matcher matcher = MAJOR.matcher(version.strip());
    return matcher.matches() ? Optional.of(String.valueOf(Integer.parseInt(matcher.group(1)))) : Optional.empty();
  }

  /** The changes from {@code before} to {@code after}, in document order. */
  public static List<ContractChange> diff(DataContract before, DataContract after) {
    List<ContractChange> changes = new ArrayList<>();
    compare(changes, "description-changed", after.path(), "contract description", before.description(),
        after.description());
    Map<String, Dataset> old = byName(before.datasets(), Dataset::name);
    Map<String, Dataset> now = byName(after.datasets(), Dataset::name);
    old.forEach((name, dataset) -> {
      if (!now.containsKey(name)) {
        add(changes, "dataset-removed", dataset.path(), name, "", "dataset '" + name + "' removed");
      }
    });
    now.forEach((name, dataset) -> {
      Dataset previous = old.get(name);
      if (previous == null) {
        add(changes, "dataset-added", dataset.path(), "", name, "dataset '" + name + "' added");
      } else {
        datasets(changes, previous, dataset);
      }
    });
    return changes;
  }

  private static void datasets(List<ContractChange> changes, Dataset before, Dataset after) {
    String where = "dataset '" + after.name() + "'";
    compare(changes, "physical-name-changed", after.path(), where + " physicalName", before.physicalName(),
        after.physicalName());
    compare(changes, "description-changed", after.path(), where + " description", before.description(),
        after.description());
    compare(changes, "tags-changed", after.path(), where + " tags", String.join(",", before.tags()),
        String.join(",", after.tags()));
    Map<String, Field> old = byName(before.allFields(), f -> relative(before, f));
    Map<String, Field> now = byName(after.allFields(), f -> relative(after, f));
    old.forEach((name, field) -> {
      if (!now.containsKey(name)) {
        add(changes, "field-removed", field.path(), name, "", "field '" + name + "' removed from " + where);
      }
    });
    now.forEach((name, field) -> {
      Field previous = old.get(name);
      if (previous == null) {
        add(changes, field.required() ? "field-added-required" : "field-added", field.path(), "", name,
            (field.required() ? "required " : "optional ") + "field '" + name + "' added to " + where);
      } else {
        FieldDiff.fields(changes, name, previous, field);
      }
    });
  }

  private static String relative(Dataset dataset, Field field) {
    List<String> segments = field.subjectPath().segments();
    return String.join(".", segments.subList(dataset.subjectPath().segments().size(), segments.size()));
  }

  static void compare(List<ContractChange> changes, String type, String element, String what, String before,
      String after) {
    if (!Objects.equals(before, after)) {
      add(changes, type, element, before, after, what + " changed from '" + before + "' to '" + after + "'");
    }
  }

  static void add(List<ContractChange> changes, String type, String element, String before, String after,
      String message) {
    ChangeImpact impact = ChangeTypes.DEFAULT_IMPACTS.get(type);
    if (impact == null) {
      throw new IllegalStateException("undeclared change type " + type);
    }
    changes.add(new ContractChange(type, impact, element, before, after, message));
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(name.apply(item), item));
    return map;
  }

  /** The values of {@code before} that {@code after} no longer allows. */
  static Set<String> removed(List<String> before, List<String> after) {
    Set<String> gone = new HashSet<>(before);
    gone.removeAll(after);
    return gone;
  }

  static OptionalInt maxLength(Field field) {
    Object value = field.logicalTypeOptions().get("maxLength");
    return value instanceof Number number ? OptionalInt.of(number.intValue()) : OptionalInt.empty();
  }
}
