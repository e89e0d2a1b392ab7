package dev.meshgovernance.cli;

import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.sql.lineage.ColumnLineageFacet;
import dev.meshgovernance.core.sql.lineage.InputField;
import dev.meshgovernance.core.sql.lineage.LineageDataset;
import dev.meshgovernance.core.sql.lineage.LineageJson;
import dev.meshgovernance.core.sql.lineage.StatementLineage;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * OpenLineage static-lineage job events ({@code JobEvent}: a job with inputs and outputs, no run),
 * one per statement, built with OpenLineage's Java model from the same {@link StatementLineage} the
 * {@code json} format writes. The job is named by the statement's subject path and carries the
 * {@code jobType} (BATCH, integration MESH_GOVERNANCE, type QUERY) and {@code sql} facets; each output
 * dataset carries the {@code columnLineage} facet.
 *
 * <p>Written as JSON Lines, one event per line, as OpenLineage's file transport writes them: each
 * line is a request body for Marquez's {@code POST /api/v1/lineage} (or any OpenLineage HTTP endpoint).
 */
final class OpenLineageEvents {

  private final LineageJson lineage;
  private final OpenLineage model = new OpenLineage(URI.create(LineageJson.PRODUCER));
  private final Clock clock;

  OpenLineageEvents(String namespace, Clock clock) {
    this.lineage = new LineageJson(namespace);
    this.clock = clock;
  }

  void write(List<SqlStatement> statements, Writer out) throws IOException {
    ZonedDateTime now = ZonedDateTime.now(clock);
    for (SqlStatement statement : statements) {
      out.write(OpenLineageClientUtils.toJson(event(statement, now)));
      out.write('\n');
    }
    out.flush();
  }

  OpenLineage.JobEvent event(SqlStatement statement, ZonedDateTime time) {
    StatementLineage datasets = lineage.of(statement);
    OpenLineage.JobFacets facets = model.newJobFacetsBuilder()
        .jobType(model.newJobTypeJobFacet("BATCH", "MESH_GOVERNANCE", "QUERY", null))
        .sql(model.newSQLJobFacet(statement.text(), null))
        .build();
    OpenLineage.Job job = model.newJob(lineage.namespace(), statement.path(), facets);
    List<OpenLineage.InputDataset> inputs = datasets.inputs().stream()
        .map(d -> model.newInputDataset(d.namespace(), d.name(), null, null)).toList();
    List<OpenLineage.OutputDataset> outputs = datasets.outputs().stream().map(this::output).toList();
    return model.newJobEventBuilder().eventTime(time).job(job).inputs(inputs).outputs(outputs).build();
  }

  private OpenLineage.OutputDataset output(LineageDataset dataset) {
    OpenLineage.DatasetFacets facets = dataset.columnLineage()
        .map(c -> model.newDatasetFacetsBuilder().columnLineage(columnLineage(c)).build())
        .orElse(null);
    return model.newOutputDataset(dataset.namespace(), dataset.name(), facets, null);
  }

  private OpenLineage.ColumnLineageDatasetFacet columnLineage(ColumnLineageFacet facet) {
    OpenLineage.ColumnLineageDatasetFacetFieldsBuilder fields = model.newColumnLineageDatasetFacetFieldsBuilder();
    facet.fields().forEach((column, inputs) ->
        fields.put(column, model.newColumnLineageDatasetFacetFieldsAdditionalBuilder().inputFields(inputFields(inputs)).build()));
    return model.newColumnLineageDatasetFacetBuilder().fields(fields.build()).dataset(inputFields(facet.dataset())).build();
  }

  private List<OpenLineage.InputField> inputFields(List<InputField> fields) {
    return fields.stream().map(f -> model.newInputField(f.namespace(), f.name(), f.field(),
        f.transformations().stream()
            .map(t -> model.newInputFieldTransformations(t.type(), t.subtype(), null, t.masking()))
            .toList()))
        .toList();
  }
}
