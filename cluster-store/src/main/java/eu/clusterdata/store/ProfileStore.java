package eu.clusterdata.store;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.store.internal.Backend;
import eu.clusterdata.store.internal.FactIndex;
import eu.clusterdata.store.internal.LocalBackend;
import eu.clusterdata.store.internal.Login;
import eu.clusterdata.store.internal.RemoteBackend;
import eu.clusterdata.store.internal.Sparql;
import eu.clusterdata.store.internal.Timeouts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jspecify.annotations.Nullable;

/**
 * Cluster profiles kept as linked data: one named graph per profile, named by its organisation's
 * identifier, with the typed queries platforms need and free SPARQL for the rest.
 *
 * <pre>{@code
 * try (ProfileStore store = ProfileStore.open("data/store")) {   // or "mem:", or a server URL
 *   store.put(profile);
 *   List<ClusterSummary> found = store.find(ClusterQuery.builder()
 *       .region(NutsCode.of("DEA"))
 *       .serviceArea(ServiceArea.STARTUP_SUPPORT)
 *       .transformation(Transformation.DECARBONISATION)
 *       .build());
 * }
 * }</pre>
 *
 * <p>Three back ends, the same behaviour: an embedded Jena TDB2 database on a directory ({@link
 * #embedded(Path)}, the default of {@link #open(String)}), transactional memory ({@link
 * #inMemory()}), and any SPARQL 1.1 server with the Graph Store Protocol ({@link #remote(URI)}).
 * Every write is applied whole or not at all; queries see the store as it was before or after a
 * write, never in between, and run while a bulk load runs.
 *
 * <p>Thread-safe. Values in the typed queries are bound as RDF terms, never pasted into query text.
 */
public final class ProfileStore implements AutoCloseable {

  /** TDB2's message when another process holds a store's lock file. */
  private static final java.util.regex.Pattern LOCK_HOLDER =
      java.util.regex.Pattern.compile("lock.*held by process (\\d+)");

  private final Backend backend;
  private final ClusterRdf rdf = ClusterRdf.create();

  /** The store's facts as of its change mark when last read; null before the first use. */
  private volatile @Nullable FactIndex facts;

  private ProfileStore(Backend backend) {
    this.backend = backend;
  }

  /**
   * A store in memory, gone when closed; for tests and short-lived work. It is TDB2 in memory, so
   * it answers queries with the same engine as an embedded store.
   */
  public static ProfileStore inMemory() {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    return new ProfileStore(
        new LocalBackend(dataset, "in-memory store", () -> TDBInternal.expel(dataset)));
  }

