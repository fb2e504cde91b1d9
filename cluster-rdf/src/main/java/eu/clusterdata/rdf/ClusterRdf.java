package eu.clusterdata.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.internal.Unclosable;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.rdf.internal.CodeListSchemes;
import eu.clusterdata.rdf.internal.GraphReader;
import eu.clusterdata.rdf.internal.GraphWriter;
import eu.clusterdata.rdf.internal.JsonDepth;
import eu.clusterdata.rdf.internal.JsonLdWriter;
import eu.clusterdata.rdf.internal.LimitedInputStream;
import eu.clusterdata.rdf.internal.OfflineDocumentLoader;
import eu.clusterdata.rdf.internal.Resources;
import eu.clusterdata.rdf.internal.ShaclFindings;
import eu.clusterdata.rdf.internal.StreamingRdfWriter;
import eu.clusterdata.rdf.internal.StrictErrorHandler;
import eu.clusterdata.rdf.internal.Syntaxes;
import eu.clusterdata.rdf.internal.TurtleWriter;
import eu.clusterdata.rdf.internal.UnmappedTriples;
import eu.clusterdata.rdf.internal.XmlProlog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;

/**
 * The linked-data form of cluster profiles: writes them as RDF on public vocabularies (see {@code
 * docs/rdf-mapping.md}) and reads them back into the model. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClusterRdf rdf = ClusterRdf.create();
 * rdf.write(profile, out, ProfileFormat.TURTLE);
 * List<ClusterProfile> back = rdf.read(in, ProfileFormat.TURTLE).profiles();   // equal to profile
 * }</pre>
 *
 * <p>In syntaxes with named graphs (TriG, N-Quads), each profile is a graph of its own, named by
 * its organisation's identifier.
 */
public final class ClusterRdf {

  private static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create().setNsPrefixes(ClusterVocabulary.PREFIXES).lock();

  /** The default of {@link Builder#maxInputBytes}: 256 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L << 20;

  private final UnknownTriples unknownTriples;
  private final long maxInputBytes;
  private final boolean publicExport;

  private ClusterRdf(Builder builder) {
    this.publicExport = builder.publicExport;
    this.unknownTriples = builder.unknownTriples;
    this.maxInputBytes = builder.maxInputBytes;
  }

  /** Returns a builder; by default unknown triples are kept. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an instance with the defaults. */
  public static ClusterRdf create() {
    return builder().build();
  }

  /** Returns the triples of one profile, as a new graph. */
  public Graph toGraph(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    FormatRequirements.require(profile, ProfileFormat.N_QUADS); // what any RDF graph needs
    Graph graph = GraphFactory.createDefaultGraph();
    graph.getPrefixMapping().setNsPrefixes(PREFIXES);
    GraphWriter.write(published(profile), graph);
    return graph;
  }

  /** Returns a dataset with one named graph per profile, named by its organisation's identifier. */
  public DatasetGraph toDataset(Collection<ClusterProfile> profiles) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    dataset.prefixes().putAll(PREFIXES);
    for (ClusterProfile profile : profiles) {
      Node name = NodeFactory.createURI(profile.organisation().id().value());
      toGraph(profile)
          .find()
          .forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
    return dataset;
  }

  /**
   * Writes one profile in an RDF syntax of the format registry.
   *
   * @throws IllegalArgumentException if {@code syntax} is not an RDF syntax
   */
  public void write(ClusterProfile profile, OutputStream out, ProfileFormat syntax) {
    write(List.of(profile), out, syntax);
  }

