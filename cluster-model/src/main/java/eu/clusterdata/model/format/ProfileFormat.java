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
 * The forms a file of cluster profiles can take, each named once with its names, file extensions,
 * media type and how it holds several profiles: the one registry of formats that every module
 * consults (the JSON, RDF and table modules take these constants, the {@code cluster-io} module's
 * {@code ProfileSource} and {@code ProfileSink} read and write all of them, and the command line
 * and the Spring Boot integration name them). A format is told by an option ({@link #forName}), a
 * file name ({@link #forFileName}), a media type ({@link #forMediaType}) or the first bytes of the
 * content ({@link #sniff}).
 */
public enum ProfileFormat {
  /** One profile document, or a JSON array of them. */
  JSON("JSON", "application/json", Layout.APART, "json"),
  /** JSON Lines: one profile document per line. */
  JSON_LINES("JSON Lines", "application/x-ndjson", Layout.APART, "jsonl", "ndjson"),
  /** Turtle. */
  TURTLE("Turtle", "text/turtle", Layout.ONE_GRAPH, "ttl"),
  /** N-Triples. */
  N_TRIPLES("N-Triples", "application/n-triples", Layout.ONE_GRAPH, "nt"),
  /** RDF/XML. */
  RDF_XML("RDF/XML", "application/rdf+xml", Layout.ONE_GRAPH_WHOLE, "rdf", "owl", "xml"),
  /** JSON-LD 1.1. */
  JSON_LD("JSON-LD", "application/ld+json", Layout.ONE_GRAPH_WHOLE, "jsonld"),
  /** TriG: one named graph per profile. */
  TRIG("TriG", "application/trig", Layout.NAMED_GRAPHS, "trig"),
  /** N-Quads: one named graph per profile. */
  N_QUADS("N-Quads", "application/n-quads", Layout.NAMED_GRAPHS, "nq"),
  /** An Excel workbook with one sheet per kind of row (cluster-tabular's layout). */
  XLSX(
      "Excel workbook",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      Layout.WHOLE,
      "xlsx"),
  /** A zip archive of CSV files, one per sheet of the same layout. */
  CSV_ZIP("zip of CSV files", "application/zip", Layout.WHOLE, "zip"),
  /**
   * One CSV file: the {@code clusters} sheet of the tabular layout alone, one row per profile, such
   * as a spreadsheet saves; a profile with records of a list (actors, services...) cannot be
   * written to it ({@link eu.clusterdata.model.validation.Rule#FORMAT_ONE_SHEET}).
   */
  CSV("CSV", "text/csv", Layout.WHOLE, "csv");

  /** How a format holds several profiles. */
  private enum Layout {
    /** Each profile is its own document or line, written as it comes. */
    APART,
    /** All profiles in one graph, written as they come. */
    ONE_GRAPH,
    /** All profiles in one graph, written whole at the end. */
    ONE_GRAPH_WHOLE,
    /** Each profile in its own named graph, written as it comes. */
    NAMED_GRAPHS,
    /** Each profile in its own rows, written whole at the end. */
    WHOLE
  }

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

  private final String title;
  private final String mediaType;
  private final Layout layout;
  private final List<String> extensions;

  ProfileFormat(String title, String mediaType, Layout layout, String... extensions) {
    this.title = title;
    this.mediaType = mediaType;
    this.layout = layout;
    this.extensions = List.of(extensions);
  }

  /** Returns the format's name for people: {@code JSON Lines}, {@code Turtle}. */
  public String title() {
    return title;
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
    return this == XLSX || this == CSV_ZIP || this == CSV;
  }

  /** Returns whether the syntax holds named graphs, one per profile. */
  public boolean hasNamedGraphs() {
    return layout == Layout.NAMED_GRAPHS;
  }

  /**
   * Returns whether each profile stays apart from the others: its own document, line, rows or named
   * graph. In the other formats (Turtle, N-Triples, RDF/XML, JSON-LD) all profiles share one graph,
   * where the entities they share (an actor that is a member of two clusters) are one.
   */
  public boolean keepsProfilesApart() {
    return layout == Layout.APART || layout == Layout.NAMED_GRAPHS || layout == Layout.WHOLE;
  }

  /**
   * Returns whether a writer holds the profiles and writes them at the end (RDF/XML, JSON-LD and
   * the tables), rather than one by one in constant memory.
   */
  public boolean isWrittenWhole() {
    return layout == Layout.ONE_GRAPH_WHOLE || layout == Layout.WHOLE;
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

  /**
   * Returns the format of a media type, ignoring its parameters ({@code text/turtle;
   * charset=utf-8}); {@code application/x-ndjson} and {@code application/jsonl} are JSON Lines.
   */
  public static Optional<ProfileFormat> forMediaType(String mediaType) {
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/jsonl") || type.equals("application/json-lines")) {
      return Optional.of(JSON_LINES);
    }
    for (ProfileFormat format : values()) {
      if (format.mediaType.equals(type)) {
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
   * Returns the format the start of a stream shows, reading at most a few kilobytes and resetting
   * the stream; empty when the content does not say.
   *
   * @throws IOException if the stream cannot be read
   */
  public static Optional<ProfileFormat> sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return sniff(head);
  }

  /** Returns the format the first bytes of a content show; empty when they do not say. */
  public static Optional<ProfileFormat> sniff(byte[] head) {
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
