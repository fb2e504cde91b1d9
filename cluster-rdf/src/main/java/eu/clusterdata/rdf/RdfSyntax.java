package eu.clusterdata.rdf;

import eu.clusterdata.model.format.ProfileFormat;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes profiles are written and read in. */
public enum RdfSyntax {
  TURTLE(ProfileFormat.TURTLE, Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
  N_TRIPLES(ProfileFormat.N_TRIPLES, Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
  RDF_XML(ProfileFormat.RDF_XML, Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
  JSON_LD(ProfileFormat.JSON_LD, Lang.JSONLD11, RDFFormat.JSONLD11),
  /** TriG: one named graph per profile, named by the organisation's identifier. */
  TRIG(ProfileFormat.TRIG, Lang.TRIG, RDFFormat.TRIG_PRETTY),
  /** N-Quads: one named graph per profile, named by the organisation's identifier. */
  N_QUADS(ProfileFormat.N_QUADS, Lang.NQUADS, RDFFormat.NQUADS_UTF8);

  private final ProfileFormat profileFormat;
  private final Lang lang;
  private final RDFFormat format;

  RdfSyntax(ProfileFormat profileFormat, Lang lang, RDFFormat format) {
    this.profileFormat = profileFormat;
    this.lang = lang;
    this.format = format;
  }

  /** Returns the entry of the format registry this syntax implements. */
  public ProfileFormat profileFormat() {
    return profileFormat;
  }

  /**
   * Returns the RDF syntax of a format of the registry.
   *
   * @throws IllegalArgumentException if the format is not an RDF syntax
   */
  public static RdfSyntax of(ProfileFormat format) {
    for (RdfSyntax syntax : values()) {
      if (syntax.profileFormat == format) {
        return syntax;
      }
    }
    throw new IllegalArgumentException(format + " is not an RDF syntax");
  }

  /** Returns Jena's language of this syntax. */
  public Lang lang() {
    return lang;
  }

  /** Returns the format Jena writes this syntax in. */
  public RDFFormat format() {
    return format;
  }

  /** Returns whether the syntax holds named graphs, one per profile. */
  public boolean hasNamedGraphs() {
    return profileFormat.hasNamedGraphs();
  }

  /** Returns the usual file extension, with its dot. */
  public String fileExtension() {
    return "." + profileFormat.shortName();
  }

  /** Returns the syntax a file name's extension names, if any. */
  public static java.util.Optional<RdfSyntax> forFileName(String name) {
    return ProfileFormat.forFileName(name).filter(ProfileFormat::isRdf).map(RdfSyntax::of);
  }
}
