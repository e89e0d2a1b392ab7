package dev.meshgovernance.benchmarks;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the engine scales with the size of the mesh: {@code copies} copies of the example mesh (three
 * products, three contracts, four SQL files each; see {@link ReplicatedMesh}), read and evaluated
 * whole, and one query checked in their context as a query gateway does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MeshBenchmark {

  private static final String QUERY = "SELECT customer_id, product_id FROM sales_1.orders_v1";

  @Param({"100", "1000"})
  public int copies;

  private Path workspace;
  private GovernanceEngine engine;
  private Mesh mesh;

  @Setup(Level.Trial)
  public void setUp() {
    workspace = ReplicatedMesh.write(Path.of(System.getProperty("meshgovernance.root", "."), "examples/ecommerce-mesh"),
        copies);
    engine = GovernanceEngine.builder().discoverRules().build();
    mesh = engine.read(workspace);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(workspace)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Reading every file (metadata and SQL, with lineage) and evaluating every rule: a CI build of the mesh. */
  @Benchmark
  public GovernanceReport readAndEvaluate() {
    return engine.evaluate(engine.read(workspace));
  }

  /** Evaluating every rule on a mesh read beforehand. */
  @Benchmark
  public GovernanceReport evaluate() {
    return engine.evaluate(mesh);
  }

  /** One query checked in the mesh's context with every rule, as a query gateway does per statement. */
  @Benchmark
  public GovernanceReport gatewayQuery() {
    return engine.evaluateSql(mesh, QUERY, "marketing-cross-sell-1");
  }
}
