package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.baseline.BaselineFile;
import dev.meshgovernance.core.config.Profile;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.read.dpds.DpdsReader;
import dev.meshgovernance.core.read.dpds.References;
import dev.meshgovernance.core.read.tree.ParseResult;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import dev.meshgovernance.core.sql.SqlAnalysis;
import dev.meshgovernance.core.sql.TableSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** One read of a workspace into a {@link Mesh}. Used once, by one thread. */
final class MeshAssembly {

  private final Workspace workspace;
  private final Readers readers;
  private final Documents documents;
  private final References references;
  private final List<Violation> diagnostics = new ArrayList<>();
  private final Map<String, SourceKind> kinds = new TreeMap<>();
  private final List<DataProduct> products = new ArrayList<>();
  private final List<DataContract> contracts = new ArrayList<>();
  /** The document each product and contract was read from. */
  private final Map<Object, ParsedDocument> sources = new IdentityHashMap<>();
  private final List<String> dataFiles = new ArrayList<>();
  private final List<ParsedDocument> unrecognised = new ArrayList<>();

  MeshAssembly(Workspace workspace, Readers readers) {
    this.workspace = workspace;
    this.readers = readers;
    this.documents = new Documents(workspace, readers.parser());
    this.references = new References(documents);
  }

  Mesh assemble() {
    Workspace.Listing listing = workspace.list();
    diagnostics.addAll(listing.problems());
    listing.data().forEach(f -> kinds.put(f, SourceKind.IGNORED));
    dataFiles.addAll(listing.data());
    List<Recognised> recognised = recognise(listing.files());
    Map<String, DocumentType> descriptorFiles = new LinkedHashMap<>();
    recognised.forEach(r -> descriptorFiles.putIfAbsent(r.document().file(), r.type()));
    DescriptorRoots roots = DescriptorRoots.of(descriptorFiles, documents, references);
    diagnostics.addAll(roots.diagnostics());
    roots.referenced().forEach(f -> {
      if (kinds.get(f) != SourceKind.UNREADABLE) {
        kinds.put(f, SourceKind.REFERENCED);
      }
    });
    unrecognised.stream().filter(d -> !roots.referenced().contains(d.file()))
        .forEach(d -> ForeignFormats.note(d).ifPresent(diagnostics::add));
    recognised.forEach(r -> {
      if (!roots.referenced().contains(r.document().file())) {
        read(r.document(), r.type());
      }
    });
    reportDuplicates(products, DataProduct::id, p -> "", this::idOrigin, "product");
    reportDuplicates(contracts, DataContract::id, DataContract::version, this::idOrigin, "contract");
    checkContractIds();
    diagnostics.addAll(DuplicateNames.of(products, contracts));
    Mesh withoutStatements = Mesh.of(products, contracts, List.of(), List.of(), List.of());
    List<SqlStatement> statements = readSql(listing.files(), TableSchemas.of(withoutStatements));
    List<SourceFile> files = kinds.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList();
    diagnostics.addAll(DataFiles.notes(dataFiles));
    NothingRead.inWorkspace(files).ifPresent(diagnostics::add);
    return Mesh.of(products, contracts, SqlOwnership.assign(withoutStatements, statements),
        files, diagnostics);
  }

  /** A document of a known type. */
  private record Recognised(ParsedDocument document, DocumentType type) {}

  /**
   * Parses the YAML and JSON files; the recognised documents, in file order and, within a file (a
   * YAML stream), in document order. A file's kind is that of its first recognised document.
   */
  private List<Recognised> recognise(List<String> files) {
    List<Recognised> recognised = new ArrayList<>();
    for (String file : files.stream().filter(TreeParser::isTree).toList()) {
      if (Profile.WORKSPACE_FILES.contains(file)) {
        kinds.put(file, SourceKind.POLICY);
        continue;
      }
      if (file.equals(BaselineFile.DEFAULT_NAME)) {
        kinds.put(file, SourceKind.BASELINE);
        continue;
      }
      ParseResult result = documents.parse(file);
      if (result instanceof ParseResult.Failed failed) {
        if (isJsonLines(file)) {
          kinds.put(file, SourceKind.IGNORED);
          dataFiles.add(file);
          continue;
        }
        kinds.put(file, SourceKind.UNREADABLE);
        diagnostics.add(failed.violation());
        continue;
      }
      ParseResult.Stream stream = (ParseResult.Stream) result;
      diagnostics.addAll(stream.problems());
      boolean any = false;
      for (ParsedDocument document : stream.documents()) {
        Optional<DocumentType> type = DocumentType.recognise(document.root());
        if (type.isPresent()) {
          recognised.add(new Recognised(document, type.get()));
          any = true;
        } else {
          NearMisses.of(document).ifPresentOrElse(diagnostics::add, () -> unrecognised.add(document));
        }
      }
      if (!any) {
        kinds.put(file, SourceKind.IGNORED);
      }
    }
    return recognised;
  }