  /**
   * An embedded Jena TDB2 store on a directory, created if it does not exist. One process at a time
   * may open a directory.
   *
   * @throws ProfileStoreException if the directory cannot be used as a store
   */
  public static ProfileStore embedded(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new ProfileStoreException(directory + " is a file; a store needs a directory");
    }
    try {
      DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
      return new ProfileStore(
          new LocalBackend(
              dataset, "TDB2 store at " + directory, () -> TDBInternal.expel(dataset)));
    } catch (RuntimeException e) {
      String reason = String.valueOf(e.getMessage());
      java.util.regex.Matcher holder = LOCK_HOLDER.matcher(reason);
      if (holder.find()) {
        throw new ProfileStoreException(
            "the TDB2 store at "
                + directory
                + " is in use by another process (process "
                + holder.group(1)
                + "); one process at a time may open a store directory: wait for it to end, or"
                + " share the data through a SPARQL server such as Fuseki",
            e);
      }
      throw new ProfileStoreException(
          "cannot open a TDB2 store at " + directory + ": " + reason, e);
    }
  }

  /**
   * A SPARQL 1.1 server that answers queries, updates and the Graph Store Protocol at one dataset
   * URL, as Apache Jena Fuseki does ({@code http://localhost:3030/clusters}), asked anonymously.
   * {@link #builder()} gives a login, a trust store, separate endpoints and timeouts.
   *
   * @throws IllegalArgumentException if the address has user information in it ({@code
   *     https://user:password@host/…}): give {@link StoreCredentials} to the builder instead
   */
  public static ProfileStore remote(URI dataset) {
    return builder().server(dataset).open();
  }

  /**
   * Opens a store from one setting: {@code mem:} for memory, an {@code http://} or {@code https://}
   * URL for a SPARQL server's dataset (asked anonymously), anything else for a TDB2 directory.
   *
   * @throws IllegalArgumentException if a URL has user information in it
   */
  public static ProfileStore open(String location) {
    return builder().location(location).open();
  }

  /**
   * Returns a builder that opens any kind of store with its settings: where it is, and for a SPARQL
   * server who is asking, how {@code https} is verified and how long to wait.
   *
   * <pre>{@code
   * try (ProfileStore store = ProfileStore.builder()
   *     .server(URI.create("https://data.example.org/clusters"))
   *     .credentials(StoreCredentials.password("writer", password))
   *     .queryTimeout(Duration.ofSeconds(20))
   *     .open()) {
   *   ...
   * }
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a {@link ProfileStore}: an embedded TDB2 directory, memory, or a SPARQL server's
   * endpoints, with the settings of that store alone. Credentials belong to the store they are
   * given to: two stores on one server under two logins each ask as their own user, and nothing is
   * registered with Jena or the JVM. Settings for a server are not used by a local store. Not
   * thread-safe; the store it opens is.
   */
  public static final class Builder {
    private @Nullable String location;
    private @Nullable URI query;
    private @Nullable URI update;
    private @Nullable URI graphStore;
    private @Nullable StoreCredentials credentials;
    private @Nullable SSLContext tls;
    private Timeouts timeouts = Timeouts.DEFAULT;

    private Builder() {}

    /** A store in memory ({@link ProfileStore#inMemory()}). */
    public Builder inMemory() {
      return location("mem:");
    }

    /** An embedded TDB2 store on this directory ({@link ProfileStore#embedded(Path)}). */
    public Builder directory(Path directory) {
      return location(Objects.requireNonNull(directory, "directory").toString());
    }

    /**
     * A SPARQL 1.1 server answering queries, updates and the Graph Store Protocol at one dataset
     * URL ({@code http://localhost:3030/clusters}).
     */
    public Builder server(URI dataset) {
      return server(dataset, dataset, dataset);
    }

    /**
     * A SPARQL 1.1 server with separate endpoints for queries, updates and the Graph Store
     * Protocol, as OpenLink Virtuoso has them.
     */
    public Builder server(URI query, URI update, URI graphStore) {
      this.location = null;
      this.query = Objects.requireNonNull(query, "query");
      this.update = Objects.requireNonNull(update, "update");
      this.graphStore = Objects.requireNonNull(graphStore, "graphStore");
      return this;
    }

    /**
     * One setting, as {@link ProfileStore#open(String)} reads it: {@code mem:}, an {@code http://}
     * or {@code https://} dataset URL, or a TDB2 directory.
     */
    public Builder location(String location) {
      Objects.requireNonNull(location, "location");
      if (location.startsWith("http://") || location.startsWith("https://")) {
        URI dataset;
        try {
          dataset = new URI(location);
        } catch (java.net.URISyntaxException e) {
          refuseUserInfo(location.indexOf('@') >= 0);
          throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
        }
        return server(dataset);
      }
      this.location = location;
      this.query = null;
      this.update = null;
      this.graphStore = null;
      return this;
    }

    /**
     * Who asks a SPARQL server: a user and password, or a bearer token; {@code null} (the default)
     * for anonymous.
     */
    public Builder credentials(@Nullable StoreCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * How {@code https} servers are verified (a custom trust store); the JVM's trust store by
     * default. There is no way to turn verification off.
     */
    public Builder sslContext(SSLContext tls) {
      this.tls = tls;
      return this;
    }

    /** How long to wait for a connection to a server; 30 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      timeouts = new Timeouts(timeout, timeouts.query(), timeouts.update());
      return this;
    }

    /** How long one query may take; 2 minutes by default. */
    public Builder queryTimeout(Duration timeout) {
      timeouts = new Timeouts(timeouts.connect(), timeout, timeouts.update());
      return this;
    }

    /**
     * How long one update may take (a batch of a bulk load, applied whole or not at all); 30
     * minutes by default.
     */
    public Builder updateTimeout(Duration timeout) {
      timeouts = new Timeouts(timeouts.connect(), timeouts.query(), timeout);
      return this;
    }

    /**
     * Opens the store.
     *
     * @throws IllegalStateException if no store was named
     * @throws IllegalArgumentException if a server's address has user information in it
     * @throws ProfileStoreException if a directory cannot be used as a store
     */
    public ProfileStore open() {
      if (query != null && update != null && graphStore != null) { // set together by server()
        for (URI endpoint : List.of(query, update, graphStore)) {
          refuseUserInfo(endpoint.getRawUserInfo() != null);
        }
        Login login =
            credentials == null ? null : new Login(credentials.user(), credentials.secret());
        return new ProfileStore(new RemoteBackend(query, update, graphStore, login, tls, timeouts));
      }
      if (location == null) {
        throw new IllegalStateException(
            "name the store: inMemory(), directory(Path), server(URI) or location(String)");
      }
      return location.equals("mem:")
          ? ProfileStore.inMemory()
          : ProfileStore.embedded(Path.of(location));
    }
  }

  private static void refuseUserInfo(boolean hasUserInfo) {
    if (hasUserInfo) {
      // The address is not repeated: it holds the secret.
      throw new IllegalArgumentException(
          "a store address must not carry a user or password (user:password@host); give them as"
              + " StoreCredentials, or on the command line in the environment variables"
              + " CLUSTERDATA_STORE_USER and CLUSTERDATA_STORE_PASSWORD (or CLUSTERDATA_STORE_TOKEN)"
              + " or a --credentials file");
    }
  }

  /**
   * Stores a new profile, at once, if the {@linkplain IntegrityPolicy#standard() standard policy}
   * (the core rules) finds no error in it. A stored profile is never replaced by accident: use
   * {@link #replace} for that.
   *
   * @throws InvalidProfileException if the profile has errors; nothing was stored
   * @throws ProfileStoreException if a profile with the same identifier is stored
   */
  public void put(ClusterProfile profile) {
    put(profile, IntegrityPolicy.standard());
  }

  /**
   * Stores a new profile, at once, if {@code policy} finds no error in it; {@link
   * IntegrityPolicy#unchecked()} stores it whatever the rules find (what an RDF graph needs, such
   * as identifiers of their own, is still required).
   *
   * @throws InvalidProfileException if the profile has errors; nothing was stored
   * @throws ProfileStoreException if a profile with the same identifier is stored
   */
  public void put(ClusterProfile profile, IntegrityPolicy policy) {
    Objects.requireNonNull(profile, "profile");
    Graph graph = checkedGraph(profile, policy);
    if (!backend.add(BulkLoad.graphName(profile), graph)) {
      throw new ProfileStoreException(
          "a profile with the identifier "
              + profile.organisation().id().value()
              + " is already stored in the "
              + backend.describe()
              + "; use replace to replace it");
    }
  }

  /**
   * Stores a profile, replacing the stored one with the same identifier whole, at once, if the
   * {@linkplain IntegrityPolicy#standard() standard policy} (the core rules) finds no error in it.
   *
   * @return whether a profile was replaced
   * @throws InvalidProfileException if the profile has errors; nothing was stored or replaced
   */
  public boolean replace(ClusterProfile profile) {
    return replace(profile, IntegrityPolicy.standard());
  }

  /**
   * Stores a profile, replacing the stored one with the same identifier whole, at once, if {@code
   * policy} finds no error in it.
   *
   * @return whether a profile was replaced
   * @throws InvalidProfileException if the profile has errors; nothing was stored or replaced
   */
  public boolean replace(ClusterProfile profile, IntegrityPolicy policy) {
    Objects.requireNonNull(profile, "profile");
    return backend.put(BulkLoad.graphName(profile), checkedGraph(profile, policy));
  }

  /** The profile's graph, once the policy and what any RDF graph needs have passed it. */
  private Graph checkedGraph(ClusterProfile profile, IntegrityPolicy policy) {
    Objects.requireNonNull(policy, "policy").require(profile);
    return rdf.toGraph(profile);
  }

  /** Returns the stored profile with this organisation identifier. */
  public Optional<ClusterProfile> get(Iri id) {
    Graph graph = backend.graph(NodeFactory.createURI(Objects.requireNonNull(id, "id").value()));
    if (graph == null) {
      return Optional.empty();
    }
    List<ClusterProfile> profiles = rdf.read(graph).profiles();
    return profiles.stream().filter(p -> p.organisation().id().equals(id)).findFirst();
  }

  /** Removes the profile with this identifier; returns whether there was one. */
  public boolean delete(Iri id) {
    return backend.delete(NodeFactory.createURI(Objects.requireNonNull(id, "id").value()));
  }

  /** Returns the identifiers of every stored profile, in order. */
  public List<Iri> ids() {
    return backend.select(Sparql.IDS).stream().map(b -> Iri.of(b.get("org").getURI())).toList();
  }

  /** Returns the number of stored profiles. */
  public long size() {
    List<Binding> rows = backend.select(Sparql.COUNT);
    return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("n").getLiteralValue()).longValue();
  }

  /** Starts a bulk load: atomic and validated by the core rules unless set otherwise. */
  public BulkLoad bulkLoad() {
    return new BulkLoad(backend, rdf::toGraph);
  }

  /** Returns the clusters that meet every criterion of {@code query}, in identifier order. */
  public List<ClusterSummary> find(ClusterQuery query) {
    return List.copyOf(summariesOf(found(query)).values());
  }

  /**
   * Returns one page of the clusters that meet every criterion of {@code query}, in identifier
   * order: at most {@code limit} from {@code offset}, with how many there are in all. Only the
   * page's names are fetched, which is most of the work of {@link #find(ClusterQuery)} when a query
   * finds many clusters. A query without a label criterion is answered from the store's facts held
   * in memory (see {@link #partnerCandidates}), so that a list view's pages come at once.
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} is not positive
   */
  public ClusterPage find(ClusterQuery query, long offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "a page starts at an offset of 0 or more and holds 1 or more clusters, not offset "
              + offset
              + ", limit "
              + limit);
    }
    List<Node> found =
        FactIndex.answers(Objects.requireNonNull(query, "query"))
            ? facts().find(query)
            : found(query);
    int from = (int) Math.min(offset, found.size());
    int to = (int) Math.min(found.size(), from + (long) limit);
    return new ClusterPage(
        List.copyOf(summariesOf(found.subList(from, to)).values()), offset, found.size());
  }

  /** The store's facts, read again when the store's change mark has moved since they were read. */
  private FactIndex facts() {
    FactIndex current = facts;
    if (current == null || !current.mark().equals(backend.changeMark())) {
      current = FactIndex.read(backend);
      facts = current;
    }
    return current;
  }

  /** The clusters {@code query} finds, in identifier order. */
  private List<Node> found(ClusterQuery query) {
    return backend
        .select(
            Sparql.find(Objects.requireNonNull(query, "query"), LocalDate.now(Clock.systemUTC())))
        .stream()
        .map(row -> row.get("org"))
        .toList();
  }

  /** Returns the members of a cluster, in identifier order; empty if there is no such cluster. */
  public List<Member> members(Iri cluster) {
    Map<List<Node>, Map<String, String>> names = new LinkedHashMap<>();
    Map<List<Node>, Node> types = new LinkedHashMap<>();
    for (Binding row : backend.select(Sparql.members(node(cluster)))) {
      List<Node> key = List.of(row.get("actor"), row.get("role"));
      Map<String, String> byLanguage = names.computeIfAbsent(key, k -> new TreeMap<>());
      addName(byLanguage, row.get("name"));
      if (row.get("type") != null) {
        types.put(key, row.get("type"));
      }
    }
    List<Member> members = new ArrayList<>();
    names.forEach(
        (key, byLanguage) ->
            members.add(
                new Member(
                    Iri.of(key.get(0).getURI()),
                    MultilingualText.of(byLanguage),
                    types.containsKey(key)
                        ? ClusterVocabulary.value(types.get(key), ActorType.class)
                        : null,
                    ClusterVocabulary.value(key.get(1), MembershipRole.class))));
    return members;
  }

  /**
   * Returns the other clusters that share members with this one, each with the shared members, most
   * shared first.
   */
  public List<SharedMembers> sharedMembers(Iri cluster) {
    Map<Node, List<Iri>> shared = new LinkedHashMap<>();
    for (Binding row : backend.select(Sparql.sharedMembers(node(cluster)))) {
      shared
          .computeIfAbsent(row.get("other"), k -> new ArrayList<>())
          .add(Iri.of(row.get("actor").getURI()));
    }
    Map<Node, ClusterSummary> summaries = summariesOf(shared.keySet());
    List<SharedMembers> result = new ArrayList<>();
    shared.forEach(
        (other, actors) -> result.add(new SharedMembers(summaryOf(summaries, other), actors)));
    result.sort(Comparator.comparingInt((SharedMembers s) -> -s.actors().size()));
    return result;
  }

  /**
   * Returns clusters that could partner with this one, best first, each with its reasons: those
   * whose partnership interests meet this cluster's (an offer of the kind it requests, a request of
   * the kind it offers), those located in a region or country its interests target, and those that
   * share industrial ecosystems, transformations or technologies with it; services in areas this
   * cluster does not cover add to the score of those. Candidates whose offers meet a request come
   * first (see {@link PartnerCandidate#meetsRequest()}), then the rest, each group by score ({@link
   * PartnerReason.Kind} weights); ties go by identifier.
   *
   * <p>Candidates are computed in memory from the facts they compare, which the store reads at its
   * first use (one scan per kind of fact) and again once the store has changed. Every write through
   * a {@code ProfileStore}, in this process or another, moves the store's change mark (the graph
   * {@code <urn:clusterdata:change>}); a store written by other means is read again after the next
   * write through one.
   *
   * @param limit the most candidates to return
   */
  public List<PartnerCandidate> partnerCandidates(Iri cluster, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, not " + limit);
    }
    Map<Node, List<PartnerReason>> reasons = facts().partnerReasons(node(cluster));
    // Ranked first, named after: only the candidates returned are looked up for their names.
    record Ranked(Node cluster, int score, boolean meetsRequest, List<PartnerReason> why) {}
    List<Ranked> ranked = new ArrayList<>(reasons.size());
    reasons.forEach(
        (other, why) -> {
          why.sort(Comparator.comparing(PartnerReason::kind).thenComparing(PartnerReason::code));
          ranked.add(
              new Ranked(
                  other,
                  why.stream().mapToInt(r -> r.kind().weight()).sum(),
                  why.stream().anyMatch(r -> r.kind() == PartnerReason.Kind.OFFER_MEETS_REQUEST),
                  why));
        });
    ranked.sort(
        Comparator.comparing((Ranked r) -> !r.meetsRequest())
            .thenComparingInt(r -> -r.score())
            .thenComparing(r -> r.cluster().getURI()));
    List<Ranked> best = ranked.subList(0, Math.min(limit, ranked.size()));
    Map<Node, ClusterSummary> summaries = summariesOf(best.stream().map(Ranked::cluster).toList());
    List<PartnerCandidate> candidates = new ArrayList<>(best.size());
    for (Ranked r : best) {
      ClusterSummary summary = summaries.get(r.cluster());
      if (summary != null) { // else deleted by another client since the facts were read
        candidates.add(new PartnerCandidate(summary, r.score(), r.why()));
      }
    }
    return candidates;
  }

  /**
   * Runs a SPARQL {@code SELECT} query with values bound to its variables. The usual prefixes
   * ({@code cd:}, {@code org:}, {@code skos:}, {@code dct:}, {@code foaf:}, {@code schema:} ...)
   * are declared. Each profile is the named graph of its organisation, so patterns go in {@code
   * GRAPH ?g { ... }}.
   *
   * <pre>{@code
   * store.select("SELECT ?org WHERE { GRAPH ?org { ?org cd:industrialEcosystem ?e } }",
   *     Map.of("e", IndustrialEcosystem.DIGITAL));
   * }</pre>
   *
   * @param parameters values by variable name (without {@code ?}): model values ({@code Iri}, code
   *     lists, NUTS codes ...) as their RDF terms, strings, numbers, booleans and dates as
   *     literals, Jena {@code Node}s as themselves
   * @throws ProfileStoreException if the query is not a valid SPARQL {@code SELECT}
   * @throws IllegalArgumentException if a parameter names no variable of the query
   */
  public SparqlRows select(String sparql, Map<String, ?> parameters) {
    Query query = Sparql.select(sparql, parameters);
    List<String> variables = query.getResultVars();
    List<Map<String, Node>> rows = new ArrayList<>();
    for (Binding binding : backend.select(query)) {
      Map<String, Node> row = new LinkedHashMap<>();
      for (String variable : variables) {
        Node value = binding.get(Var.alloc(variable));
        if (value != null) {
          row.put(variable, value);
        }
      }
      rows.add(row);
    }
    return new SparqlRows(variables, rows);
  }

  /** The summaries in rows of the summaries query, by cluster. */
  private static Map<Node, ClusterSummary> summaries(List<Binding> rows) {
    Map<Node, Map<String, String>> names = new HashMap<>();
    Map<Node, String> acronyms = new HashMap<>();
    Map<Node, NutsCode> regions = new HashMap<>();
    for (Binding row : rows) {
      Node org = row.get("org");
      addName(names.computeIfAbsent(org, k -> new TreeMap<>()), row.get("name"));
      if (row.get("acronym") != null) {
        acronyms.put(org, row.get("acronym").getLiteralLexicalForm());
      }
      if (row.get("region") != null && row.get("region").isURI()) {
        try {
          regions.put(org, ClusterVocabulary.value(row.get("region"), NutsCode.class));
        } catch (IllegalArgumentException notNuts) {
          // dct:spatial of something other than a NUTS region: no region to show
        }
      }
    }
    Map<Node, ClusterSummary> result = new HashMap<>();
    names.forEach(
        (org, byLanguage) ->
            result.put(
                org,
                new ClusterSummary(
                    Iri.of(org.getURI()),
                    MultilingualText.of(byLanguage),
                    acronyms.get(org),
                    regions.get(org))));
    return result;
  }

  /**
   * The clusters asked about in one query for their summaries: their identifiers come to some tens
   * of kilobytes, well under a server's limit for a query sent as a form (200,000 bytes in Fuseki).
   */
  private static final int SUMMARIES_PER_QUERY = 500;

  /** The summaries of stored clusters, in the order of {@code clusters}. */
  private Map<Node, ClusterSummary> summariesOf(Collection<Node> clusters) {
    List<Node> asked = List.copyOf(clusters);
    Map<Node, ClusterSummary> found = new HashMap<>();
    for (int from = 0; from < asked.size(); from += SUMMARIES_PER_QUERY) {
      List<Node> part = asked.subList(from, Math.min(asked.size(), from + SUMMARIES_PER_QUERY));
      found.putAll(summaries(backend.select(Sparql.summaries(part))));
    }
    Map<Node, ClusterSummary> byNode = new LinkedHashMap<>();
    for (Node cluster : asked) {
      ClusterSummary summary = found.get(cluster);
      if (summary != null) {
        byNode.put(cluster, summary);
      }
    }
    return byNode;
  }

  /** The summary of a stored cluster: every stored profile names its cluster. */
  private static ClusterSummary summaryOf(Map<Node, ClusterSummary> summaries, Node cluster) {
    return Objects.requireNonNull(summaries.get(cluster), () -> cluster + " has no summary");
  }

  private static void addName(Map<String, String> byLanguage, Node name) {
    if (name != null && name.isLiteral()) {
      String language = name.getLiteralLanguage();
      byLanguage.putIfAbsent(language.isEmpty() ? "und" : language, name.getLiteralLexicalForm());
    }
  }

  private static Node node(Iri id) {
    return NodeFactory.createURI(Objects.requireNonNull(id, "cluster").value());
  }

  /** Closes the store; an embedded store releases its directory. */
  @Override
  public void close() {
    backend.close();
  }

  /** Says which back end this is and where: {@code TDB2 store at data/store}. */
  @Override
  public String toString() {
    return backend.describe();
  }
}
