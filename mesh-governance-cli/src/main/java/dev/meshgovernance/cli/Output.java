package dev.meshgovernance.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where a command writes: standard output, or the {@code --output} file, with a clear error if it cannot. */
final class Output {

  /** Writes something to a writer. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private Output() {}

  static void write(CommandLine.Model.CommandSpec spec, Path file, Content content) throws IOException {
    if (file == null) {
      Writer out = spec.commandLine().getOut();
      content.writeTo(out);
      out.flush();
      return;
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new IOException("cannot write to " + file + ": " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
  }
}
