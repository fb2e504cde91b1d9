package eu.clusterdata.cli;

import eu.clusterdata.rdf.RdfSyntax;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms a profile file can take, told by the file name or, failing that, by its content. */
enum Format {
  JSON(null, "json"),
  JSON_LINES(null, "jsonl", "ndjson"),
  TURTLE(RdfSyntax.TURTLE, "ttl"),
  N_TRIPLES(RdfSyntax.N_TRIPLES, "nt"),
  RDF_XML(RdfSyntax.RDF_XML, "rdf", "owl", "xml"),
  JSON_LD(RdfSyntax.JSON_LD, "jsonld"),
  TRIG(RdfSyntax.TRIG, "trig"),
  N_QUADS(RdfSyntax.N_QUADS, "nq");

  private static final int SNIFF_BYTES = 8192;

  /** An IRI, a blank node or a literal with its language or datatype, as N-Quads writes them. */
  private static final Pattern TERM =
      Pattern.compile("<[^>]*>|_:\\S+|\"(?:[^\"\\\\]|\\\\.)*\"(?:@[A-Za-z0-9-]+|\\^\\^<[^>]*>)?");

  private final RdfSyntax rdf;
  private final List<String> extensions;

  Format(RdfSyntax rdf, String... extensions) {
    this.rdf = rdf;
    this.extensions = List.of(extensions);
  }

  /** The RDF syntax, or {@code null} for the JSON forms. */
  RdfSyntax rdf() {
    return rdf;
  }

  /** The name users type: {@code json}, {@code jsonl}, {@code ttl} ... */
  String optionName() {
    return extensions.get(0);
  }

  static String optionNames() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Format::optionName).toList());
  }

  /** The format an option names: {@code ttl}, {@code turtle}, {@code jsonl}, {@code json-ld}. */
  static Format parse(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("-", "_");
    for (Format format : values()) {
      if (format.name().equalsIgnoreCase(lower)
          || format.extensions.contains(lower.replace("_", ""))) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format " + name + "; use one of " + optionNames());
  }

  /** The format a file name tells by its extension. */
  static Optional<Format> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith("." + extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The format the start of a stream shows, reading at most a few kilobytes and resetting the
   * stream; empty when the content does not say.
   */
  static Optional<Format> sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    char first = text.charAt(0);
    if (first == '[') {
      return Optional.of(
          text.contains("\"@context\"") || text.contains("\"@id\"") ? JSON_LD : JSON);
    } else if (first == '{') {
      if (text.contains("\"@context\"") || text.contains("\"@graph\"")) {
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
