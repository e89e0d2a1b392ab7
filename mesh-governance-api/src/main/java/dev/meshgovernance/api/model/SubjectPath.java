package dev.meshgovernance.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of a subject as a value: its scheme and its segments, e.g. {@code contract:sales.orders/orders/address.street}
 * is scheme {@link Scheme#CONTRACT} with segments {@code [sales.orders, orders, address, street]}. The readers build
 * every subject's path through it; waivers and {@code explain} compare paths by whole segments through it, never as
 * text, and baselines find a statement's file with it: {@code contract:sales.orders}
 * {@linkplain #covers(SubjectPath) covers} its datasets and fields, but not {@code contract:sales.orders.eu}.
 *
 * <p>How text is split into segments (docs/subject-paths.md has the grammar):
 * <ul>
 *   <li>{@code product:<id>[/<inputPort|outputPort>:<name>[@<version or n>]]}: the product id up to the first
 *       {@code /inputPort:} or {@code /outputPort:} (so URNs and ids with dots stay whole), the port as one segment
 *       ({@code outputPort:orders}), the text after the port name's last {@code @} as a third;</li>
 *   <li>{@code contract:<id>[/<dataset>[/<field>[.<nested>…]]]}: split at the first two {@code /}; the field part is
 *       split at each {@code .} (nested fields). Contract ids and dataset names keep their dots;</li>
 *   <li>{@code sql:<file>[#<n>]}: the file (with its {@code /}) as one segment, the statement number as another;
 *       {@code sql:<file>} alone names every statement of the file;</li>
 *   <li>{@code query:<id>[#<n>]}: the same for SQL handed to the engine by a caller (a query gateway), the id the
 *       caller gave as one segment; {@code query:<id>} alone names every statement of that query. A glob matches
 *       such a path only when it starts with {@code query:}, so a workspace waiver never covers a gateway query;</li>
 *   <li>{@code evolution:<contract id>} and {@code file:<file>}: one segment;</li>
 *   <li>anything else is one segment of {@link Scheme#OTHER}, equal only to itself.</li>
 * </ul>
 * Nothing is escaped, so that paths render exactly as they always have (fingerprints and baselines stay valid):
 * {@code parse} is total and lossless ({@code parse(text).toString().equals(text)} for every text). The price is
 * that a separator inside a name is read as a separator: a field literally named {@code a.b} reads as field
 * {@code b} nested in {@code a}, and a contract id with a {@code /} as a contract and a dataset. Both sides of a
 * comparison are read the same way, so such a path still equals and covers itself and what is below it.
 *
 * @param scheme what kind of subject the path names
 * @param segments its segments, outermost first; at least one
 */
public record SubjectPath(Scheme scheme, List<String> segments) implements Comparable<SubjectPath> {

  /** The kinds of subject paths, by their prefix. */
  public enum Scheme {
    /** {@code product:}: products and their ports. */
    PRODUCT("product:"),
    /** {@code contract:}: contracts, their datasets and fields. */
    CONTRACT("contract:"),
    /** {@code sql:}: SQL statements, by file and number. */
    STATEMENT("sql:"),
    /** {@code query:}: SQL statements handed to the engine (a query gateway), by the caller's query id and number. */
    QUERY("query:"),
    /** {@code evolution:}: how a contract changed since the previous state. */
    EVOLUTION("evolution:"),
    /** {@code file:}: a whole input file. */
    FILE("file:"),
    /** A path of no known scheme, kept as one segment. */
    OTHER("");

    private final String prefix;

    Scheme(String prefix) {
      this.prefix = prefix;
    }

    /** The text a path of this scheme starts with, {@code ""} for {@link #OTHER}. */
    public String prefix() {
      return prefix;
    }
  }

  private static final String[] PORT_MARKERS = {"/" + PortDirection.INPUT.pathSegment() + ":",
      "/" + PortDirection.OUTPUT.pathSegment() + ":"};

  /** Checks there is at least one segment, none {@code null}, and one only for the schemes that have no children. */
  public SubjectPath {
    Objects.requireNonNull(scheme, "scheme");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a subject path has at least one segment");
    }
    if (segments.size() > 1 && (scheme == Scheme.OTHER || scheme == Scheme.EVOLUTION || scheme == Scheme.FILE)) {
      throw new IllegalArgumentException(scheme + " paths have one segment, got " + segments);
    }
    if ((scheme == Scheme.STATEMENT || scheme == Scheme.QUERY) && segments.size() > 2
        || scheme == Scheme.PRODUCT && segments.size() > 3) {
      throw new IllegalArgumentException("too many segments for a " + scheme + " path: " + segments);
    }
  }

  /** {@code product:<id>}. */
  public static SubjectPath product(String id) {
    return new SubjectPath(Scheme.PRODUCT, List.of(id));
  }

  /** {@code product:<product id>/<direction>:<name>}. */
  public static SubjectPath port(String productId, PortDirection direction, String name) {
    return new SubjectPath(Scheme.PRODUCT, List.of(productId, direction.pathSegment() + ":" + name));
  }

  /** {@code contract:<id>}. */
  public static SubjectPath contract(String id) {
    return new SubjectPath(Scheme.CONTRACT, List.of(id));
  }

  /** {@code sql:<file>#<index>}, {@code index} counting the file's statements from 1. */
  public static SubjectPath statement(String file, int index) {
    return new SubjectPath(Scheme.STATEMENT, List.of(file, String.valueOf(index)));
  }

  /**
   * {@code query:<id>#<index>}: statement {@code index} (from 1) of SQL handed to the engine under the caller's
   * query id.
   */
  public static SubjectPath query(String queryId, int index) {
    return new SubjectPath(Scheme.QUERY, List.of(queryId, String.valueOf(index)));
  }

  /** {@code query:<id>}: every statement of the SQL handed to the engine under that query id. */
  public static SubjectPath query(String queryId) {
    return new SubjectPath(Scheme.QUERY, List.of(queryId));
  }

  /** {@code evolution:<contract id>}. */
  public static SubjectPath evolution(String contractId) {
    return new SubjectPath(Scheme.EVOLUTION, List.of(contractId));
  }

  /** {@code file:<file>}, a whole input file. */
  public static SubjectPath file(String file) {
    return new SubjectPath(Scheme.FILE, List.of(file));
  }

  /**
   * Reads a path written as text; never fails (see the class comment for how text is split).
   *
   * @param text a subject path, e.g. {@code contract:orders/orders/customer_email}
   * @return its value; {@code parse(text).toString()} is {@code text}
   */
  public static SubjectPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.startsWith(Scheme.PRODUCT.prefix())) {
      return parseProduct(text.substring(Scheme.PRODUCT.prefix().length()));
    }
    if (text.startsWith(Scheme.CONTRACT.prefix())) {
      return parseContract(text.substring(Scheme.CONTRACT.prefix().length()));
    }
    if (text.startsWith(Scheme.STATEMENT.prefix())) {
      return numbered(Scheme.STATEMENT, text.substring(Scheme.STATEMENT.prefix().length()));
    }
    if (text.startsWith(Scheme.QUERY.prefix())) {
      return numbered(Scheme.QUERY, text.substring(Scheme.QUERY.prefix().length()));
    }
    if (text.startsWith(Scheme.EVOLUTION.prefix())) {
      return evolution(text.substring(Scheme.EVOLUTION.prefix().length()));
    }
    if (text.startsWith(Scheme.FILE.prefix())) {
      return file(text.substring(Scheme.FILE.prefix().length()));
    }
    return new SubjectPath(Scheme.OTHER, List.of(text));
  }

  /** A file's or a query's statements: the text before the last {@code #<digits>}, and those digits. */
  private static SubjectPath numbered(Scheme scheme, String rest) {
    int hash = rest.lastIndexOf('#');
    boolean numbered = hash >= 0 && hash < rest.length() - 1
        && rest.substring(hash + 1).chars().allMatch(c -> c >= '0' && c <= '9');
    return new SubjectPath(scheme, numbered ? List.of(rest.substring(0, hash), rest.substring(hash + 1)) : List.of(rest));
  }

  private static SubjectPath parseProduct(String rest) {
    int port = -1;
    for (String marker : PORT_MARKERS) {
      int at = rest.indexOf(marker);
      if (at >= 0 && (port < 0 || at < port)) {
        port = at;
      }
    }
    if (port < 0) {
      return product(rest);
    }
    String portPart = rest.substring(port + 1);
    int at = portPart.lastIndexOf('@');
    int nameStart = portPart.indexOf(':') + 1;
    return new SubjectPath(Scheme.PRODUCT, at >= nameStart
        ? List.of(rest.substring(0, port), portPart.substring(0, at), portPart.substring(at + 1))
        : List.of(rest.substring(0, port), portPart));
  }

  private static SubjectPath parseContract(String rest) {
    List<String> segments = new ArrayList<>();
    int first = rest.indexOf('/');
    if (first < 0) {
      return contract(rest);
    }
    segments.add(rest.substring(0, first));
    int second = rest.indexOf('/', first + 1);
    if (second < 0) {
      segments.add(rest.substring(first + 1));
      return new SubjectPath(Scheme.CONTRACT, segments);
    }
    segments.add(rest.substring(first + 1, second));
    segments.addAll(List.of(rest.substring(second + 1).split("\\.", -1)));
    return new SubjectPath(Scheme.CONTRACT, segments);
  }

  /**
   * The path of something inside this one: a dataset of a contract, a field of a dataset, a nested field of a
   * field, the version of a port.
   *
   * @throws IllegalArgumentException when this scheme has no such children
   */
  public SubjectPath child(String segment) {
    Objects.requireNonNull(segment, "segment");
    List<String> more = new ArrayList<>(segments);
    more.add(segment);
    return new SubjectPath(scheme, more);
  }

  /** The path this one is inside of (a field's dataset or parent field, a port's product), if any. */
  public Optional<SubjectPath> parent() {
    return segments.size() == 1 ? Optional.empty()
        : Optional.of(new SubjectPath(scheme, segments.subList(0, segments.size() - 1)));
  }

  /**
   * True when {@code other} is this path or below it, comparing whole segments: a contract covers its datasets and
   * their fields, a field its nested fields, a product its ports, a port its versioned namesakes, {@code sql:<file>}
   * the file's statements.
   */
  public boolean covers(SubjectPath other) {
    return scheme == other.scheme && other.segments.size() >= segments.size()
        && other.segments.subList(0, segments.size()).equals(segments);
  }

  /**
   * True when {@code glob} ({@code *} any characters, {@code /} and {@code .} included; {@code ?} one) matches the
   * text of this path or of a path it is inside of: like a path, a glob covers what is below what it matches, so
   * {@code sql:marketing/*.sql} covers the statements {@code sql:marketing/a.sql#1}, {@code sql:marketing/a.sql#2}.
   * A {@link Scheme#QUERY query} path is matched only by a glob that starts with {@code query:}: SQL handed to the
   * engine is no workspace file, and a glob written for the workspace ({@code *}, {@code *query.sql*}) must not
   * waive it.
   */
  public boolean matchesGlob(String glob) {
    if (scheme == Scheme.QUERY && !glob.startsWith(Scheme.QUERY.prefix())) {
      return false;
    }
    Pattern pattern = globPattern(glob);
    for (Optional<SubjectPath> path = Optional.of(this); path.isPresent(); path = path.get().parent()) {
      if (pattern.matcher(path.get().toString()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} has a glob character ({@code *} or {@code ?}). */
  public static boolean isGlob(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  private static Pattern globPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** The file of a statement's path ({@code sql:etl/load.sql#3} → {@code etl/load.sql}), or of a {@code file:} path. */
  public Optional<String> file() {
    return scheme == Scheme.STATEMENT && segments.size() == 2 || scheme == Scheme.FILE
        ? Optional.of(segments.get(0)) : Optional.empty();
  }

  /** The path as text, exactly as the library has always written it (and as {@link #parse} reads it). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(scheme.prefix()).append(segments.get(0));
    for (int i = 1; i < segments.size(); i++) {
      text.append(separatorBefore(i)).append(segments.get(i));
    }
    return text.toString();
  }

  private String separatorBefore(int index) {
    return switch (scheme) {
      case PRODUCT -> index == 1 ? "/" : "@";
      case CONTRACT -> index <= 2 ? "/" : ".";
      case STATEMENT, QUERY -> "#";
      default -> throw new IllegalStateException(scheme + " paths have one segment");
    };
  }

  /** Orders by the text of the paths. */
  @Override
  public int compareTo(SubjectPath other) {
    return toString().compareTo(other.toString());
  }
}
