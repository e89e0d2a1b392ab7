package dev.meshgovernance.core.sql.lineage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.ColumnSource;
import dev.meshgovernance.api.model.Flow;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.api.model.SqlStatement;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Statements' lineage in the shape the lineage ecosystem reads: per statement its input datasets
 * and its output dataset with OpenLineage's {@code ColumnLineageDatasetFacet}. As JSON:
 * <pre>
 * {"statements": [{"subject", "location": {"file", "line", "column"}, "approximate", "issues",
 *   "inputs": [{"namespace", "name"}],
 *   "outputs": [{"namespace", "name", "facets": {"columnLineage": {"_producer", "_schemaURL",
 *     "fields": {col: {"inputFields": [{"namespace", "name", "field", "transformations": [{"type", "subtype", "masking"}]}]}},
 *     "dataset": [inputField…]}}}]}]}
 * </pre>
 * The output of a statement that writes no table (a plain SELECT) is named by the statement's
 * subject path; that of an export by its target ({@code s3://bucket/key}: namespace {@code s3://bucket},
 * name {@code key}). Three kinds of source have no OpenLineage input field and are left out: a column
 * attributed to no table, the candidates of an ambiguous column (each would read as a certain edge;
 * the statement's {@code issues} name them), and the rows of a table ({@link Flow#ROWS}: a
 * {@code COUNT(*)} column has no input fields, as the OpenLineage spec has it; the tables it counts are
 * the statement's {@code inputs}, its dataset-level lineage). Immutable and thread-safe.
 */
public final class LineageJson {

  /** The namespace of datasets when none is given. */
  public static final String DEFAULT_NAMESPACE = "mesh";
  /** The {@code _producer} of the facets written. */
  public static final String PRODUCER = "https://meshgovernance.dev/mesh-governance";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String namespace;

  /** Datasets in the {@link #DEFAULT_NAMESPACE}. */
  public LineageJson() {
    this(DEFAULT_NAMESPACE);
  }

  /** Datasets in {@code namespace}. */
  public LineageJson(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.isBlank()) {
      throw new IllegalArgumentException("namespace must not be blank");
    }
    this.namespace = namespace;
  }

  public String namespace() {
    return namespace;
  }

  /** The lineage of each statement, in order. */
  public List<StatementLineage> of(List<SqlStatement> statements) {
    return statements.stream().map(this::of).toList();
  }

  /** One statement's lineage in OpenLineage's terms. */
  public StatementLineage of(SqlStatement statement) {
    List<LineageDataset> inputs = statement.tablesRead().stream()
        .map(t -> new LineageDataset(namespace, t, Optional.empty())).toList();
    Lineage lineage = statement.lineage();
    List<LineageDataset> outputs = new ArrayList<>();
    boolean hasLineage = !lineage.columns().isEmpty() || !lineage.indirect().isEmpty();
    if (!statement.exportTarget().isEmpty()) {
      outputs.add(exportDataset(statement.exportTarget(), hasLineage ? Optional.of(facet(lineage)) : Optional.empty()));
    } else if (hasLineage || statement.target().isPresent()) {
      String name = statement.target().orElse(statement.path());
      outputs.add(new LineageDataset(namespace, name, hasLineage ? Optional.of(facet(lineage)) : Optional.empty()));
    }
    return new StatementLineage(statement.path(), statement.origin(), statement.approximate(), inputs, outputs,
        lineage.issues());
  }

  /**
   * The dataset an export writes, named as OpenLineage names files and object stores: {@code s3://bucket/path}
   * is namespace {@code s3://bucket}, name {@code path}; a local file or a stage is in this namespace.
   */
  private LineageDataset exportDataset(String target, Optional<ColumnLineageFacet> facet) {
    int scheme = target.indexOf("://");
    if (scheme > 0) {
      int slash = target.indexOf('/', scheme + 3);
      if (slash > 0 && slash + 1 < target.length()) {
        return new LineageDataset(target.substring(0, slash), target.substring(slash + 1), facet);
      }
      return new LineageDataset(target, "/", facet);
    }
    return new LineageDataset(namespace, target, facet);
  }

  private ColumnLineageFacet facet(Lineage lineage) {
    Map<String, List<InputField>> fields = new LinkedHashMap<>();
    for (ColumnLineage column : lineage.columns()) {
      fields.merge(column.column(), inputFields(column.sources()), (a, b) -> {
        List<InputField> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
      });
    }
    return new ColumnLineageFacet(fields, inputFields(lineage.indirect()));
  }

  /** One input field per table and column, with one transformation per distinct flow. */
  private List<InputField> inputFields(List<ColumnSource> sources) {
    Map<List<String>, List<Transformation>> byField = new LinkedHashMap<>();
    for (ColumnSource source : sources) {
      if (!source.isCertain() || source.flow() == Flow.ROWS) {
        continue;
      }
      List<Transformation> transformations = byField.computeIfAbsent(List.of(source.table(), source.column()),
          k -> new ArrayList<>());
      Transformation t = Transformation.of(source.flow(), source.masked());
      if (!transformations.contains(t)) {
        transformations.add(t);
      }
    }
    List<InputField> fields = new ArrayList<>();
    byField.forEach((key, transformations) -> fields.add(new InputField(namespace, key.get(0), key.get(1), transformations)));
    return fields;
  }

  /** Writes {@code {"statements": […]}} for these statements. */
  public void write(List<SqlStatement> statements, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("statements");
    for (StatementLineage statement : of(statements)) {
      ObjectNode node = array.addObject();
      node.put("subject", statement.subject());
      node.putObject("location")
          .put("file", statement.location().file())
          .put("line", statement.location().line())
          .put("column", statement.location().column());
      node.put("approximate", statement.approximate());
      ArrayNode issues = node.putArray("issues");
      statement.issues().forEach(issues::add);
      ArrayNode inputs = node.putArray("inputs");
      statement.inputs().forEach(d -> inputs.add(dataset(d)));
      ArrayNode outputs = node.putArray("outputs");
      statement.outputs().forEach(d -> outputs.add(dataset(d)));
    }
    JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
    out.write("\n");
    out.flush();
  }

  private static ObjectNode dataset(LineageDataset dataset) {
    ObjectNode node = JSON.createObjectNode().put("namespace", dataset.namespace()).put("name", dataset.name());
    dataset.columnLineage().ifPresent(facet -> {
      ObjectNode columnLineage = node.putObject("facets").putObject("columnLineage");
      columnLineage.put("_producer", PRODUCER).put("_schemaURL", ColumnLineageFacet.SCHEMA_URL);
      ObjectNode fields = columnLineage.putObject("fields");
      facet.fields().forEach((column, inputs) -> inputFields(fields.putObject(column).putArray("inputFields"), inputs));
      inputFields(columnLineage.putArray("dataset"), facet.dataset());
    });
    return node;
  }

  private static void inputFields(ArrayNode array, List<InputField> fields) {
    for (InputField field : fields) {
      ObjectNode node = array.addObject()
          .put("namespace", field.namespace()).put("name", field.name()).put("field", field.field());
      ArrayNode transformations = node.putArray("transformations");
      field.transformations().forEach(t -> transformations.addObject()
          .put("type", t.type()).put("subtype", t.subtype()).put("masking", t.masking()));
    }
  }
}
