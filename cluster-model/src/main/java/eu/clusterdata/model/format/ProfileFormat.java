package eu.clusterdata.model.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a file of cluster profiles can take, each named once with its names, file extensions
 * and media type: the one registry that the JSON and RDF modules, the readers of any format and the
 * command line all consult. A format is told by an option ({@link #forName}), a file name ({@link
 * #forFileName}) or the first bytes of the content ({@link #sniff}).
 */
public enum ProfileFormat {
  /** One profile document, or a JSON array of them. */
  JSON("application/json", false, "json"),
  /** JSON Lines: one profile document per line. */
  JSON_LINES("application/x-ndjson", false, "jsonl", "ndjson"),
  /** Turtle. */
  TURTLE("text/turtle", false, "ttl"),
  /** N-Triples. */
  N_TRIPLES("application/n-triples", false, "nt"),
  /** RDF/XML. */
  RDF_XML("application/rdf+xml", false, "rdf", "owl", "xml"),
  /** JSON-LD 1.1. */
  JSON_LD("application/ld+json", false, "jsonld"),
  /** TriG: one named graph per profile. */
  TRIG("application/trig", true, "trig"),
  /** N-Quads: one named graph per profile. */
  N_QUADS("application/n-quads", true, "nq"),
  /** An Excel workbook with one sheet per kind of row (cluster-tabular's layout). */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
  /** A zip archive of CSV files, one per sheet of the same layout. */
  CSV_ZIP("application/zip", false, "zip");

  /**
   * The IRI of the JSON-LD context of the {@link #JSON_LD} format, which its documents carry.
   * Readers never fetch it: the RDF module serves it from its jar. The plain {@link #JSON} format
   * is not JSON-LD, and its readers refuse a document that names a context.
   */
  public static final String CONTEXT = "https://clusterdata.eu/ns/context.jsonld";

  private static final int SNIFF_BYTES = 8192;

  /** An IRI, a blank node or a literal with its language or datatype, as N-Quads writes them. */
  private static final Pattern TERM =
      Pattern.compile("<[^>]*>|_:\\S+|\"(?:[^\"\\\\]|\\\\.)*\"(?:@[A-Za-z0-9-]+|\\^\\^<[^>]*>)?");

  private final String mediaType;
  private final boolean namedGraphs;
  private final List<String> extensions;

  ProfileFormat(String mediaType, boolean namedGraphs, String... extensions) {
    this.mediaType = mediaType;
    this.namedGraphs = namedGraphs;
    this.extensions = List.of(extensions);
  }

  /** Returns the short name users type, which is also the usual file extension: {@code ttl}. */
  public String shortName() {
    return extensions.get(0);
  }

  /** Returns the file extensions, without dots, the usual one first. */
  public List<String> fileExtensions() {
    return extensions;
  }

  /** Returns the IANA media type. */
  public String mediaType() {
    return mediaType;
  }

  /** Returns whether this is an RDF syntax rather than the library's own JSON or tables. */
  public boolean isRdf() {
    return this != JSON && this != JSON_LINES && !isTabular();
  }

  /** Returns whether this is a spreadsheet or a zip of CSV files. */
  public boolean isTabular() {
    return this == XLSX || this == CSV_ZIP;
  }

  /** Returns whether the syntax holds named graphs, one per profile. */
  public boolean hasNamedGraphs() {
    return namedGraphs;
  }

  /** Returns the short names of all formats, comma separated, for messages. */
  public static String shortNames() {
    return String.join(", ", Arrays.stream(values()).map(ProfileFormat::shortName).toList());
  }

  /**
   * Returns the format a name denotes: a short name or extension ({@code ttl}, {@code ndjson}), the
   * constant's name in any case, with hyphens or not ({@code json-ld}, {@code turtle}), or the
   * media type.
   */
  public static Optional<ProfileFormat> forName(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("-", "_");
    for (ProfileFormat format : values()) {
      if (format.name().equalsIgnoreCase(lower)
          || format.extensions.contains(lower.replace("_", ""))
          || format.mediaType.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Returns the format a file name tells by its extension, if it does. */
  public static Optional<ProfileFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ProfileFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith("." + extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the format of a file: the one its name tells ({@link #forFileName}) or, where the name
   * does not tell or there is none (standard input), the one its content shows ({@link #sniff}).
   *
   * @param fileName the file's name, or {@code null} when there is none
   * @throws IOException if the stream cannot be read
   */
  public static Optional<ProfileFormat> detect(String fileName, BufferedInputStream in)
      throws IOException {
    Optional<ProfileFormat> byName = fileName == null ? Optional.empty() : forFileName(fileName);
    return byName.isPresent() ? byName : sniff(in);
  }

  /**
   * Returns the format the start of a stream shows, reading at most a few kilobytes and resetting
   * the stream; empty when the content does not say.
   *
   * @throws IOException if the stream cannot be read
   */
  public static Optional<ProfileFormat> sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      // A zip archive: a workbook's parts are named first ([Content_Types].xml, xl/...).
      String names = new String(head, StandardCharsets.ISO_8859_1);
      return Optional.of(
          names.contains("[Content_Types].xml") || names.contains("xl/") ? XLSX : CSV_ZIP);
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    char first = text.charAt(0);
    // A profile document may name its JSON-LD context too; its format version says what it is.
    boolean profileDocument = text.contains("\"formatVersion\"");
    if (first == '[') {
      return Optional.of(
          !profileDocument && (text.contains("\"@context\"") || text.contains("\"@id\""))
              ? JSON_LD
              : JSON);
    } else if (first == '{') {
      if (!profileDocument && (text.contains("\"@context\"") || text.contains("\"@graph\""))) {
        return Optional.of(JSON_LD);
      }
      String[] lines = text.split("\\R", 3);
      boolean oneRecordPerLine =
          lines.length > 1 && lines[0].strip().endsWith("}") && lines[1].strip().startsWith("{");
      return Optional.of(oneRecordPerLine ? JSON_LINES : JSON);
    } else if (text.startsWith("<?xml") || text.contains("<rdf:RDF")) {
      return Optional.of(RDF_XML);
    } else if (text.regionMatches(true, 0, "@prefix", 0, 7)
        || text.regionMatches(true, 0, "prefix", 0, 6)
        || text.regionMatches(true, 0, "@base", 0, 5)
        || text.regionMatches(true, 0, "base", 0, 4)) {
      return Optional.of(
          text.contains("GRAPH") || text.matches("(?s).*>\\s*\\{.*") ? TRIG : TURTLE);
    } else if (first == '<' || text.startsWith("_:")) {
      // N-Triples and N-Quads: a statement of four terms is a quad. Turtle reads N-Triples.
      Matcher terms = TERM.matcher(text.split("\\R", 2)[0]);
      int count = 0;
      while (terms.find()) {
        count++;
      }
      return Optional.of(count == 4 ? N_QUADS : TURTLE);
    }
    return Optional.empty();
  }
}
