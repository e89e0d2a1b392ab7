package dev.meshgovernance.rules.lineage;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.rules.internal.Upstream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code lineage.matches-sql}: declared lineage agrees with what the SQL does. */
public final class MatchesSql implements Rule<Field> {

  static final RuleOption<Boolean> COUNT_INDIRECT_USE = RuleOption.bool("countIndirectUse", true,
      "A declared table that the SQL uses for the column only indirectly — to join, filter, group or sort the "
          + "rows, in a window's PARTITION BY/ORDER BY or in a CASE/IF condition — is used; false: only tables "
          + "whose values reach the column are.");

  static final RuleOption<Boolean> REQUIRE_INDIRECT_SOURCES = RuleOption.bool("requireIndirectSources", false,
      "Tables that the SQL uses for the column only indirectly must be declared too (and then count as used, "
          + "whatever countIndirectUse says); false: only tables whose values reach the column must be.");

  private static final RuleInfo INFO = RuleInfo.builder("lineage.matches-sql", Field.class)
      .title("Declared lineage agrees with the SQL")
      .description("A field that declares `transformSourceObjects` names the tables used to compute it in the "
          + "SQL that builds its dataset — the statements writing its `physicalName`, or the publishing "
          + "product's plain SELECTs in a file named after the dataset (`cross_sell.sql` for "
          + "`marketing.cross_sell_v1`, dbt style) — followed through the product's own internal tables "
          + "(staging), which may be named instead of the tables behind them, or skipped. A table is used "
          + "*directly* when its values reach the column (copied, computed or aggregated) and *indirectly* when "
          + "it only decides the column's rows or a condition: joins, filters, GROUP BY and ORDER BY concern "
          + "every column of their statement, window and CASE/IF conditions the column they are in, and a "
          + "constant uses the tables its statement reads, for their rows (see docs/lineage.md). A table used directly that the contract does not name is reported "
          + "(`undeclared-source`; indirect ones too with `requireIndirectSources`), and so is a named table "
          + "the SQL does not use for the column (`unused-source`; an indirect use counts unless "
          + "`countIndirectUse` is false). A name is the SQL's table when it is the same unquoted and in any "
          + "case, with or without its leading qualifiers (`orders_v1`, `sales.orders_v1` and "
          + "`prod.sales.orders_v1` are one table; `archive.orders_v1` is another), or the logical name of the "
          + "contract schema object with that physicalName (`orders`, `<contract id>.orders`). Fields whose "
          + "dataset no parsed SQL builds are not judged.")
      .rationale("Declared lineage is what catalogs show and governance reviews; when it drifts from the SQL, "
          + "every decision made from it is made on a wrong picture.")
      .hint("Make transformSourceObjects list the tables the SQL really uses for this column.")
      .option(COUNT_INDIRECT_USE)
      .option(REQUIRE_INDIRECT_SOURCES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    Optional<Dataset> dataset = context.mesh().datasetOf(field);
    if (field.transformSourceObjects().isEmpty() || dataset.isEmpty() || dataset.get().physicalName().isBlank()) {
      return;
    }
    String built = dataset.get().physicalName();
    Optional<Upstream.Sources> computed = Upstream.sourceTables(context.mesh(), built, field.name());
    if (computed.isEmpty()) {
      return;
    }
    boolean requireIndirect = context.option(REQUIRE_INDIRECT_SOURCES);
    boolean countIndirect = requireIndirect || context.option(COUNT_INDIRECT_USE);
    Map<String, DeclaredTable> declared = new LinkedHashMap<>();
    field.transformSourceObjects().stream().map(DeclaredTable::of).forEach(d -> declared.putIfAbsent(d.key(), d));
    Mesh mesh = context.mesh();
    for (Upstream.Use origin : computed.get().origins().values()) {
      Set<Upstream.Way> required = origin.ways().stream()
          .filter(w -> w != Upstream.Way.CANDIDATE && (requireIndirect || w.isValue()))
          .collect(Collectors.toSet());
      Stream<String> covering = Stream.concat(Stream.of(origin.table()),
          required.stream().flatMap(f -> origin.through().get(f).stream()));
      if (!required.isEmpty()
          && covering.noneMatch(t -> declared.values().stream().anyMatch(d -> d.names(t, mesh)))) {
        context.report("undeclared-source:" + origin.table(), "field '" + field.name() + "': the SQL building "
            + built + " uses " + describe(origin) + ", which its transformSourceObjects "
            + field.transformSourceObjects() + " do not name");
      }
    }
    for (DeclaredTable table : declared.values()) {
      List<Upstream.Use> uses = Stream.concat(computed.get().origins().values().stream(),
          computed.get().intermediates().values().stream()).filter(u -> table.names(u.table(), mesh)).toList();
      boolean direct = uses.stream().anyMatch(Upstream.Use::direct);
      // an ambiguous column may come from each of its candidates: declaring one is not wrong
      boolean candidate = uses.stream().anyMatch(u -> u.ways().contains(Upstream.Way.CANDIDATE));
      if (direct || candidate || (countIndirect && !uses.isEmpty())) {
        continue;
      }
      String how = uses.isEmpty()
          ? "does not use for it (it uses " + describe(computed.get().origins().values()) + ")"
          : "uses for it only " + uses.stream().map(u -> ways(u) + (u.table().equals(table.key()) ? "" : " (as "
              + u.table() + ")")).collect(Collectors.joining(", "))
              + ", which does not count as a use with countIndirectUse false";
      context.report("unused-source:" + table.key(), "field '" + field.name() + "' declares source "
          + table.written() + ", which the SQL building " + built + " " + how);
    }
  }

  private static String describe(Collection<Upstream.Use> uses) {
    return uses.isEmpty() ? "no table"
        : uses.stream().map(MatchesSql::describe).collect(Collectors.joining("; "));
  }

  /** {@code sales.orders_v1 for its values (aggregated) and to join, through marketing.stg_orders}. */
  private static String describe(Upstream.Use use) {
    Set<String> through = new TreeSet<>();
    use.through().values().forEach(through::addAll);
    return use.table() + " " + ways(use) + (through.isEmpty() ? "" : ", through " + String.join(", ", through));
  }

  /** {@code for its values (copied, aggregated) and to join}. */
  private static String ways(Upstream.Use use) {
    List<String> ways = new ArrayList<>();
    List<String> values = use.ways().stream().filter(Upstream.Way::isValue).map(Upstream.Way::phrase).toList();
    if (!values.isEmpty()) {
      ways.add("for its values (" + String.join(", ", values) + ")");
    }
    use.ways().stream().filter(w -> !w.isValue()).map(Upstream.Way::phrase).forEach(ways::add);
    return ways.size() == 1 ? ways.get(0)
        : String.join(", ", ways.subList(0, ways.size() - 1)) + " and " + ways.get(ways.size() - 1);
  }
}
