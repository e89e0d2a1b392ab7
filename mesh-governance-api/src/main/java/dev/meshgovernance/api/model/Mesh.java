package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A mesh workspace as read: products, contracts, SQL statements, the files they came from and the
 * problems met while reading (unreadable files, schema violations, SQL that does not parse,
 * unresolved references). Immutable and safe to share between threads; lookups are indexed.
 *
 * <p>Table names compare case-insensitively. A table is <em>published</em> by the product whose
 * output port's contract has a dataset with that {@code physicalName} (also when qualified by a
 * server's schema). A table that a product's SQL writes but none of its output ports publishes is
 * one of that product's <em>internal tables</em>.
 */
public final class Mesh {

  private final MeshCatalog catalog;
  private final List<SqlStatement> statements;
  private final List<SourceFile> files;
  private final List<Violation> diagnostics;
  private final List<ContractEvolution> evolutions;
  /** The statements' indexes: those the mesh was read with, then one per {@link #withStatements} batch. */
  private final List<StatementIndex> layers;
  private final Map<String, ContractEvolution> evolutionsByPath = new HashMap<>();

  private Mesh(MeshCatalog catalog, List<StatementIndex> layers, List<SqlStatement> statements,
      List<SourceFile> files, List<Violation> diagnostics, List<ContractEvolution> evolutions) {
    this.catalog = catalog;
    this.layers = List.copyOf(layers);
    this.statements = List.copyOf(statements);
    this.files = List.copyOf(files);
    this.diagnostics = List.copyOf(diagnostics);
    this.evolutions = List.copyOf(evolutions);
    this.evolutions.forEach(e -> evolutionsByPath.putIfAbsent(e.path(), e));
  }

  /** Lower-cases a table name for comparison. */
  public static String normalize(String table) {
    return table.toLowerCase(Locale.ROOT);
  }

  /** A mesh of these elements, with the problems met while reading them. */
  public static Mesh of(List<DataProduct> products, List<DataContract> contracts, List<SqlStatement> statements,
      List<SourceFile> files, List<Violation> diagnostics) {
    MeshCatalog catalog = new MeshCatalog(products, contracts);
    return new Mesh(catalog, List.of(new StatementIndex(statements, catalog)), statements, files, diagnostics,
        List.of());
  }

