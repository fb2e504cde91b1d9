package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.rdf.internal.DcatGraph;
import eu.clusterdata.rdf.internal.Syntaxes;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.jspecify.annotations.Nullable;

/**
 * A DCAT-AP description of a published data set of cluster profiles, as data.europa.eu and national
 * portals harvest it: one {@code dcat:Dataset} with its title, description, publisher ({@code
 * foaf:Agent}) and, per file published, a {@code dcat:Distribution} with its download address, IANA
 * media type and licence. Its spatial coverage (the NUTS regions and countries of the profiles, on
 * {@code dct:spatial}) and temporal coverage (from the first day a profile was made to the last day
 * one was changed, a {@code dct:PeriodOfTime}) come from the profiles themselves, so a description
 * says what the files hold. Immutable and thread-safe.
 *
 * <pre>{@code
 * DatasetDescription.Builder description =
 *     DatasetDescription.builder(
 *         Iri.of("https://data.example.org/dataset/nrw-clusters"),
 *         MultilingualText.en("Clusters in North Rhine-Westphalia"),
 *         MultilingualText.en("Profiles of the clusters ..."),
 *         new DatasetDescription.Publisher(Iri.of("https://example.org/"), MultilingualText.en("Example")),
 *         Iri.of("https://creativecommons.org/licenses/by/4.0/"))
 *     .distribution(ProfileFormat.TURTLE, Iri.of("https://data.example.org/nrw-clusters.ttl"));
 * profiles.forEach(description::add);
 * description.build().write(out, ProfileFormat.TURTLE);
 * }</pre>
 *
 * <p>On the command line: {@code clusterdata describe}. See docs/rdf-mapping.md, "DCAT-AP".
 *
 * @param dataset the data set's IRI
 * @param title its title, in one or more languages
 * @param description what it holds, in one or more languages
 * @param publisher who publishes it
 * @param licence the licence every distribution is published under (an IRI, such as a Creative
 *     Commons licence's)
 * @param distributions the files published, in the order given
 * @param regions the NUTS regions of the profiles, in code order
 * @param countries the countries of the profiles, in code order
 * @param firstDay the first day a profile was made, or {@code null} without profiles
 * @param lastDay the last day a profile was changed, or {@code null} without profiles
 * @param profiles how many profiles the data set holds
 */
public record DatasetDescription(
    Iri dataset,
    MultilingualText title,
    MultilingualText description,
    Publisher publisher,
    Iri licence,
    List<Distribution> distributions,
    SortedSet<NutsCode> regions,
    SortedSet<CountryCode> countries,
    @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay,
    long profiles) {

  /**
   * Who publishes the data set: a {@code foaf:Agent}.
   *
   * @param id the publisher's IRI
   * @param name its name, in one or more languages
   */
  public record Publisher(Iri id, MultilingualText name) {
    public Publisher {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * One file of the data set as published.
   *
   * @param format its format, which gives the IANA media type
   * @param url where it is downloaded
   */
  public record Distribution(ProfileFormat format, Iri url) {
    public Distribution {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(url, "url");
    }

    /** The IANA media type's IRI, as DCAT-AP names it: {@code https://www.iana.org/...}. */
    public Iri mediaType() {
      return Iri.of("https://www.iana.org/assignments/media-types/" + format.mediaType());
    }
  }

  public DatasetDescription {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(licence, "licence");
    distributions = List.copyOf(distributions);
    regions = Collections.unmodifiableSortedSet(new TreeSet<>(regions));
    countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
  }

  /**
   * Returns a builder of the description; give it the distributions and {@link Builder#add} every
   * profile of the data set.
   */
  public static Builder builder(
      Iri dataset,
      MultilingualText title,
      MultilingualText description,
      Publisher publisher,
      Iri licence) {
    return new Builder(dataset, title, description, publisher, licence);
  }

  /** Returns the description as RDF: DCAT, Dublin Core and FOAF terms, as DCAT-AP uses them. */
  public Graph toGraph() {
    return DcatGraph.of(this);
  }

  /**
   * Writes the description in an RDF syntax (Turtle is what portals read most).
   *
   * @throws IllegalArgumentException if {@code syntax} is not an RDF syntax
   */
  public void write(OutputStream out, ProfileFormat syntax) {
    Syntaxes.requireRdf(syntax);
    RDFWriter.source(toGraph()).format(Syntaxes.document(syntax)).output(out);
  }

  /** Builds a {@link DatasetDescription}, its coverage from the profiles added. Not thread-safe. */
  public static final class Builder {
    private final Iri dataset;
    private final MultilingualText title;
    private final MultilingualText description;
    private final Publisher publisher;
    private final Iri licence;
    private final List<Distribution> distributions = new ArrayList<>();
    private final SortedSet<NutsCode> regions = new TreeSet<>();
    private final SortedSet<CountryCode> countries = new TreeSet<>();
    private @Nullable LocalDate firstDay;
    private @Nullable LocalDate lastDay;
    private long profiles;

    private Builder(
        Iri dataset,
        MultilingualText title,
        MultilingualText description,
        Publisher publisher,
        Iri licence) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      this.title = Objects.requireNonNull(title, "title");
      this.description = Objects.requireNonNull(description, "description");
      this.publisher = Objects.requireNonNull(publisher, "publisher");
      this.licence = Objects.requireNonNull(licence, "licence");
    }

    /** Adds a file of the data set as published. */
    public Builder distribution(ProfileFormat format, Iri url) {
      distributions.add(new Distribution(format, url));
      return this;
    }

    /** Adds a profile of the data set to its coverage; profiles are not kept. */
    public Builder add(ClusterProfile profile) {
      profiles++;
      NutsCode region = profile.organisation().location().region();
      if (region != null) {
        regions.add(region);
      }
      CountryCode country = profile.organisation().location().country();
      if (country != null) {
        countries.add(country);
      }
      LocalDate made = LocalDate.ofInstant(profile.metadata().created(), ZoneOffset.UTC);
      LocalDate changed = LocalDate.ofInstant(profile.metadata().lastModified(), ZoneOffset.UTC);
      firstDay = firstDay == null || made.isBefore(firstDay) ? made : firstDay;
      lastDay = lastDay == null || changed.isAfter(lastDay) ? changed : lastDay;
      return this;
    }

    /**
     * Returns the description.
     *
     * @throws IllegalStateException without a distribution: a data set that cannot be downloaded is
     *     not published
     */
    public DatasetDescription build() {
      if (distributions.isEmpty()) {
        throw new IllegalStateException(
            "a data set description needs at least one distribution: where the data is published");
      }
      return new DatasetDescription(
          dataset,
          title,
          description,
          publisher,
          licence,
          distributions,
          regions,
          countries,
          firstDay,
          lastDay,
          profiles);
    }
  }
}
