package eu.clusterdata.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Message;
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

/**
 * The linked-data form of cluster profiles: writes them as RDF on public vocabularies (see {@code
 * docs/rdf-mapping.md}) and reads them back into the model. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClusterRdf rdf = ClusterRdf.create();
 * rdf.write(profile, out, RdfSyntax.TURTLE);
 * List<ClusterProfile> back = rdf.read(in, RdfSyntax.TURTLE).profiles();   // equal to profile
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

  /** Writes one profile. */
  public void write(ClusterProfile profile, OutputStream out, RdfSyntax syntax) {
    write(List.of(profile), out, syntax);
  }

  /**
   * Writes profiles: as named graphs in TriG and N-Quads, as one graph in the triple syntaxes. In
   * one graph, profiles that describe the same entity (an actor IRI that two clusters share) merge
   * its triples and cannot be read back apart; write collections as TriG or N-Quads, where every
   * profile keeps its own graph.
   */
  public void write(Collection<ClusterProfile> profiles, OutputStream out, RdfSyntax syntax) {
    if (syntax.hasNamedGraphs()) {
      RDFWriter.source(toDataset(profiles)).format(syntax.format()).output(out);
    } else {
      if (syntax == RdfSyntax.JSON_LD) {
        JsonLdWriter.write(profiles.stream().map(this::toGraph).toList(), out);
        return;
      }
      Graph union = GraphFactory.createDefaultGraph();
      union.getPrefixMapping().setNsPrefixes(PREFIXES);
      profiles.forEach(p -> GraphWriter.write(published(p), union));
      RDFWriter.source(union).format(syntax.format()).output(out);
    }
  }

  /**
   * Returns a writer that streams profiles one at a time, for collections too large to hold:
   * N-Triples, N-Quads, Turtle or TriG. Closing it closes {@code out}.
   *
   * @throws IllegalArgumentException for RDF/XML and JSON-LD, which cannot be streamed
   */
  public RdfProfileWriter streamWriter(OutputStream out, RdfSyntax syntax) {
    return new StreamingRdfWriter(Objects.requireNonNull(out, "out"), syntax, publicExport);
  }

  /** The profile as this instance writes it: without personal data in public-export mode. */
  private ClusterProfile published(ClusterProfile profile) {
    return publicExport ? profile.withoutPersonalData() : profile;
  }

  /**
   * Reads every profile of an RDF document.
   *
   * @throws RdfSyntaxException if the input is not well-formed in {@code syntax}
   * @throws RdfMappingException if the data does not describe profiles as mapped, or holds triples
   *     but no profile at all (code {@code rdf.no-profile})
   */
  public RdfDocument read(InputStream in, RdfSyntax syntax) {
    List<ClusterProfile> profiles = new ArrayList<>();
    List<Triple> unmapped = new ArrayList<>();
    long triples = 0;
    for (RdfGraph graph : readGraphs(in, syntax)) {
      if (graph.error() != null) {
        throw graph.error();
      }
      profiles.addAll(graph.profiles());
      unmapped.addAll(graph.unmapped());
      triples += graph.size();
    }
    if (profiles.isEmpty() && triples > 0) {
      throw noProfile(null, triples);
    }
    profiles.sort(Comparator.comparing(p -> p.organisation().id()));
    return new RdfDocument(profiles, unmapped);
  }

  /**
   * Reads an RDF document graph by graph: the default graph (if it holds triples), then each named
   * graph in the order of their names, each on its own, so that in TriG and N-Quads a graph that
   * does not describe a profile as mapped is reported by itself and the others are still read. A
   * graph with triples but no profile is reported with the code {@code rdf.no-profile}.
   *
   * @throws RdfSyntaxException if the input is not well-formed in {@code syntax}: a syntax error
   *     stops the whole document, since after it the parser cannot tell where the next graph starts
   */
  public List<RdfGraph> readGraphs(InputStream in, RdfSyntax syntax) {
    DatasetGraph dataset = parse(in, syntax);
    List<RdfGraph> graphs = new ArrayList<>();
    if (!dataset.getDefaultGraph().isEmpty()) {
      graphs.add(readGraph(null, dataset.getDefaultGraph()));
    }
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(names::add);
    names.sort(Comparator.comparing(Node::toString));
    for (Node name : names) {
      graphs.add(readGraph(name.isURI() ? name.getURI() : name.toString(), dataset.getGraph(name)));
    }
    return graphs;
  }

  private RdfGraph readGraph(String name, Graph graph) {
    long size = graph.size();
    List<Triple> unmapped = new ArrayList<>();
    try {
      List<ClusterProfile> profiles = read(graph, unmapped);
      if (profiles.isEmpty()) {
        return new RdfGraph(name, size, List.of(), List.of(), noProfile(name, size));
      }
      return new RdfGraph(name, size, profiles, unmapped, null);
    } catch (RdfMappingException e) {
      return new RdfGraph(name, size, List.of(), List.of(), e);
    }
  }

  private static RdfMappingException noProfile(String graph, long triples) {
    return new RdfMappingException(
        "rdf.no-profile",
        graph == null ? null : "graph <" + graph + ">",
        null,
        Message.of("rdf.no-profile", triples));
  }

  DatasetGraph parse(InputStream in, RdfSyntax syntax) {
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    LimitedInputStream limited = new LimitedInputStream(in, maxInputBytes);
    JsonLdOptions jsonLd = new JsonLdOptions(new OfflineDocumentLoader());
    try {
      InputStream source =
          switch (syntax) {
            case RDF_XML -> XmlProlog.refuseExternalEntities(limited);
            case JSON_LD -> JsonDepth.limit(limited);
            default -> limited;
          };
      RDFParser.source(source)
          .lang(syntax.lang())
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
  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
  }

  /** Reads every profile of a graph. */
  public RdfDocument read(Graph graph) {
    List<Triple> unmapped = new ArrayList<>();
    return new RdfDocument(read(graph, unmapped), unmapped);
  }

  private List<ClusterProfile> read(Graph graph, List<Triple> unmapped) {
    return GraphReader.read(graph, unknownTriples == UnknownTriples.KEEP, unmapped);
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
