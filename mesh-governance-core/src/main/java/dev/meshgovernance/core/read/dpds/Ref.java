package dev.meshgovernance.core.read.dpds;

import java.util.ArrayDeque;
import java.util.Deque;

/** A {@code $ref} value, classified and resolved against the file that holds it. */
sealed interface Ref {

  /** A remote reference (any URI scheme); not followed. */
  record Remote(String uri) implements Ref {}

  /** A reference inside the same document; {@code pointer} is empty when the fragment is not a JSON pointer. */
  record Internal(String pointer, boolean isPointer) implements Ref {}

  /** A local file, relative to the workspace root, with an optional JSON pointer fragment. */
  record LocalFile(String file, String pointer) implements Ref {}

  /** A relative path that leads out of the workspace root. */
  record Escaping(String ref) implements Ref {}

  /** Classifies {@code ref}, written in {@code fromFile}. */
  static Ref of(String fromFile, String ref) {
    if (ref.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") && !ref.matches("(?s)[A-Za-z]:[\\\\/].*")) {
      return new Remote(ref);
    }
    int hash = ref.indexOf('#');
    String location = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    boolean isPointer = fragment.isEmpty() || fragment.startsWith("/");
    if (location.isEmpty()) {
      return new Internal(isPointer ? fragment : "", isPointer);
    }
    if (location.startsWith("/") || location.startsWith("\\") || location.matches("(?s)[A-Za-z]:.*")) {
      return new Escaping(ref);
    }
    int slash = fromFile.lastIndexOf('/');
    String base = slash < 0 ? "" : fromFile.substring(0, slash + 1);
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (base + location).replace('\\', '/').split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return new Escaping(ref);
        }
        parts.removeLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    if (parts.isEmpty()) {
      return new Escaping(ref);
    }
    return new LocalFile(String.join("/", parts), isPointer ? fragment : "");
  }
}
