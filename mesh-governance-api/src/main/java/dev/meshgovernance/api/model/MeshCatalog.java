package dev.meshgovernance.api.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The indexes of a mesh's products and contracts, which do not depend on its SQL: built once and
 * shared by {@link Mesh#withStatements} and {@link Mesh#withEvolutions}, so that a query gateway
 * checking one statement in the context of a large mesh does not index the mesh again.
 */
final class MeshCatalog {

  final List<DataProduct> products;
  final List<DataContract> contracts;
  final Map<String, DataProduct> productsById = new HashMap<>();
  /** The latest version of each contract id. */
  final Map<String, DataContract> contractsById = new HashMap<>();
  /** Every version of each contract id, oldest first (declaration order among equal versions). */
  final Map<String, List<DataContract>> versionsById = new HashMap<>();
  final Map<String, Dataset> datasetsByTable = new HashMap<>();
  final Map<String, DataProduct> publishersByTable = new HashMap<>();
  /** Datasets and publishers by the last part of their table name, for references qualified otherwise. */
  final Map<String, List<TableCandidate<Dataset>>> datasetCandidates = new HashMap<>();
  final Map<String, List<TableCandidate<DataProduct>>> publisherCandidates = new HashMap<>();
  final Map<String, DataContract> contractsBySubjectPath = new HashMap<>();
  final Map<String, Dataset> datasetsByFieldPath = new HashMap<>();
  /**
   * The same by the element itself: versions of one contract kept side by side share their paths,
   * so a dataset or field is first looked up as the object it is.
   */
  final Map<Subject, DataContract> contractsBySubject = new IdentityHashMap<>();
  final Map<Field, Dataset> datasetsByField = new IdentityHashMap<>();
  final Map<String, List<DataProduct>> publishersByContract = new HashMap<>();
  /** Products with their ports, contracts with their datasets and fields, by path (the first of a path). */
  final Map<String, Subject> subjectsByPath = new HashMap<>();

  MeshCatalog(List<DataProduct> products, List<DataContract> contracts) {
    this.products = List.copyOf(products);
    this.contracts = List.copyOf(contracts);
    this.products.forEach(p -> productsById.putIfAbsent(p.id(), p));
    this.contracts.forEach(c -> versionsById.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
    versionsById.replaceAll((id, versions) -> versions.stream().sorted(BY_VERSION).toList());
    versionsById.forEach((id, versions) -> contractsById.put(id, latest(versions)));
    for (DataContract contract : this.contracts) {
      for (Dataset dataset : contract.datasets()) {
        for (String table : tableNames(contract, dataset)) {
          datasetsByTable.putIfAbsent(table, dataset);
        }
        qualifiedNames(contract, dataset).forEach(q ->
            new TableCandidate<>(Mesh.normalize(dataset.physicalName()), q, dataset).addTo(datasetCandidates));
      }
    }
    for (DataContract contract : this.contracts) {
      for (Dataset dataset : contract.datasets()) {
        contractsBySubjectPath.putIfAbsent(dataset.path(), contract);
        contractsBySubject.put(dataset, contract);
        for (Field field : dataset.allFields()) {
          contractsBySubjectPath.putIfAbsent(field.path(), contract);
          datasetsByFieldPath.putIfAbsent(field.path(), dataset);
          contractsBySubject.put(field, contract);
          datasetsByField.put(field, dataset);
        }
      }
    }
    for (DataProduct product : this.products) {
      product.outputPorts().forEach(port -> port.contract().ifPresent(id ->
          publishersByContract.computeIfAbsent(id, k -> new ArrayList<>()).add(product)));
      for (DataContract contract : contractsOf(product.outputPorts())) {
        for (Dataset dataset : contract.datasets()) {
          tableNames(contract, dataset).forEach(t -> publishersByTable.putIfAbsent(t, product));
          qualifiedNames(contract, dataset).forEach(q ->
              new TableCandidate<>(Mesh.normalize(dataset.physicalName()), q, product).addTo(publisherCandidates));
        }
      }
    }
    subjects().forEach(subject -> subjectsByPath.putIfAbsent(subject.path(), subject));
  }

  /** Products with their ports, then contracts with their datasets and fields (nested ones included). */
  Stream<Subject> subjects() {
    Stream<Subject> productSubjects = products.stream().flatMap(p -> Stream.concat(Stream.of(p),
        Stream.concat(p.inputPorts().stream(), p.outputPorts().stream())));
    Stream<Subject> contractSubjects = contracts.stream().flatMap(c -> Stream.concat(Stream.of(c),
        c.datasets().stream().flatMap(d -> Stream.concat(Stream.of(d), d.allFields().stream()))));
    return Stream.concat(productSubjects, contractSubjects);
  }

  /** The contracts the ports name: every version of each id, kept side by side, oldest first. */
  List<DataContract> contractsOf(List<Port> ports) {
    return ports.stream().flatMap(p -> p.contract().map(id -> versionsById.getOrDefault(id, List.of())).stream())
        .flatMap(List::stream).distinct().toList();
  }

  private static final Pattern NUMBERS = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

  /** Orders contracts by version number (major, minor, patch); versions without numbers first. */
  private static final Comparator<DataContract> BY_VERSION = Comparator.comparing(DataContract::version,
      Comparator.comparing(MeshCatalog::numbers, MeshCatalog::compareNumbers));

  /** The highest version; among equal ones the first read. */
  private static DataContract latest(List<DataContract> sorted) {
    DataContract last = sorted.get(sorted.size() - 1);
    return sorted.stream().filter(c -> BY_VERSION.compare(c, last) == 0).findFirst().orElse(last);
  }

  private static long[] numbers(String version) {
    Matcher matcher = NUMBERS.matcher(version.strip());
    if (!matcher.matches()) {
      return new long[] {-1, -1, -1};
    }
    long[] parts = new long[3];
    for (int i = 0; i < 3; i++) {
      String group = matcher.group(i + 1);
      parts[i] = group == null ? 0 : parseOrMax(group);
    }
    return parts;
  }

  private static long parseOrMax(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static int compareNumbers(long[] a, long[] b) {
    for (int i = 0; i < 3; i++) {
      int c = Long.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static List<String> tableNames(DataContract contract, Dataset dataset) {
    if (dataset.physicalName().isBlank()) {
      return List.of();
    }
    String physical = Mesh.normalize(dataset.physicalName());
    List<String> names = new ArrayList<>(List.of(physical));
    if (!physical.contains(".")) {
      contract.servers().stream()
          .map(Server::schema)
          .filter(schema -> !schema.isBlank())
          .forEach(schema -> names.add(Mesh.normalize(schema) + "." + physical));
    }
    return names;
  }

  /**
   * The fully qualified names of a dataset's table: its physicalName prefixed, on each server, by
   * the server's schema (when the physicalName has one part) and database (when it has at most two);
   * the physicalName alone when it has no server.
   */
  private static List<String> qualifiedNames(DataContract contract, Dataset dataset) {
    if (dataset.physicalName().isBlank()) {
      return List.of();
    }
    String physical = Mesh.normalize(dataset.physicalName());
    int parts = TableNames.parts(physical).size();
    List<String> names = new ArrayList<>();
    for (Server server : contract.servers()) {
      String name = physical;
      if (parts == 1 && !server.schema().isBlank()) {
        name = Mesh.normalize(server.schema()) + "." + name;
      }
      if (parts <= 2 && TableNames.parts(name).size() == 2 && !server.database().isBlank()) {
        name = Mesh.normalize(server.database()) + "." + name;
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? List.of(physical) : names;
  }
}
