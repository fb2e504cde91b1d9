package eu.clusterdata.rdf;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes profiles are written and read in. */
public enum RdfSyntax {
  TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, false, ".ttl"),
  N_TRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, false, ".nt"),
  RDF_XML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false, ".rdf"),
  JSON_LD(Lang.JSONLD11, RDFFormat.JSONLD11, false, ".jsonld"),
  /** TriG: one named graph per profile, named by the organisation's identifier. */
  TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, true, ".trig"),
  /** N-Quads: one named graph per profile, named by the organisation's identifier. */
  N_QUADS(Lang.NQUADS, RDFFormat.NQUADS_UTF8, true, ".nq");

  private final Lang lang;
  private final RDFFormat format;
  private final boolean quads;
  private final String extension;

  RdfSyntax(Lang lang, RDFFormat format, boolean quads, String extension) {
    this.lang = lang;
    this.format = format;
    this.quads = quads;
    this.extension = extension;
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
    return quads;
  }

  /** Returns the usual file extension, with its dot. */
  public String fileExtension() {
    return extension;
  }

  /** Returns the syntax a file name's extension names, if any. */
  public static java.util.Optional<RdfSyntax> forFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (RdfSyntax syntax : values()) {
      if (lower.endsWith(syntax.extension)) {
        return java.util.Optional.of(syntax);
      }
    }
    return lower.endsWith(".owl") || lower.endsWith(".xml")
        ? java.util.Optional.of(RDF_XML)
        : java.util.Optional.empty();
  }
}