  /**
   * Writes profiles: as named graphs in TriG and N-Quads, as one graph in the triple syntaxes. In
   * one graph, profiles that describe the same entity (an actor IRI that two clusters share) merge
   * its triples and cannot be read back apart; write collections as TriG or N-Quads, where every
   * profile keeps its own graph.
   */
  public void write(Collection<ClusterProfile> profiles, OutputStream out, ProfileFormat syntax) {
    Syntaxes.requireRdf(syntax);
    profiles.forEach(p -> FormatRequirements.require(p, syntax)); // before a byte is written
    if (syntax.hasNamedGraphs()) {
      RDFWriter.source(toDataset(profiles)).format(Syntaxes.document(syntax)).output(out);
    } else {
      if (syntax == ProfileFormat.JSON_LD || syntax == ProfileFormat.TURTLE) {
        // The streaming writer, so that a collection and a stream give the same bytes; it closes
        // what it writes to, and out stays the caller's.
        try (ProfileWriter writer = streamWriter(Unclosable.of(out), syntax)) {
          profiles.forEach(writer::write);
        }
        return;
      }
      Graph union = GraphFactory.createDefaultGraph();
      union.getPrefixMapping().setNsPrefixes(PREFIXES);
      profiles.forEach(p -> GraphWriter.write(published(p), union));
      RDFWriter.source(union).format(Syntaxes.document(syntax)).output(out);
    }
  }

  /**
   * Returns a writer that streams profiles one at a time, for collections too large to hold:
   * N-Triples, N-Quads, Turtle, TriG or JSON-LD. Closing it closes {@code out}.
   *
   * @throws IllegalArgumentException for RDF/XML, which cannot be streamed, and for formats that
   *     are not RDF
   */
  public ProfileWriter streamWriter(OutputStream out, ProfileFormat syntax) {
    Objects.requireNonNull(out, "out");
    return switch (syntax) {
      case JSON_LD -> new JsonLdWriter(out, publicExport);
      case TURTLE -> new TurtleWriter(out, publicExport);
      default -> new StreamingRdfWriter(out, syntax, publicExport);
    };
  }

  /** The profile as this instance writes it: without personal data in public-export mode. */
  private ClusterProfile published(ClusterProfile profile) {
    return publicExport ? profile.withoutPersonalData() : profile;
  }

  /**
   * Reads every profile of an RDF document.
   *
   * @throws RdfSyntaxException if the input is not well-formed in {@code syntax}
   * @throws RdfMappingException if a profile is not as mapped (the first such profile, with all its
   *     problems), or the input holds triples but no profile at all (code {@code rdf.no-profile})
   * @throws IllegalArgumentException if {@code syntax} is not an RDF syntax
   */
  public RdfDocument read(InputStream in, ProfileFormat syntax) {
    List<ClusterProfile> profiles = new ArrayList<>();
    List<Triple> unmapped = new ArrayList<>();
    DatasetGraph dataset = parse(in, syntax);
    for (Node name : graphNames(dataset)) {
      GraphReader.Result graph = readGraph(graph(dataset, name));
      for (GraphReader.Outcome outcome : graph.outcomes()) {
        if (outcome.error() != null) {
          throw outcome.error();
        }
        profiles.add(outcome.profile());
      }
      unmapped.addAll(graph.unmapped());
    }
    if (profiles.isEmpty() && !dataset.isEmpty()) {
      throw noProfile(null, dataset.stream().count());
    }
    profiles.sort(Comparator.comparing(p -> p.organisation().id()));
    return new RdfDocument(profiles, unmapped);
  }