  /** True for a {@code .json} file of several JSON values, one after the other: data, not a descriptor. */
  private boolean isJsonLines(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".json")
        && workspace.read(file) instanceof Workspace.Text.Content content && DataFiles.isJsonLines(content.text());
  }

  private void read(ParsedDocument document, DocumentType type) {
    kinds.putIfAbsent(document.file(), type.kind());
    diagnostics.addAll(readers.schemas().validate(type, document));
    switch (type.kind()) {
      case ODCS -> contracts.add(remember(readers.odcs().read(document), document));
      case ODPS -> products.add(remember(readers.odps().read(document), document));
      default -> products.add(remember(new DpdsReader(references).read(document), document));
    }
  }

  private <T> T remember(T element, ParsedDocument document) {
    sources.put(element, document);
    return element;
  }

  /**
   * Reports each element whose id (and, for contracts, version) an earlier one already declares:
   * versions of one contract kept side by side are no duplicates. Both stay in the model; lookups
   * by id find the first (for contracts, the latest version).
   */
  private <T> void reportDuplicates(List<T> elements, Function<T, String> id, Function<T, String> version,
      Function<T, Origin> idOrigin, String what) {
    Map<List<String>, T> first = new HashMap<>();
    for (T element : elements) {
      String key = id.apply(element);
      String declaredVersion = version.apply(element);
      T taken = key.isEmpty() ? null : first.putIfAbsent(List.of(key, declaredVersion), element);
      if (taken != null) {
        Origin at = idOrigin.apply(element);
        Origin earlier = idOrigin.apply(taken);
        String which = declaredVersion.isEmpty() ? "" : " version '" + declaredVersion + "'";
        String by = earlier.file().equals(at.file()) ? "line " + earlier.line() + " of this file" : earlier.file();
        diagnostics.add(Diagnostics.error(Diagnostics.REFERENCE_DUPLICATE, "duplicate-id",
            what + " id '" + key + "'" + which + " is also declared by " + by,
            Diagnostics.fileSubject(at.file()), at));
      }
    }
  }

  /** Where the id of a product or contract is declared ({@code /id}, or DPDS {@code /info/fullyQualifiedName}). */
  private Origin idOrigin(Object element) {
    ParsedDocument parsed = sources.get(element);
    String pointer = parsed.root().has("dataProductDescriptor") ? "/info/fullyQualifiedName" : "/id";
    return parsed.origin(pointer);
  }

  private void checkContractIds() {
    Set<String> ids = new HashSet<>(contracts.stream().map(DataContract::id).toList());
    for (DataProduct product : products) {
      for (Port port : concat(product.inputPorts(), product.outputPorts())) {
        if (!port.contractId().isEmpty() && !ids.contains(port.contractId())) {
          ParsedDocument parsed = sources.get(product);
          diagnostics.add(Diagnostics.error(Diagnostics.REFERENCE_UNRESOLVED, "contract-id",
              port.direction().pathSegment() + " '" + port.name() + "' names contract '" + port.contractId()
                  + "', which no contract of the workspace declares",
              port.path(), parsed.origin(port.origin().pointer() + "/contractId")));
        }
      }
    }
  }

  private static List<Port> concat(List<Port> first, List<Port> second) {
    List<Port> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private List<SqlStatement> readSql(List<String> files, TableSchemas schemas) {
    List<SqlStatement> statements = new ArrayList<>();
    for (String file : files.stream().filter(f -> !Workspace.isRead(f)).toList()) {
      kinds.put(file, SourceKind.IGNORED);
    }
    // the files are analysed together: a table one of them creates is known to the others' lineage
    Map<String, Workspace.Text> texts = new LinkedHashMap<>();
    Map<String, String> contents = new LinkedHashMap<>();
    for (String file : files.stream().filter(Workspace::isSql).toList()) {
      Workspace.Text text = workspace.read(file);
      texts.put(file, text);
      if (text instanceof Workspace.Text.Content content) {
        contents.put(file, content.text());
      }
    }
    Map<String, SqlAnalysis> analyses = readers.sql().analyzeFiles(contents, schemas);
    texts.forEach((file, text) -> {
      if (text instanceof Workspace.Text.Unreadable unreadable) {
        kinds.put(file, SourceKind.UNREADABLE);
        diagnostics.add(unreadable.violation());
        return;
      }
      kinds.put(file, SourceKind.SQL);
      SqlAnalysis analysis = analyses.get(file);
      statements.addAll(analysis.statements());
      diagnostics.addAll(analysis.diagnostics());
    });
    return statements;
  }
}
