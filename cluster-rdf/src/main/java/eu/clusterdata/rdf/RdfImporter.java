package eu.clusterdata.rdf;

import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.internal.ForeignReader;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Reads cluster profiles from linked data that other systems published in public vocabularies (W3C
 * ORG, schema.org, Dublin Core, SKOS, FOAF, locn, OWL-Time; the EU's NUTS, NACE and country IRIs),
 * without this project's {@code cd:ClusterProfile} wrapper: lenient where {@link ClusterRdf#read}
 * is strict, and never silent about what it did not read. Immutable and thread-safe.
 *
 * <pre>{@code
 * RdfImport result = ClusterRdf.create().importer().build().read(in, ProfileFormat.TURTLE);
 * result.profiles();  // one per cluster organisation
 * result.unmapped();  // every triple in none of them
 * result.notes();     // every record left out or completed by an assumption, with why
 * }</pre>
 *
 * <p>A cluster is a node typed {@code cd:ClusterOrganisation} or an organisation with members
 * ({@code org:hasMember}, or an {@code org:Membership} whose {@code org:organization} it is). Its
 * members become actors and memberships, the {@code schema:Service}s it is the {@code
 * schema:provider} of become services. Data that does describe {@code cd:ClusterProfile}s is read
 * by the strict reader instead. What is mapped from where is listed in {@code docs/rdf-mapping.md}.
 */
public final class RdfImporter {

  private static final Node PROFILE_CLASS =
      NodeFactory.createURI(ClusterVocabulary.NS + "ClusterProfile");

  private final ClusterRdf rdf;
  private final @Nullable ActorType actorType;
  private final @Nullable ServiceArea serviceArea;
  private final Clock clock;
  private final @Nullable Source source;

  private RdfImporter(Builder builder) {
    this.rdf = builder.rdf;
    this.actorType = builder.actorType;
    this.serviceArea = builder.serviceArea;
    this.clock = builder.clock;
    this.source = builder.source;
  }

  /**
   * Reads every cluster of an RDF document; in TriG and N-Quads the graphs are read together.
   *
   * @throws RdfSyntaxException if the input is not well-formed in {@code syntax}
   * @throws RdfMappingException if the document describes {@code cd:ClusterProfile}s that are not
   *     as mapped
   * @throws IllegalArgumentException if {@code syntax} is not an RDF syntax
   */
  public RdfImport read(InputStream in, ProfileFormat syntax) {
    DatasetGraph dataset = rdf.parse(in, syntax);
    Graph union = GraphFactory.createDefaultGraph();
    for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); ) {
      union.add(quads.next().asTriple());
    }
    return read(union);
  }

  /**
   * Reads every cluster of {@code graph}.
   *
   * @throws RdfMappingException if the graph describes {@code cd:ClusterProfile}s that are not as
   *     mapped
   */
  public RdfImport read(Graph graph) {
    if (graph.contains(Node.ANY, RDF.Nodes.type, PROFILE_CLASS)) {
      RdfDocument document = rdf.read(graph);
      return new RdfImport(document.profiles(), document.unmapped(), List.of());
    }
    Source provenance =
        source != null
            ? source
            : new Source(SourceType.SYSTEM, "RDF import", null, LocalDate.now(clock));
    return ForeignReader.read(graph, actorType, serviceArea, clock.instant(), provenance);
  }

  /** Builds an {@link RdfImporter}; not thread-safe. */
  public static final class Builder {
    private final ClusterRdf rdf;
    private @Nullable ActorType actorType;
    private @Nullable ServiceArea serviceArea;
    private Clock clock = Clock.systemUTC();
    private @Nullable Source source;

    Builder(ClusterRdf rdf) {
      this.rdf = rdf;
    }

    /**
     * Sets the type of members whose data says none (no {@code dct:type} and no schema.org type
     * such as {@code schema:CollegeOrUniversity}); each one so typed is noted. By default there is
     * none, and such members are left out, noted, and their triples reported unmapped.
     */
    public Builder actorType(ActorType assumed) {
      this.actorType = Objects.requireNonNull(assumed, "assumed");
      return this;
    }

    /**
     * Sets the area of services whose data says none (no {@code schema:serviceType} that is a
     * service-area concept); each one so placed is noted. By default there is none, and such
     * services are left out, noted, and their triples reported unmapped.
     */
    public Builder serviceArea(ServiceArea assumed) {
      this.serviceArea = Objects.requireNonNull(assumed, "assumed");
      return this;
    }

    /**
     * Sets the clock that dates the profiles whose data gives no {@code dct:created} and {@code
     * dct:modified}, and the default source; the system clock in UTC by default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source every imported profile names as its provenance, such as the document read; by
     * default a {@link SourceType#SYSTEM} source titled "RDF import", retrieved today.
     */
    public Builder source(Source source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Returns the importer. */
    public RdfImporter build() {
      return new RdfImporter(this);
    }
  }
}