  /**
   * Reads an RDF document profile by profile: each profile of the default graph, then of each named
   * graph in the order of their names, is its own record, read or with every problem that keeps it
   * from being read, so that one broken profile does not hide the others. A graph with triples but
   * no profile is a record of its own (code {@code rdf.no-profile}); triples that a graph's
   * profiles did not take are an {@link Rule#RDF_UNMAPPED} warning on the graph's first profile.
   * Records are numbered from 1 in that order and carry their graph's name.
   *
   * @return the records; a syntax error is one record for the input as a whole, since after it the
   *     parser cannot tell where the next profile starts
   * @throws IllegalArgumentException if {@code syntax} is not an RDF syntax
   */
  public List<ProfileRecord> records(InputStream in, ProfileFormat syntax) {
    DatasetGraph dataset;
    try {
      dataset = parse(in, syntax);
    } catch (RdfSyntaxException e) {
      return List.of(ProfileRecord.unreadable(RecordLocation.wholeInput(), e));
    }
    List<ProfileRecord> records = new ArrayList<>();
    for (Node name : graphNames(dataset)) {
      Graph graph = graph(dataset, name);
      String graphName = name == null ? null : name.isURI() ? name.getURI() : name.toString();
      GraphReader.Result read = readGraph(graph);
      List<Finding> unmapped = UnmappedTriples.findings(read.unmapped());
      if (read.outcomes().isEmpty()) {
        RecordLocation at = RecordLocation.record(records.size() + 1, 0).inGraph(graphName);
        records.add(ProfileRecord.unreadable(at, noProfile(graphName, graph.size())));
        continue;
      }
      for (GraphReader.Outcome outcome : read.outcomes()) {
        RecordLocation at = RecordLocation.record(records.size() + 1, 0).inGraph(graphName);
        ProfileRecord record = outcome.record(at);
        records.add(record.isRead() ? record.withFindings(unmapped) : record);
        if (record.isRead()) {
          unmapped = List.of(); // said once, on the graph's first profile that was read
        }
      }
    }
    return records;
  }

  /** The default graph (as {@code null}) if it holds triples, then the named graphs, by name. */
  private static List<Node> graphNames(DatasetGraph dataset) {
    List<Node> names = new ArrayList<>();
    if (!dataset.getDefaultGraph().isEmpty()) {
      names.add(null);
    }
    List<Node> named = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(named::add);
    named.sort(Comparator.comparing(Node::toString));
    names.addAll(named);
    return names;
  }

  private static Graph graph(DatasetGraph dataset, Node name) {
    return name == null ? dataset.getDefaultGraph() : dataset.getGraph(name);
  }

  private static RdfMappingException noProfile(@Nullable String graph, long triples) {
    return new RdfMappingException(
        "rdf.no-profile",
        graph == null ? null : "graph <" + graph + ">",
        null,
        Message.of("rdf.no-profile", triples));
  }

  DatasetGraph parse(InputStream in, ProfileFormat syntax) {
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    LimitedInputStream limited = new LimitedInputStream(in, maxInputBytes);
    JsonLdOptions jsonLd = new JsonLdOptions(new OfflineDocumentLoader());
    try {
      InputStream source =
          switch (Syntaxes.requireRdf(syntax)) {
            case RDF_XML -> XmlProlog.refuseExternalEntities(limited);
            case JSON_LD -> JsonDepth.limit(limited);
            default -> limited;
          };
      RDFParser.source(source)
          .lang(Syntaxes.lang(syntax))
          .errorHandler(new StrictErrorHandler())
          .set(LangJSONLD11.JSONLD_OPTIONS, jsonLd)
          .parse(dataset);
    } catch (RuntimeException e) {
      limited.checkLimit();
      throw translate(e);
    }
    // Parsers may take a failed read for the end of the input; the limit must not pass unseen.
    limited.checkLimit();
    return dataset;
  }

  private static RuntimeException translate(RuntimeException e) {
    if (e instanceof RdfSyntaxException) {
      return e;
    } else if (e instanceof RiotException) {
      return new RdfSyntaxException(Message.of("rdf.syntax", rootMessage(e)), -1, -1, e);
    } else if (e instanceof RuntimeIOException && e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    // A parser that fails in its own way (fuzzing found Jena's N-Quads tokenizer throwing an
    // IllegalFormatException while reporting an error) still means the input is not well-formed.
    return new RdfSyntaxException(Message.of("rdf.syntax.parser-failed", e.toString()), -1, -1, e);
  }

  /**
   * The message of the innermost cause, which says what went wrong rather than where it surfaced.
   */
  private static @Nullable String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
  }

