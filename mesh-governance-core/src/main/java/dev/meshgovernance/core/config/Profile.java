package dev.meshgovernance.core.config;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.FileSelection;
import dev.meshgovernance.core.read.tree.Element;
import dev.meshgovernance.core.read.tree.ParseResult;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One layer of rule configuration: {@code rules:} maps a rule id — or {@code "*"} for every rule —
 * to {@code off}, a severity, or {@code {severity, options}}. Built-in profiles ship on the
 * classpath as {@code META-INF/mesh-governance/profiles/<name>.yaml} (the built-in rules ship
 * {@code recommended}, their defaults, and {@code strict}); a policy file ({@code governance.yaml})
 * adds its own layer on top of what it {@code extends}.
 *
 * @param name the profile's name, or the policy file's path
 * @param rules entries by rule id
 * @param domains per domain (lower-case), entries by rule id that apply to that domain's products,
 *     contracts and SQL on top of the global ones
 * @param waivers the policy file's waivers
 * @param files the policy file's {@code include} and {@code exclude} globs: which files of the
 *     workspace are read (see {@link FileSelection})
 */
public record Profile(String name, Map<String, RuleEntry> rules, Map<String, Map<String, RuleEntry>> domains,
    List<Waiver> waivers, FileSelection files) {

  /** The names of a workspace's own policy file, at its root, in the order they are looked for. */
  public static final List<String> WORKSPACE_FILES = List.of("governance.yaml", "governance.yml");

  /** The key of the entry that applies to every rule. */
  public static final String EVERY_RULE = "*";

  private static final List<String> FILE_KEYS =
      List.of("extends", "rules", "domains", "waivers", "include", "exclude");

  public Profile {
    rules = new LinkedHashMap<>(rules);
    domains = new LinkedHashMap<>(domains);
    waivers = List.copyOf(waivers);
    java.util.Objects.requireNonNull(files, "files");
  }

  /** A layer that selects every file. */
  public Profile(String name, Map<String, RuleEntry> rules, Map<String, Map<String, RuleEntry>> domains,
      List<Waiver> waivers) {
    this(name, rules, domains, waivers, FileSelection.ALL);
  }

  /** A layer with global entries only. */
  public Profile(String name, Map<String, RuleEntry> rules) {
    this(name, rules, Map.of(), List.of());
  }

  /**
   * Where something of this layer is written, as shown by {@code explain}: {@code profile strict, line 8}
   * for a built-in profile, {@code file:line:column} for a policy file.
   */
  public String source(Origin origin) {
    boolean builtIn = name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('.') < 0;
    return builtIn ? "profile " + name + ", line " + origin.line() : origin.toString();
  }

  /**
   * Loads a built-in profile from the classpath.
   *
   * @throws ConfigurationException when no such profile exists or it is malformed
   */
  public static Profile load(String name, ClassLoader loader) {
    String resource = "META-INF/mesh-governance/profiles/" + name + ".yaml";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigurationException(Origin.of(resource), "unknown profile '" + name
            + "' (the built-in rules ship recommended and strict)");
      }
      return layer(name, document(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)).rootElement());
    } catch (IOException e) {
      throw new ConfigurationException(Origin.of(resource), "cannot read profile " + name + ": " + e.getMessage());
    }
  }

  /**
   * The layers of a policy file: those of what it {@code extends} (built-in profile names or paths
   * relative to the file, in order, recursively), then its own {@code rules}.
   *
   * @throws ConfigurationException for a file that cannot be read or is malformed, an unknown key,
   *     an unknown profile, or a cycle of {@code extends}
   */
  public static List<Profile> loadFile(Path file, ClassLoader loader) {
    return loadFile(file.normalize(), null, loader, new ArrayList<>());
  }

  /**
   * Like {@link #loadFile(Path, ClassLoader)}, naming the files relative to {@code base} (e.g. the
   * workspace, as the mesh names its files) in messages and origins.
   */
  public static List<Profile> loadFile(Path file, Path base, ClassLoader loader) {
    return loadFile(file.normalize(), base.toAbsolutePath().normalize(), loader, new ArrayList<>());
  }

  /** Reads {@code file}, named relative to {@code base}, or as given when there is none. */
  private static List<Profile> loadFile(Path file, Path base, ClassLoader loader, List<Path> chain) {
    Path absolute = file.toAbsolutePath().normalize();
    String name = (base == null ? file : base.relativize(absolute)).toString().replace('\\', '/');
    if (chain.contains(absolute)) {
      throw new ConfigurationException(Origin.of(name), "extends itself: " + chain + " -> " + absolute);
    }
    chain.add(absolute);
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigurationException(Origin.of(name), "cannot read the policy file: "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
    }
    Element root = document(name, text).rootElement();
    if (!root.isObject() && !root.isMissing()) {
      throw new ConfigurationException(root.origin(), "a policy file is a mapping with extends and rules");
    }
    root.node().fieldNames().forEachRemaining(key -> {
      if (!FILE_KEYS.contains(key)) {
        throw new ConfigurationException(root.get(key).origin(), "unknown key '" + key + "'"
            + Suggestions.didYouMean(key, FILE_KEYS)
            + "; a policy file has extends, rules, domains, waivers, include and exclude");
      }
    });
    List<Profile> layers = new ArrayList<>();
    Element extended = root.get("extends");
    List<Element> parents = extended.node().isArray() ? extended.items() : extended.isMissing() ? List.of() : List.of(extended);
    for (Element parent : parents) {
      String reference = parent.text();
      if (reference.isBlank()) {
        throw new ConfigurationException(parent.origin(), "extends takes profile names or file paths");
      }
      if (reference.endsWith(".yaml") || reference.endsWith(".yml") || reference.contains("/")) {
        layers.addAll(loadFile(file.resolveSibling(reference).normalize(), base, loader, chain));
      } else {
        try {
          layers.add(load(reference, loader));
        } catch (ConfigurationException e) {
          throw new ConfigurationException(parent.origin(), "unknown profile '" + reference + "'"
              + Suggestions.didYouMean(reference, List.of("recommended", "strict")));
        }
      }
    }
    layers.add(layer(name, root));
    chain.remove(absolute);
    return layers;
  }

  private static Profile layer(String name, Element root) {
    Map<String, Map<String, RuleEntry>> domains = new LinkedHashMap<>();
    Element domainsElement = root.get("domains");
    if (!domainsElement.isMissing() && !domainsElement.isObject()) {
      throw new ConfigurationException(domainsElement.origin(), "domains must be a mapping of domain to its rules");
    }
    if (domainsElement.isObject()) {
      domainsElement.node().fieldNames().forEachRemaining(domain -> {
        Element entry = domainsElement.get(domain);
        entry.node().fieldNames().forEachRemaining(key -> {
          if (!key.equals("rules")) {
            throw new ConfigurationException(entry.get(key).origin(), "domain " + domain + ": unknown key '" + key
                + "'" + Suggestions.didYouMean(key, List.of("rules")) + "; a domain has rules");
          }
        });
        Map<String, RuleEntry> rules = entries(entry);
        rules.forEach((id, rule) -> {
          if (rule.locked() || !rule.waivable()) {
            throw new ConfigurationException(rule.origin(), "domain " + domain + ": rule " + id
                + " cannot be " + (rule.locked() ? "locked" : "made unwaivable")
                + " by a domain; the global policy " + (rule.locked() ? "locks rules" : "decides what is waivable"));
          }
        });
        domains.put(domain.toLowerCase(Locale.ROOT), rules);
      });
    }
    return new Profile(name, entries(root), domains, Waivers.fromFile(root.get("waivers")),
        new FileSelection(globs(root, "include"), globs(root, "exclude")));
  }

  /** The {@code include} or {@code exclude} globs: a list of strings, or one string. */
  private static List<String> globs(Element root, String key) {
    Element element = root.get(key);
    if (element.isMissing() || element.node().isNull()) {
      return List.of();
    }
    List<Element> items = element.node().isArray() ? element.items() : List.of(element);
    List<String> globs = new ArrayList<>();
    for (Element item : items) {
      if (!item.node().isTextual() || item.text().isBlank()) {
        throw new ConfigurationException(item.origin(), key + " takes glob patterns (strings), e.g. "
            + (key.equals("include") ? "\"contracts/**\"" : "\"data/\""));
      }
      globs.add(item.text());
    }
    return globs;
  }

  private static Map<String, RuleEntry> entries(Element parent) {
    Element rules = parent.get("rules");
    if (!rules.isMissing() && !rules.isObject()) {
      throw new ConfigurationException(rules.origin(), "rules must be a mapping of rule id to its setting");
    }
    Map<String, RuleEntry> entries = new LinkedHashMap<>();
    if (rules.isObject()) {
      rules.node().fieldNames().forEachRemaining(id -> entries.put(id, RuleEntry.parse(id, rules.get(id))));
    }
    return entries;
  }

  private static ParsedDocument document(String name, String text) {
    ParseResult result = new TreeParser().parse(name.endsWith(".json") ? name : name + (TreeParser.isYaml(name) ? "" : ".yaml"), text);
    if (result instanceof ParseResult.Failed failed) {
      throw new ConfigurationException(failed.violation().origin().withPointer(""), failed.violation().message());
    }
    ParsedDocument document = ((ParseResult.Parsed) result).document();
    return new ParsedDocument(name, document.root(), document.positions());
  }
}
