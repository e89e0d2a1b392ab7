package dev.meshgovernance.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files that are plainly data, not descriptors: by their extension ({@code .ndjson}, {@code .jsonl},
 * {@code .csv}, {@code .tsv}, {@code .parquet}, {@code .avro}, {@code .orc}), or {@code .json}
 * files holding several JSON values, one after the other (newline-delimited JSON). They are ignored,
 * with one {@code input.not-read} info per directory that lists them, so a folder of a thousand data
 * files is one note.
 */
final class DataFiles {

  private static final List<String> EXTENSIONS =
      List.of(".ndjson", ".jsonl", ".csv", ".tsv", ".parquet", ".avro", ".orc");
  private static final int NAMES_SHOWN = 5;
  private static final JsonFactory JSON = new JsonFactory();

  private DataFiles() {}

  /** True for the names of data files, by extension. */
  static boolean isData(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** True when {@code text} is two or more JSON values one after the other, and nothing else. */
  static boolean isJsonLines(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      int values = 0;
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
        if (depth == 0) {
          values++;
        }
      }
      return values > 1;
    } catch (IOException e) {
      return false;
    }
  }

  /** One info per directory naming its data files (the first few, and how many). */
  static List<Violation> notes(Collection<String> files) {
    Map<String, List<String>> byDirectory = new TreeMap<>();
    for (String file : files) {
      int slash = file.lastIndexOf('/');
      byDirectory.computeIfAbsent(slash < 0 ? "" : file.substring(0, slash), d -> new ArrayList<>())
          .add(slash < 0 ? file : file.substring(slash + 1));
    }
    List<Violation> notes = new ArrayList<>();
    byDirectory.forEach((directory, names) -> {
      List<String> sorted = names.stream().sorted().toList();
      String shown = String.join(", ", sorted.subList(0, Math.min(NAMES_SHOWN, sorted.size())))
          + (sorted.size() > NAMES_SHOWN ? ", …" : "");
      String where = directory.isEmpty() ? "the workspace root" : directory;
      String first = directory.isEmpty() ? sorted.get(0) : directory + "/" + sorted.get(0);
      notes.add(Diagnostics.of(Severity.INFO, Diagnostics.INPUT_NOT_READ, "data-files:" + directory,
          sorted.size() + " data file(s) in " + where + " not read (" + shown + "): data, not descriptors; "
              + "a JSON descriptor is one document per file",
          Diagnostics.fileSubject(first), Origin.of(first)));
    });
    return notes;
  }
}
