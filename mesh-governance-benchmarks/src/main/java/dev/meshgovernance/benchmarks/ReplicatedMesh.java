package dev.meshgovernance.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A large mesh made of copies of the example mesh ({@code examples/ecommerce-mesh}): copy {@code k}
 * lives in {@code copy-k/}, with its product and contract ids suffixed ({@code sales-orders-k}) and
 * its schemas renamed ({@code sales_k.orders_v1}), so the copies do not collide and each keeps its
 * own violations. Three products, three contracts and four SQL files per copy.
 */
final class ReplicatedMesh {

  private static final List<String> IDS = List.of("catalog-products", "sales-orders", "marketing-cross-sell");
  private static final Pattern SCHEMA = Pattern.compile("\\b(catalog|sales|marketing)\\.");
  private static final Pattern SERVER_SCHEMA = Pattern.compile("(?m)^(\\s*schema:) (\\w+)$");

  private ReplicatedMesh() {}

  /** Writes {@code copies} copies of the example mesh under a new temporary directory. */
  static Path write(Path example, int copies) {
    try {
      Path root = Files.createTempDirectory("mesh-governance-bench-");
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(example)) {
        sources = walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(yaml|sql|json)$"))
            .toList();
      }
      for (int k = 1; k <= copies; k++) {
        for (Path source : sources) {
          Path target = root.resolve("copy-" + k).resolve(example.relativize(source).toString());
          Files.createDirectories(target.getParent());
          Files.writeString(target, renamed(Files.readString(source), k));
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String renamed(String text, int k) {
    String out = text;
    for (String id : IDS) {
      out = out.replace(id, id + "-" + k);
    }
    out = SCHEMA.matcher(out).replaceAll("$1_" + k + ".");
    return SERVER_SCHEMA.matcher(out).replaceAll("$1 $2_" + k);
  }
}
