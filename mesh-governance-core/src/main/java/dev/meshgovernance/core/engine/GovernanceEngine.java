package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.api.model.SubjectPath;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.config.Profile;
import dev.meshgovernance.core.config.RuleEntry;
import dev.meshgovernance.core.config.Scope;
import dev.meshgovernance.core.evolution.ContractDiff;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.Suggestions;
import dev.meshgovernance.core.read.FileSelection;
import dev.meshgovernance.core.read.WorkspaceReader;
import dev.meshgovernance.core.sql.SqlAnalysis;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.sql.TableSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Evaluates governance rules over a mesh. Built once with {@link #builder()}; immutable and
 * thread-safe, so one engine serves every request of a registry or a query gateway.
 *
 * <pre>{@code
 * GovernanceEngine engine = GovernanceEngine.builder().discoverRules().build();
 * GovernanceReport report = engine.evaluate(Path.of("examples/ecommerce-mesh"));
 * report.violations().forEach(System.out::println);
 * }</pre>
 *
 * <p>Each subject of the mesh is handed to the rules whose {@link RuleInfo#subjectType()} it is an
 * instance of. A rule that throws yields one {@code engine.rule-error} violation naming the rule and
 * the subject; the run goes on. The problems met while reading the mesh (its
 * {@link Mesh#diagnostics()}) are part of the report.
 */
public final class GovernanceEngine {

  private final List<Rule<Subject>> rules;
  private final List<RuleInfo> knownRules;
  private final EffectiveSettings settings;
  private final DiagnosticSeverities findingSeverities;
  private final String configurationHash;
  private final Map<Class<?>, List<Rule<Subject>>> rulesBySubjectClass = new HashMap<>();
  private final SqlAnalyzer sqlAnalyzer;
  private final List<Waiver> waivers;
  private final Set<String> ruleIds;
  private final Set<String> unwaivable;
  private final Clock clock;
  private final WorkspaceReader reader;

  /** What {@code evaluateSql} takes as the severity of a finding none is configured for. */
  private static final Map<String, Severity> GATEWAY_SEVERITIES = Diagnostics.UNJUDGED_SQL.stream()
      .collect(Collectors.toUnmodifiableMap(id -> id, id -> Severity.ERROR));

  GovernanceEngine(List<Rule<Subject>> rules, List<RuleInfo> knownRules, EffectiveSettings settings,
      DiagnosticSeverities findingSeverities, SqlAnalyzer sqlAnalyzer, List<Waiver> waivers, Set<String> unwaivable,
      Clock clock, FileSelection files) {
    this.findingSeverities = findingSeverities;
    this.knownRules = List.copyOf(knownRules);
    this.sqlAnalyzer = sqlAnalyzer;
    this.waivers = List.copyOf(waivers);
    this.unwaivable = Set.copyOf(unwaivable);
    this.clock = clock;
    this.reader = new WorkspaceReader(sqlAnalyzer, files);
    this.rules = List.copyOf(rules);
    this.ruleIds = this.rules.stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
    this.settings = settings;
    this.configurationHash = ConfigurationHash.of(settings, findingSeverities, this.waivers, this.unwaivable, files);
    for (Class<?> subjectClass : concreteSubjectClasses(Subject.class)) {
      rulesBySubjectClass.put(subjectClass,
          this.rules.stream().filter(r -> r.info().subjectType().isAssignableFrom(subjectClass)).toList());
    }
  }

  private static List<Class<?>> concreteSubjectClasses(Class<?> type) {
    if (!type.isSealed()) {
      return List.of(type);
    }
    return Stream.of(type.getPermittedSubclasses()).flatMap(c -> concreteSubjectClasses(c).stream()).toList();
  }

  /** Starts an engine with no rules; add them with {@link Builder#discoverRules()} or {@link Builder#rule}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The metadata of the enabled rules, in id order. */
  public List<RuleInfo> rules() {
    return rules.stream().map(Rule::info).toList();
  }

  /**
   * A digest of the effective configuration — every rule's severity, options and scope, globally and
   * per domain, what is unwaivable, and the policy's waivers — that changes whenever the outcome of a
   * run could change for configuration reasons: {@code sha256:} and 64 hex digits. Two runs with the
   * same hash judged the mesh by the same standards, whichever files and profiles they came from.
   */
  public String configurationHash() {
    return configurationHash;
  }

  /**
   * Explains the subject at {@code subjectPath} (see docs/subject-paths.md): which rules check it,
   * with which effective severity and options, which configuration layer set them, and what they found.
   *
   * @throws IllegalArgumentException when the mesh has no such subject; the message suggests the closest path
   */
  public Explanation explain(Mesh mesh, String subjectPath) {
    Subject subject = mesh.subject(subjectPath).orElseThrow(() -> new IllegalArgumentException(
        "no subject '" + subjectPath + "' in the mesh"
            + Suggestions.didYouMean(subjectPath, mesh.subjects().map(Subject::path).toList())));
    SubjectPath path = subject.subjectPath();
    List<Violation> diagnostics = mesh.diagnostics().stream()
        .filter(v -> SubjectPath.parse(v.subject()).equals(path)).toList();
    GovernanceReport report = report(mesh, Stream.of(subject), diagnostics, false);
    return Explainer.explain(mesh, subject, knownRules, settings, configurationHash, report);
  }

  /** Evaluates every subject of the mesh. */
  public GovernanceReport evaluate(Mesh mesh) {
    return report(mesh, mesh.subjects(), mesh.diagnostics(), true);
  }

  /**
   * Reads the workspace directory (see {@link WorkspaceReader}) and evaluates every subject of it.
   * Problems with the input are violations in the report, never exceptions.
   */
  public GovernanceReport evaluate(Path workspace) {
    return evaluate(read(workspace));
  }

  /** Reads a workspace directory with this engine's SQL analyzer; problems are the mesh's diagnostics. */
  public Mesh read(Path workspace) {
    return reader.read(workspace);
  }

  /**
   * Reads a workspace and its previous state, and returns the current mesh with the evolutions of
   * its contracts since then (what {@link #evaluate(Mesh, Mesh)} judges).
   */
  public Mesh read(Path current, Path previous) {
    return withEvolutions(read(current), read(previous));
  }

  /**
   * Evaluates the mesh together with how its contracts changed since {@code previous} (e.g. the main
   * branch's state): the rules on contract evolutions (versioning, breaking changes) see every
   * contract both states hold. Problems of reading the previous state are not reported.
   */
  public GovernanceReport evaluate(Mesh current, Mesh previous) {
    return evaluate(withEvolutions(current, previous));
  }

  private static Mesh withEvolutions(Mesh current, Mesh previous) {
    return current.withEvolutions(ContractDiff.evolutions(previous, current));
  }

  /** Reads both workspace directories and evaluates the current one against the previous one. */
  public GovernanceReport evaluate(Path current, Path previous) {
    return evaluate(read(current, previous));
  }

  /**
   * Evaluates only the subjects written in {@code changedFiles} — paths relative to the workspace,
   * as the mesh's {@link dev.meshgovernance.api.model.SourceFile}s name them — in the context of the
   * whole mesh, as a pull request check does; the reading problems of those files are included. A
   * changed workspace policy file ({@code governance.yaml}) can change every verdict, so it makes
   * this a whole-mesh evaluation. Files that no subject comes from (deleted ones, other files) add
   * nothing.
   */
  public GovernanceReport evaluateChanged(Mesh mesh, Collection<String> changedFiles) {
    Set<String> changed = normalised(changedFiles);
    return policyChanged(mesh, changed) ? evaluate(mesh) : evaluateSubjectsOf(mesh, changed);
  }

  /**
   * {@link #evaluateChanged(Mesh, Collection)} with a baseline applied to the part of the mesh it
   * judges: only the entries about subjects written in the changed files take part (the others are
   * neither matched nor fixed by a run that does not look at their subjects) — all of them when a
   * changed policy file makes it a whole-mesh evaluation. A statement's entry belongs to its file
   * whatever its number; an entry whose subject the mesh no longer has, in a file not named by its
   * path, is left out.
   */
  public GovernanceReport evaluateChanged(Mesh mesh, Collection<String> changedFiles, Baseline baseline) {
    Set<String> changed = normalised(changedFiles);
    if (policyChanged(mesh, changed)) {
      return evaluate(mesh).withBaseline(baseline);
    }
    Baseline judged = new Baseline(baseline.entries().stream()
        .filter(entry -> fileOf(mesh, entry.subject()).filter(changed::contains).isPresent())
        .toList());
    return evaluateSubjectsOf(mesh, changed).withBaseline(judged);
  }

  /** The subjects written in {@code files}, with the reading problems of those files. */
  private GovernanceReport evaluateSubjectsOf(Mesh mesh, Set<String> files) {
    List<Violation> diagnostics = mesh.diagnostics().stream().filter(v -> files.contains(v.origin().file())).toList();
    return report(mesh, mesh.subjects().filter(s -> files.contains(s.origin().file())), diagnostics, false);
  }

  private static Set<String> normalised(Collection<String> files) {
    return files.stream().map(f -> f.replace('\\', '/')).collect(Collectors.toSet());
  }

  private static boolean policyChanged(Mesh mesh, Set<String> changed) {
    return mesh.files().stream().anyMatch(f -> f.kind() == SourceKind.POLICY && changed.contains(f.path()));
  }

  /** The file a subject path is written in: named by a file's or a statement's path, else looked up. */
  private static Optional<String> fileOf(Mesh mesh, String subject) {
    return Diagnostics.fileOfSubject(subject)
        .or(() -> SqlStatement.fileOfPath(subject))
        .or(() -> mesh.subject(subject).map(s -> s.origin().file()));
  }

  /**
   * Evaluates one product as a registry does on publish: the product, its ports, the contracts of
   * its output ports (with their datasets and fields) and its SQL, in the context of the whole mesh.
   * Reading problems of the files these come from are included.
   *
   * @throws IllegalArgumentException when the mesh has no product with that id; the message suggests the closest
   * @throws NullPointerException when {@code productId} is {@code null}
   */
  public GovernanceReport evaluateProduct(Mesh mesh, String productId) {
    DataProduct product = product(mesh, Objects.requireNonNull(productId, "productId"));
    Set<String> paths = new HashSet<>();
    Set<String> files = new HashSet<>();
    paths.add(product.path());
    files.add(product.origin().file());
    Stream.concat(product.inputPorts().stream(), product.outputPorts().stream()).forEach(p -> paths.add(p.path()));
    for (DataContract contract : mesh.outputContracts(product)) {
      files.add(contract.origin().file());
      paths.add(contract.path());
      contract.datasets().forEach(d -> {
        paths.add(d.path());
        d.allFields().forEach(f -> paths.add(f.path()));
      });
    }
    mesh.statementsOf(productId).forEach(s -> {
      paths.add(s.path());
      files.add(s.origin().file());
    });
    List<Violation> diagnostics = mesh.diagnostics().stream()
        .filter(v -> files.contains(v.origin().file()) || paths.contains(v.subject()))
        .toList();
    return report(mesh, mesh.subjects().filter(s -> paths.contains(s.path())), diagnostics, false);
  }

  /** The product of the mesh with that id, or an exception naming the closest id. */
  private static DataProduct product(Mesh mesh, String productId) {
    return mesh.product(productId).orElseThrow(() -> new IllegalArgumentException("no product '" + productId
        + "' in the mesh" + Suggestions.didYouMean(productId, mesh.products().stream().map(DataProduct::id).toList())));
  }

  /**
   * Evaluates SQL handed to the engine — one or more statements, as a query gateway receives them — in the
   * context of the mesh, as the SQL of the query's consuming product. Only these statements are checked, as the
   * subjects {@code query:<id>#<n>} (no workspace waiver covers them; see {@link SqlQuery}).
   *
   * <p>The gateway decides on what it is given, so what it could not judge fails closed: a statement that does
   * not parse ({@code sql.parse-error}), that the parser does not read ({@code sql.unsupported}) or whose
   * analysis did not finish ({@code sql.analysis-incomplete}) is an error here unless the configuration sets
   * that finding's severity explicitly. A query that runs for no product gets one {@code sql.no-consumer} (info)
   * finding: the rules that judge SQL against its consumer ({@code sql.undeclared-input}) could not judge it.
   *
   * @throws IllegalArgumentException when the mesh has no product with the query's consuming product id; the
   *     message suggests the closest
   */
  public GovernanceReport evaluateSql(Mesh mesh, SqlQuery query) {
    Objects.requireNonNull(mesh, "mesh");
    Objects.requireNonNull(query, "query");
    query.consumingProductId().ifPresent(id -> product(mesh, id));
    SqlAnalysis analysis = sqlAnalyzer.analyzeQuery(query.id(), query.sql(), TableSchemas.of(mesh));
    String owner = query.consumingProductId().orElse("");
    List<SqlStatement> statements = analysis.statements().stream().map(s -> s.withOwner(owner)).toList();
    List<Violation> diagnostics = new ArrayList<>(analysis.diagnostics());
    if (query.consumingProductId().isEmpty() && !statements.isEmpty()) {
      String whole = SubjectPath.query(query.id()).toString();
      diagnostics.add(Diagnostics.of(Severity.INFO, Diagnostics.SQL_NO_CONSUMER, "no-consumer", "query '"
          + query.id() + "' runs for no product: the rules that judge SQL against the product it runs for "
          + "(sql.undeclared-input among the built-in rules) did not judge it", whole, Origin.of(whole)));
    }
    Mesh withQuery = mesh.withStatements(statements);
    return report(withQuery, statements.stream().map(Subject.class::cast), diagnostics, false, GATEWAY_SEVERITIES);
  }

  /**
   * {@link #evaluateSql(Mesh, SqlQuery)} of SQL run for {@code consumingProductId}, under the query id
   * {@link SqlQuery#DEFAULT_ID}.
   *
   * @param consumingProductId the product the SQL runs for; for SQL that runs for none, call
   *     {@link #evaluateSql(Mesh, String)}
   * @throws IllegalArgumentException when the mesh has no such product; the message suggests the closest id
   * @throws NullPointerException when an argument is {@code null}
   */
  public GovernanceReport evaluateSql(Mesh mesh, String sql, String consumingProductId) {
    Objects.requireNonNull(consumingProductId,
        "consumingProductId: name the product the SQL runs for, or call evaluateSql(mesh, sql) for none");
    return evaluateSql(mesh, SqlQuery.of(SqlQuery.DEFAULT_ID, sql).forProduct(consumingProductId));
  }

  /**
   * {@link #evaluateSql(Mesh, SqlQuery)} of SQL that runs for no product, under the query id
   * {@link SqlQuery#DEFAULT_ID}: the rules that need a consumer ({@code sql.undeclared-input}) cannot judge it,
   * and the report says so with a {@code sql.no-consumer} finding.
   */
  public GovernanceReport evaluateSql(Mesh mesh, String sql) {
    return evaluateSql(mesh, SqlQuery.of(SqlQuery.DEFAULT_ID, sql));
  }

  /**
   * The report of the selected subjects: their violations and the reading problems, with waivers
   * applied ({@code wholeMesh}: only then are problems of the configuration itself reported, and a
   * waiver that covered nothing reported as unused).
   */
  GovernanceReport report(Mesh mesh, Stream<Subject> subjects, List<Violation> diagnostics, boolean wholeMesh) {
    return report(mesh, subjects, diagnostics, wholeMesh, Map.of());
  }

  /**
   * {@link #report(Mesh, Stream, List, boolean)}, the library's findings at their configured severity, else at
   * {@code findingDefaults}' (by id), else as raised.
   */
  private GovernanceReport report(Mesh mesh, Stream<Subject> subjects, List<Violation> diagnostics, boolean wholeMesh,
      Map<String, Severity> findingDefaults) {
    List<Subject> selected = subjects.toList();
    List<Violation> raised = new ArrayList<>(diagnostics);
    raised.addAll(selected.parallelStream().flatMap(s -> check(mesh, s)).toList());
    List<Violation> violations = raised.stream().map(v -> findingSeverities.apply(v, findingDefaults)).toList();
    // problems of the configuration itself belong to whole-mesh runs, not to every subset of one
    List<Violation> problems = new ArrayList<>(wholeMesh ? settings.problems() : List.of());
    List<Waiver> all = new ArrayList<>(waivers);
    all.addAll(InlineWaivers.of(selected, ruleIds, problems));
    WaiverApplication.Result applied =
        WaiverApplication.apply(violations, all, unwaivable, LocalDate.now(clock), wholeMesh);
    problems.addAll(applied.active());
    problems.addAll(applied.problems());
    List<String> ignored = mesh.files().stream()
        .filter(f -> f.kind() == SourceKind.IGNORED).map(f -> f.path()).toList();
    return GovernanceReport.builder()
        .files(mesh.files().size())
        .products(count(selected, DataProduct.class::isInstance))
        .contracts(count(selected, DataContract.class::isInstance))
        .statements(count(selected, SqlStatement.class::isInstance))
        .violations(problems)
        .ignoredFiles(ignored)
        .waived(applied.waived())
        .configurationHash(configurationHash)
        .build();
  }

  private static int count(List<Subject> subjects, Predicate<Subject> kind) {
    return (int) subjects.stream().filter(kind).count();
  }

  private Stream<Violation> check(Mesh mesh, Subject subject) {
    SubjectContext context = SubjectContext.of(mesh, subject);
    String domain = context.domain();
    return rulesBySubjectClass.get(subject.getClass()).stream().flatMap(rule -> {
      ResolvedRule resolved = settings.of(rule.info().id(), domain);
      return resolved.appliesTo(context)
          ? RuleRun.run(rule, resolved.settings().get(), mesh, subject).stream() : Stream.empty();
    });
  }

  /**
   * Builds a {@link GovernanceEngine}: which rules, and their severities and options. Settings naming
   * an unknown rule or option, or an option value of the wrong type, fail {@link #build()} with a
   * message that names the problem and suggests the closest known name.
   */
  public static final class Builder {

    private final List<Rule<?>> rules = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Map<String, Object>> options = new LinkedHashMap<>();
    private final Map<String, Scope> scopes = new LinkedHashMap<>();

    private SqlAnalyzer sqlAnalyzer;
    private Clock clock = Clock.systemUTC();
    private FileSelection files = FileSelection.ALL;
    private final List<Profile> layers = new ArrayList<>();

    Builder() {}

    /**
     * Applies a profile (see {@link Profile}), e.g. {@code strict}, loaded from the context class
     * loader; settings made on this builder override it. Without one, the rules' defaults apply,
     * which is the {@code recommended} profile.
     *
     * @throws IllegalArgumentException when no such profile is on the classpath or it is malformed
     */
    public Builder profile(String name) {
      layers.add(Profile.load(name, loader()));
      return this;
    }

    /**
     * Applies a policy file ({@code governance.yaml}: {@code extends} profiles or other files, then
     * {@code rules}; see docs/configuration.md) on top of what was applied before; settings made on
     * this builder override it.
     *
     * @throws ConfigurationException naming the file, line and column of what is wrong; unknown rule
     *     ids and options are reported by {@link #build()}, which knows the rules
     */
    public Builder policy(Path file) {
      layers.addAll(Profile.loadFile(file, loader()));
      return this;
    }

    /**
     * Applies the workspace's own policy file — {@code governance.yaml} (or {@code .yml}) at its
     * root — if it has one, like {@link #policy(Path)}, naming it relative to the workspace as the
     * mesh names its files (so its problems read {@code governance.yaml:12:5}).
     *
     * @throws ConfigurationException naming the file, line and column of what is wrong
     */
    public Builder workspacePolicy(Path workspace) {
      for (String name : Profile.WORKSPACE_FILES) {
        Path file = workspace.resolve(name);
        if (Files.isRegularFile(file)) {
          layers.addAll(Profile.loadFile(file, workspace, loader()));
          break;
        }
      }
      return this;
    }

    private static ClassLoader loader() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return loader == null ? Builder.class.getClassLoader() : loader;
    }

    /** The SQL analyzer for {@code evaluateSql} and workspaces (default: a new one, 5 s per statement). */
    public Builder sqlAnalyzer(SqlAnalyzer analyzer) {
      this.sqlAnalyzer = analyzer;
      return this;
    }

    /**
     * Include and exclude globs of the files a workspace read selects, applied after the policy
     * files' own (so they decide over them), e.g. the command line's {@code --include}/{@code --exclude}.
     */
    public Builder files(FileSelection selection) {
      this.files = Objects.requireNonNull(selection, "selection");
      return this;
    }

    /** The clock that decides whether waivers have expired (default: the system's, UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Adds a rule. */
    public Builder rule(Rule<?> rule) {
      rules.add(rule);
      return this;
    }

    /** Adds rules. */
    public Builder rules(Iterable<? extends Rule<?>> more) {
      more.forEach(rules::add);
      return this;
    }

    /** Adds every rule registered with {@link ServiceLoader} on the context class loader (or this class's). */
    public Builder discoverRules() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discoverRules(loader == null ? Builder.class.getClassLoader() : loader);
    }

    /** Adds every rule registered with {@link ServiceLoader} on {@code loader}. */
    @SuppressWarnings("rawtypes")
    public Builder discoverRules(ClassLoader loader) {
      for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
        rules.add(rule);
      }
      return this;
    }

    /**
     * Sets the severity of a rule, replacing its default — or of one of the library's findings about its input
     * and its run ({@code sql.unsupported}, {@code input.unreadable}, …; docs/configuration.md lists them),
     * replacing the severity it is raised with in every kind of run (the gateway's too).
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(String ruleId) {
      disabled.add(ruleId);
      return this;
    }

    /**
     * Limits a rule to the subjects of the products and contracts in {@code scope} (see
     * docs/configuration.md), replacing any scope the profile or policy gives it.
     */
    public Builder scope(String ruleId, Scope scope) {
      scopes.put(ruleId, Objects.requireNonNull(scope, "scope"));
      return this;
    }

    /** Sets an option of a rule; the value is checked against the option's type when building. */
    public Builder option(String ruleId, String option, Object value) {
      options.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(option, value);
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalArgumentException when two rules share an id, a rule's metadata is invalid, or a
     *     setting names an unknown rule or option or gives an option a value of the wrong type
     */
    @SuppressWarnings("unchecked")
    public GovernanceEngine build() {
      Map<String, Rule<?>> byId = new TreeMap<>();
      for (Rule<?> rule : rules) {
        RuleInfo info = rule.info();
        if (info == null) {
          throw new IllegalArgumentException("rule " + rule.getClass().getName() + " has no metadata");
        }
        Rule<?> previous = byId.put(info.id(), rule);
        boolean sameRuleTwice = previous != null && previous.getClass() == rule.getClass() && previous.info().equals(info);
        if (previous != null && !sameRuleTwice) {
          throw new IllegalArgumentException("two rules have the id " + info.id() + ": "
              + previous.getClass().getName() + " and " + rule.getClass().getName());
        }
      }
      Set<String> settingIds = new HashSet<>(severities.keySet());
      settingIds.addAll(disabled);
      settingIds.addAll(options.keySet());
      settingIds.addAll(scopes.keySet());
      for (String id : settingIds) {
        if (Diagnostics.isConfigurable(id) && !byId.containsKey(id)) {
          if (!severities.containsKey(id) || disabled.contains(id) || options.containsKey(id) || scopes.containsKey(id)) {
            throw new IllegalArgumentException(id + " is a finding of the library about its input, not a rule: only "
                + "its severity can be set (it cannot be turned off, have options or a scope)");
          }
          continue;
        }
        requireKnown(id, byId.keySet());
      }
      layers.forEach(layer -> validate(layer, byId));
      EffectiveSettings settings = new EffectiveSettings(byId.values().stream().map(Rule::info).toList(), layers,
          new EffectiveSettings.Overrides(severities, disabled, options, scopes));
      DiagnosticSeverities findingSeverities = new DiagnosticSeverities(layers, severities);
      List<Rule<Subject>> enabled = new ArrayList<>();
      for (Rule<?> rule : byId.values()) {
        if (settings.enabledSomewhere(rule.info().id())) {
          enabled.add((Rule<Subject>) rule);
        }
      }
      enabled.sort(Comparator.comparing(r -> r.info().id()));
      List<Waiver> waivers = layers.stream().flatMap(layer -> layer.waivers().stream()).toList();
      for (Waiver waiver : waivers) {
        if (!byId.containsKey(waiver.rule()) && !Diagnostics.isLibraryRule(waiver.rule())) {
          throw new ConfigurationException(waiver.origin(), "waiver of unknown rule '" + waiver.rule() + "'"
              + Suggestions.didYouMean(waiver.rule(), byId.keySet()));
        }
      }
      Set<String> unwaivable = new HashSet<>();
      layers.forEach(layer -> layer.rules().forEach((id, entry) -> {
        if (!entry.waivable()) {
          unwaivable.add(id);
        }
      }));
      return new GovernanceEngine(enabled, byId.values().stream().map(Rule::info).toList(), settings, findingSeverities,
          sqlAnalyzer == null ? new SqlAnalyzer() : sqlAnalyzer, waivers, unwaivable, clock,
          layers.stream().map(Profile::files).reduce(FileSelection.ALL, FileSelection::and).and(files));
    }

    /**
     * Every entry of a layer — global and of each domain — names a known rule and known options of
     * the right type.
     */
    private static void validate(Profile layer, Map<String, Rule<?>> rules) {
      validate(layer.rules(), rules, "");
      layer.domains().forEach((domain, entries) -> validate(entries, rules, domain));
    }

    private static void validate(Map<String, RuleEntry> entries, Map<String, Rule<?>> rules, String domain) {
      entries.forEach((id, entry) -> {
        if (Diagnostics.isConfigurable(id) && !rules.containsKey(id)) {
          DiagnosticSeverities.validate(id, entry, domain);
          return;
        }
        if (id.equals(Profile.EVERY_RULE)) {
          if (!entry.options().isEmpty()) {
            throw new ConfigurationException(entry.origin(), "options cannot be set for every rule (\"*\")");
          }
          return;
        }
        if (!rules.containsKey(id)) {
          throw new ConfigurationException(entry.origin(),
              "unknown rule '" + id + "'" + Suggestions.didYouMean(id, knownIds(rules.keySet())));
        }
        RuleInfo info = rules.get(id).info();
        entry.options().forEach((name, value) -> EffectiveSettings.converted(info, name, value,
            message -> new ConfigurationException(entry.originOf(name), message)));
      });
    }

    private static void requireKnown(String id, Set<String> known) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("unknown rule '" + id + "'" + Suggestions.didYouMean(id, knownIds(known)));
      }
    }

    /** The rules' ids and those of the library's findings whose severity may be set. */
    private static List<String> knownIds(Set<String> rules) {
      List<String> ids = new ArrayList<>(rules);
      ids.addAll(Diagnostics.CONFIGURABLE);
      return ids;
    }

  }
}
