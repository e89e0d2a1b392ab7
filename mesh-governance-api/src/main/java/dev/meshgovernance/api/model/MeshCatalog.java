package dev.meshgovernance.api.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  final Map<String, DataContract> contractsById = new HashMap<>();
  final Map<String, Dataset> datasetsByTable = new HashMap<>();
  final Map<String, DataProduct> publishersByTable = new HashMap<>();
  final Map<String, DataContract> contractsBySubjectPath = new HashMap<>();
  final Map<String, Dataset> datasetsByFieldPath = new HashMap<>();
  final Map<String, List<DataProduct>> publishersByContract = new HashMap<>();
  /** Products with their ports, contracts with their datasets and fields, by path (the first of a path). */
  final Map<String, Subject> subjectsByPath = new HashMap<>();

  MeshCatalog(List<DataProduct> products, List<DataContract> contracts) {
    this.products = List.copyOf(products);
    this.contracts = List.copyOf(contracts);
    this.products.forEach(p -> productsById.putIfAbsent(p.id(), p));
    this.contracts.forEach(c -> contractsById.putIfAbsent(c.id(), c));
    for (DataContract contract : this.contracts) {
      for (Dataset dataset : contract.datasets()) {
        for (String table : tableNames(contract, dataset)) {
          datasetsByTable.putIfAbsent(table, dataset);
        }
      }
    }
    for (DataContract contract : this.contracts) {
      for (Dataset dataset : contract.datasets()) {
        contractsBySubjectPath.putIfAbsent(dataset.path(), contract);
        for (Field field : dataset.allFields()) {
          contractsBySubjectPath.putIfAbsent(field.path(), contract);
          datasetsByFieldPath.putIfAbsent(field.path(), dataset);
        }
      }
    }
    for (DataProduct product : this.products) {
      product.outputPorts().forEach(port -> port.contract().ifPresent(id ->
          publishersByContract.computeIfAbsent(id, k -> new ArrayList<>()).add(product)));
      for (DataContract contract : contractsOf(product.outputPorts())) {
        for (Dataset dataset : contract.datasets()) {
          tableNames(contract, dataset).forEach(t -> publishersByTable.putIfAbsent(t, product));
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

  List<DataContract> contractsOf(List<Port> ports) {
    return ports.stream().flatMap(p -> p.contract().map(contractsById::get).stream()).distinct().toList();
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
}
