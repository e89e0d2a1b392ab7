package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's main command, for real: the shaded jar in a new JVM, on the example mesh. */
class ExecutableJarIT {

  @Test
  void theExecutableJarChecksTheExampleMesh() throws IOException, InterruptedException {
    Path jar = CliRun.root().resolve("mesh-governance-cli/target/mesh-governance.jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "check", "examples/ecommerce-mesh")
        .directory(CliRun.root().toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(output).isEqualTo(Files.readString(CliRun.example().resolve("expected-violations.txt")));
    assertThat(process.exitValue()).isEqualTo(1);
  }
}