  /** An empty mesh. */
  public static Mesh empty() {
    return of(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * This mesh with more statements (e.g. a query a gateway checks in the mesh's context). The
   * indexes of the mesh are shared, not built again: only the new statements are indexed.
   */
  public Mesh withStatements(List<SqlStatement> more) {
    List<StatementIndex> moreLayers = new ArrayList<>(layers);
    moreLayers.add(new StatementIndex(more, catalog));
    List<SqlStatement> all = new ArrayList<>(statements);
    all.addAll(more);
    return new Mesh(catalog, moreLayers, all, files, diagnostics, evolutions);
  }

  /** This mesh with the evolutions of its contracts since a previous state. */
  public Mesh withEvolutions(List<ContractEvolution> contractEvolutions) {
    return new Mesh(catalog, layers, statements, files, diagnostics, contractEvolutions);
  }

  /** How contracts changed since the previous state the engine was given; empty without one. */
  public List<ContractEvolution> evolutions() {
    return evolutions;
  }

  public List<DataProduct> products() {
    return catalog.products;
  }

  public List<DataContract> contracts() {
    return catalog.contracts;
  }

  public List<SqlStatement> statements() {
    return statements;
  }

  /** Every file of the workspace and what it was read as. */
  public List<SourceFile> files() {
    return files;
  }

  /** Problems met while reading: unreadable files, schema violations, SQL parse errors, unresolved references. */
  public List<Violation> diagnostics() {
    return diagnostics;
  }

  public Optional<DataProduct> product(String id) {
    return Optional.ofNullable(catalog.productsById.get(id));
  }

  /**
   * The contract of that id: its latest version when several versions of it are kept side by side
   * (by version number; among equal versions, the first read).
   */
  public Optional<DataContract> contract(String id) {
    return Optional.ofNullable(catalog.contractsById.get(id));
  }

  /**
   * Every version of the contract of that id, oldest first (by version number, then in the order
   * read); empty when no contract has that id.
   */
  public List<DataContract> contractVersions(String id) {
    return catalog.versionsById.getOrDefault(id, List.of());
  }

  /**
   * The contracts the product's output ports publish: every version of each contract id they name
   * (versions kept side by side are all served), oldest first.
   */
  public List<DataContract> outputContracts(DataProduct product) {
    return contractsOf(product.outputPorts());
  }

  /** The contracts the product's input ports consume: every version of each id they name, oldest first. */
  public List<DataContract> inputContracts(DataProduct product) {
    return contractsOf(product.inputPorts());
  }

  private List<DataContract> contractsOf(List<Port> ports) {
    return catalog.contractsOf(ports);
  }

  /** The subject of that path (the first, should two share it). */
  public Optional<Subject> subject(String path) {
    Subject subject = catalog.subjectsByPath.get(path);
    for (int i = 0; subject == null && i < layers.size(); i++) {
      subject = layers.get(i).byPath.get(path);
    }
    return Optional.ofNullable(subject != null ? subject : evolutionsByPath.get(path));
  }

  /** The contract holding a dataset or field. */
  public Optional<DataContract> contractOf(Subject datasetOrField) {
    DataContract contract = catalog.contractsBySubject.get(datasetOrField);
    return Optional.ofNullable(contract != null ? contract : catalog.contractsBySubjectPath.get(datasetOrField.path()));
  }

  /** The dataset holding a field (nested fields included). */
  public Optional<Dataset> datasetOf(Field field) {
    Dataset dataset = catalog.datasetsByField.get(field);
    return Optional.ofNullable(dataset != null ? dataset : catalog.datasetsByFieldPath.get(field.path()));
  }

  /** The products whose output ports publish the contract; none for a contract only consumed or unused. */
  public List<DataProduct> publishersOfContract(String contractId) {
    return List.copyOf(catalog.publishersByContract.getOrDefault(contractId, List.of()));
  }

  /**
   * The dataset whose physical name is {@code table}, in any contract; a reference qualified
   * otherwise matches by {@link TableNames#matches} (empty when it matches datasets of several).
   */
  public Optional<Dataset> dataset(String table) {
    Dataset exact = catalog.datasetsByTable.get(normalize(table));
    return exact != null ? Optional.of(exact) : only(TableCandidate.matching(table, List.of(catalog.datasetCandidates)));
  }

  /** The product whose output ports publish {@code table} (matched by {@link TableNames#matches}; empty when ambiguous). */
  public Optional<DataProduct> publisherOf(String table) {
    DataProduct exact = catalog.publishersByTable.get(normalize(table));
    return exact != null ? Optional.of(exact) : only(TableCandidate.matching(table, List.of(catalog.publisherCandidates)));
  }

  /** The product whose SQL writes {@code table} without publishing it (matched by {@link TableNames#matches}; empty when ambiguous). */
  public Optional<DataProduct> internalOwnerOf(String table) {
    List<DataProduct> owners = internalOwnersOf(table);
    return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
  }

  /**
   * Every product whose SQL writes a table {@code table} matches ({@link TableNames#matches}) without
   * publishing it: the exact name's owner alone when there is one; several when the reference is ambiguous.
   */
  public List<DataProduct> internalOwnersOf(String table) {
    String name = normalize(table);
    Optional<DataProduct> exact = layers.stream().map(layer -> layer.internalOwnersByTable.get(name))
        .filter(Objects::nonNull).findFirst();
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    return TableCandidate.matching(table, layers.stream().map(layer -> layer.internalCandidates).toList());
  }

  private static <V> Optional<V> only(List<V> matches) {
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** The tables the product's SQL writes but none of its output ports publishes, sorted. */
  public Set<String> internalTables(String productId) {
    TreeSet<String> tables = new TreeSet<>();
    layers.forEach(layer -> tables.addAll(layer.internalTablesByProduct.getOrDefault(productId, Set.of())));
    return Collections.unmodifiableSortedSet(tables);
  }

  /** The statements that belong to the product, in the mesh's order. */
  public List<SqlStatement> statementsOf(String productId) {
    return fromLayers(layer -> layer.byProduct.get(productId));
  }

  /**
   * The statements that write {@code table} (their target, compared case-insensitively), in the
   * mesh's order.
   *
   * @param table a table name, qualified as the statements name it
   * @return the statements, empty when none writes it
   */
  public List<SqlStatement> statementsWriting(String table) {
    String name = normalize(table);
    return fromLayers(layer -> layer.byTarget.get(name));
  }

  private List<SqlStatement> fromLayers(Function<StatementIndex, List<SqlStatement>> lookup) {
    List<SqlStatement> found = List.of();
    for (StatementIndex layer : layers) {
      List<SqlStatement> more = lookup.apply(layer);
      if (more != null) {
        found = found.isEmpty() ? Collections.unmodifiableList(more)
            : Stream.concat(found.stream(), more.stream()).toList();
      }
    }
    return found;
  }

  /**
   * Every subject, in a stable order: products with their ports, contracts with their datasets and
   * fields (nested ones included), statements, then contract evolutions.
   */
  public Stream<Subject> subjects() {
    return Stream.of(catalog.subjects(), statements.stream(), evolutions.stream()).flatMap(s -> s);
  }
}
