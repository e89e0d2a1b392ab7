package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar runs {@code lineage --format openlineage} (OpenLineage's model without its excluded transports). */
class LineageJarIT {

  @Test
  void theExecutableJarWritesOpenLineageEvents() throws IOException, InterruptedException {
    Path jar = CliRun.root().resolve("mesh-governance-cli/target/mesh-governance.jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "lineage", "examples/ecommerce-mesh",
        "--format", "openlineage")
        .directory(CliRun.root().toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines()).hasSize(5).allMatch(line -> line.startsWith("{\"eventTime\""));
    assertThat(output).contains("\"columnLineage\"", "sql:marketing/sql/cross_sell.sql#1");
  }
}
