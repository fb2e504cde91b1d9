package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.format.ProfileFormat;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Jena's language and writer format of each RDF syntax of the format registry. */
public final class Syntaxes {

  private Syntaxes() {}

  /**
   * Returns {@code format} if it is an RDF syntax.
   *
   * @throws IllegalArgumentException naming the format if it is not
   */
  public static ProfileFormat requireRdf(ProfileFormat format) {
    if (!format.isRdf()) {
      throw new IllegalArgumentException(
          "the RDF module reads and writes Turtle, N-Triples, RDF/XML, JSON-LD, TriG and N-Quads,"
              + " not "
              + format.title());
    }
    return format;
  }

  /** Returns Jena's language of an RDF syntax. */
  public static Lang lang(ProfileFormat format) {
    return switch (requireRdf(format)) {
      case TURTLE -> Lang.TURTLE;
      case N_TRIPLES -> Lang.NTRIPLES;
      case RDF_XML -> Lang.RDFXML;
      case JSON_LD -> Lang.JSONLD11;
      case TRIG -> Lang.TRIG;
      default -> Lang.NQUADS;
    };
  }

  /** Returns the format Jena writes a whole document of an RDF syntax in. */
  public static RDFFormat document(ProfileFormat format) {
    return switch (requireRdf(format)) {
      case TURTLE -> RDFFormat.TURTLE_PRETTY;
      case N_TRIPLES -> RDFFormat.NTRIPLES_UTF8;
      case RDF_XML -> RDFFormat.RDFXML_PLAIN;
      case JSON_LD -> RDFFormat.JSONLD11;
      case TRIG -> RDFFormat.TRIG_PRETTY;
      default -> RDFFormat.NQUADS_UTF8;
    };
  }

  /**
   * Returns the format Jena streams an RDF syntax in, one profile after another.
   *
   * @throws IllegalArgumentException for RDF/XML, which is written whole, and Turtle and JSON-LD,
   *     which {@link TurtleWriter} and {@link JsonLdWriter} stream
   */
  public static RDFFormat stream(ProfileFormat format) {
    return switch (requireRdf(format)) {
      case N_TRIPLES -> RDFFormat.NTRIPLES_UTF8;
      case N_QUADS -> RDFFormat.NQUADS_UTF8;
      case TRIG -> RDFFormat.TRIG_BLOCKS;
      default ->
          throw new IllegalArgumentException(
              format.title()
                  + " cannot be written as a stream; use N-Triples, N-Quads, Turtle, TriG or JSON-LD");
    };
  }
}