  /**
   * Reads every profile of a graph.
   *
   * @throws RdfMappingException if a profile is not as mapped: the first such, with all its
   *     problems
   */
  public RdfDocument read(Graph graph) {
    GraphReader.Result read = readGraph(graph);
    List<ClusterProfile> profiles = new ArrayList<>();
    for (GraphReader.Outcome outcome : read.outcomes()) {
      if (outcome.error() != null) {
        throw outcome.error();
      }
      profiles.add(outcome.profile());
    }
    return new RdfDocument(profiles, read.unmapped());
  }

  private GraphReader.Result readGraph(Graph graph) {
    return GraphReader.read(graph, unknownTriples == UnknownTriples.KEEP);
  }

  /**
   * Returns a builder of an importer of linked data in public vocabularies that this library did
   * not write, which reads with this instance's input limit.
   */
  public RdfImporter.Builder importer() {
    return new RdfImporter.Builder(this);
  }

  /**
   * Validates an RDF graph against the profile's SHACL shapes (shipped in the jar, see {@link
   * #shapes()}) and returns the results as the model validator's report, each finding at a focus
   * node and property path such as {@code <https://example.org/cluster> skos:prefLabel}.
   */
  public ValidationReport validateShapes(Graph graph) {
    return ShaclFindings.validate(graph);
  }

  /**
   * Returns the ontology of the project's own namespace ({@value ClusterVocabulary#NS}), as Turtle:
   * each term labelled and defined in English and German.
   */
  public static String ontology() {
    return Resources.text("/eu/clusterdata/rdf/ontology.ttl");
  }

  /**
   * Returns the reference catalogues as SKOS concept schemes in Turtle: the impulses, service
   * areas, transformations, ecosystems, innovation fields and the other code lists, at the IRIs
   * profiles use ({@value ClusterVocabulary#ID}...).
   */
  public static String catalogues() {
    return Resources.text("/eu/clusterdata/rdf/catalogues.ttl");
  }

  /**
   * Returns the official code lists as SKOS, as Turtle: NUTS 2021 and 2024 at the EU's region IRIs,
   * NACE Rev. 2 and 2.1, each concept with its notation, official name, parent ({@code
   * skos:broader}) and the versions it belongs to ({@code skos:inScheme}). About 30,000 triples;
   * made from the lists in the jar on each call.
   */
  public static String codeLists() {
    return CodeListSchemes.turtle();
  }

  /**
   * Returns the JSON-LD 1.1 context of the JSON-LD form, the document that {@code
   * https://clusterdata.eu/ns/context.jsonld} names; readers take it from the jar, never the
   * network.
   */
  public static String context() {
    return Resources.text("/eu/clusterdata/rdf/context.jsonld");
  }

  /** Returns the SHACL shapes of a profile graph, as Turtle. */
  public static String shapes() {
    return ShaclFindings.shapesText();
  }

  /** Builds a {@link ClusterRdf}; not thread-safe. */
  public static final class Builder {
    private UnknownTriples unknownTriples = UnknownTriples.KEEP;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private boolean publicExport;

    private Builder() {}

    /** Sets what readers do with triples the mapping does not know (default: keep). */
    public Builder unknownTriples(UnknownTriples unknownTriples) {
      this.unknownTriples = Objects.requireNonNull(unknownTriples, "unknownTriples");
      return this;
    }

    /**
     * Sets the largest input a reader accepts, in bytes (default {@value
     * ClusterRdf#DEFAULT_MAX_INPUT_BYTES}); readers hold a document in memory.
     */
    public Builder maxInputBytes(long maxInputBytes) {
      if (maxInputBytes < 1) {
        throw new IllegalArgumentException("maxInputBytes must be positive");
      }
      this.maxInputBytes = maxInputBytes;
      return this;
    }

    /**
     * Writes profiles as they may be published: without contacts that are personal data of natural
     * persons ({@code ClusterProfile.withoutPersonalData()}). Off by default; reading is not
     * affected.
     */
    public Builder publicExport(boolean publicExport) {
      this.publicExport = publicExport;
      return this;
    }

    public ClusterRdf build() {
      return new ClusterRdf(this);
    }
  }
}
