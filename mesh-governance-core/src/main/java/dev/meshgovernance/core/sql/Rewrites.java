package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@link Rewrite rewrites} of a dialect, applied together to every data-flow statement before it
 * is parsed (they only match constructs JSqlParser cannot read, so a statement it reads is unchanged).
 */
final class Rewrites {

  private final List<Rewrite> rewrites;

  private Rewrites(List<Rewrite> rewrites) {
    this.rewrites = List.copyOf(rewrites);
  }

  /** The rewrites for {@code dialect}. */
  static Rewrites of(SqlDialect dialect) {
    List<Rewrite> list = new ArrayList<>();
    list.add(new LabeledDurationRewrite());
    list.add(new OptionalKeywordRewrite());
    list.add(new ReservedIdentifierRewrite(Set.of("returns"), dialect.identifierQuote()));
    list.add(new CreateOptionsRewrite());
    list.add(new CreateTrailingOptionsRewrite());
    list.add(new CreateColumnOptionsRewrite());
    list.add(new CreateOrAlterRewrite());
    list.add(new TableQueryRewrite());
    list.add(new FetchFirstRewrite());
    list.add(new NamedWindowRewrite());
    list.add(new SignChainRewrite());
    list.add(new CastConditionRewrite());
    list.add(new TrailingCommaRewrite());
    list.add(new SelectIntoTableRewrite());
    list.add(new GroupingSetsRewrite());
    list.add(new KeywordCteNameRewrite(dialect.identifierQuote()));
    if (dialect != SqlDialect.TSQL && dialect != SqlDialect.SPARK) {
      list.add(new TypedLiteralRewrite(dialect == SqlDialect.BIGQUERY));
    }
    switch (dialect) {
      case TSQL -> {
        list.add(new TsqlHintsRewrite());
        list.add(new CompoundAssignmentRewrite());
      }
      case SPARK -> {
        list.add(new SparkPartitioningRewrite());
        list.add(new SemiJoinRewrite());
        list.add(new InsertOverwriteRewrite());
        list.add(new ValuesAliasRewrite());
      }
      case SNOWFLAKE -> {
        list.add(new DirectedJoinRewrite());
        list.add(new ExcludeColumnRewrite(false));
        list.add(new InsertOverwriteRewrite());
        list.add(new NonRecursiveViewRewrite());
        list.add(new SemiStructuredPathRewrite());
      }
      case REDSHIFT -> list.add(new ExcludeColumnRewrite(true));
      case POSTGRES -> {
        list.add(new QualifiedOperatorRewrite());
        list.add(new OrderByUsingRewrite());
        list.add(new IsJsonRewrite());
        list.add(new IsNormalizedRewrite());
      }
      case BIGQUERY -> list.add(new HyphenatedNameRewrite());
      case TRINO -> list.add(new ArrayTypeRewrite());
      default -> { }
    }
    return new Rewrites(list);
  }

  /** The names of the rewrites, in order. */
  List<String> names() {
    return rewrites.stream().map(Rewrite::name).toList();
  }

  /** {@code text} (whose tokens are {@code tokens}) after every rewrite. */
  RewrittenText apply(String text, List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    for (Rewrite rewrite : rewrites) {
      List<TextEdit> made = rewrite.edits(tokens);
      if (!made.isEmpty()) {
        edits.addAll(made);
        applied.add(rewrite.name());
      }
    }
    return RewrittenText.of(text, edits, applied);
  }
}
