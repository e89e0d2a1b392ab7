package dev.meshgovernance.core.read.dpds;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows the {@code $ref}s of a DPDS descriptor: local files (relative to the file holding the
 * reference, optionally with a {@code #/pointer} fragment) and pointers inside the same document.
 * Remote references are not followed; references that leave the workspace root or reach nothing
 * are {@code reference.unresolved}.
 */
public final class References {

  private final DocumentSource source;

  /** References resolved against the files of {@code source}. */
  public References(DocumentSource source) {
    this.source = source;
  }

  /**
   * What a descriptor reaches.
   *
   * @param files the workspace files its {@code $ref}s reach, directly or through other reached files, sorted
   * @param diagnostics the references that resolve to nothing
   */
  public record Reach(Set<String> files, List<Violation> diagnostics) {
    public Reach {
      files = Set.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The files {@code descriptor} reaches, and its unresolved references. */
  public Reach scan(ParsedDocument descriptor) {
    Set<String> reached = new TreeSet<>();
    List<Violation> diagnostics = new ArrayList<>();
    Deque<ParsedDocument> pending = new ArrayDeque<>(List.of(descriptor));
    while (!pending.isEmpty()) {
      ParsedDocument document = pending.pop();
      for (Element holder : refHolders(document)) {
        Ref ref = Ref.of(document.file(), holder.text("$ref"));
        problem(document, holder.text("$ref"), ref).ifPresent(p -> diagnostics.add(unresolved(holder, p)));
        if (ref instanceof Ref.LocalFile local && source.exists(local.file())
            && !local.file().equals(descriptor.file()) && reached.add(local.file())
            && TreeParser.isTree(local.file())) {
          source.document(local.file()).ifPresent(pending::add);
        }
      }
    }
    return new Reach(reached, diagnostics);
  }

  /**
   * The value a {@code {"$ref": ...}} object refers to, or the object itself when it has no
   * {@code $ref}; empty when the reference is remote or resolves to nothing.
   */
  public Optional<Element> resolve(Element holder) {
    if (!holder.has("$ref")) {
      return Optional.of(holder);
    }
    ParsedDocument from = holder.document();
    Ref ref = Ref.of(from.file(), holder.text("$ref"));
    if (ref instanceof Ref.Internal internal && internal.isPointer()) {
      return at(from, internal.pointer());
    }
    if (ref instanceof Ref.LocalFile local) {
      return source.document(local.file()).flatMap(d -> at(d, local.pointer()));
    }
    return Optional.empty();
  }

  /** Why {@code ref}, written in {@code document}, resolves to nothing; empty when it resolves or is not followed. */
  private Optional<String> problem(ParsedDocument document, String text, Ref ref) {
    if (ref instanceof Ref.Escaping) {
      return Optional.of("$ref '" + text + "' leads out of the workspace root");
    }
    if (ref instanceof Ref.Internal internal && internal.isPointer() && at(document, internal.pointer()).isEmpty()) {
      return Optional.of("$ref '" + text + "': no value at '" + internal.pointer() + "' in this document");
    }
    if (!(ref instanceof Ref.LocalFile local)) {
      return Optional.empty();
    }
    if (!source.exists(local.file())) {
      return Optional.of("$ref '" + text + "': file " + local.file() + " does not exist");
    }
    if (TreeParser.isTree(local.file()) && source.document(local.file()).isEmpty()) {
      return Optional.of("$ref '" + text + "': " + local.file() + " holds no single readable document (it does"
          + " not parse, or it is a YAML stream of several documents, of which a $ref cannot say one)");
    }
    if (local.pointer().isEmpty()) {
      return Optional.empty();
    }
    if (!TreeParser.isTree(local.file())) {
      return Optional.of("$ref '" + text + "': " + local.file() + " is not YAML or JSON, it has no '" + local.pointer() + "'");
    }
    return source.document(local.file())
        .filter(d -> at(d, local.pointer()).isEmpty())
        .map(d -> "$ref '" + text + "': no value at '" + local.pointer() + "' in " + local.file());
  }

  private static Optional<Element> at(ParsedDocument document, String pointer) {
    try {
      JsonNode node = document.root().at(JsonPointer.compile(pointer));
      return node.isMissingNode() ? Optional.empty() : Optional.of(new Element(document, node, pointer));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Element> refHolders(ParsedDocument document) {
    List<Element> holders = new ArrayList<>();
    Deque<Element> pending = new ArrayDeque<>(List.of(document.rootElement()));
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      if (element.isObject()) {
        if (element.get("$ref").node().isTextual()) {
          holders.add(element);
        }
        element.node().fieldNames().forEachRemaining(name -> pending.push(element.get(name)));
      } else {
        pending.addAll(element.items());
      }
    }
    holders.sort((a, b) -> a.origin().compareTo(b.origin()));
    return holders;
  }

  private static Violation unresolved(Element holder, String message) {
    return Diagnostics.error(Diagnostics.REFERENCE_UNRESOLVED, "ref", message,
        Diagnostics.fileSubject(holder.document().file()), holder.get("$ref").origin());
  }
}
