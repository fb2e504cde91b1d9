package eu.clusterdata.io.internal;

import eu.clusterdata.io.UnreadableInputException;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.problem.Message;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells the format of an input: the one its name (or an option, or a media type) declares, checked
 * against what its first bytes show, or the one they show where nothing is declared. A declaration
 * that the content contradicts (a JSON array named {@code .jsonl}, a workbook named {@code .csv},
 * JSON named {@code .ttl}) is one clear error that names what the content is and what to do, rather
 * than one error per record of a reader that could never succeed.
 */
public final class Detection {

  private static final int SNIFF_BYTES = 8192;

  /**
   * How far to look for the end of the first line of JSON, to tell JSON Lines from one document: a
   * record of JSON Lines is often longer than the first look.
   */
  private static final int FIRST_LINE_BYTES = 1 << 20;

  /** What the first bytes of an input show, as far as it matters for a declared format. */
  enum Content {
    WORKBOOK("read.content.workbook"),
    ZIP("read.content.zip"),
    JSON_ARRAY("read.content.json-array"),
    /** Several lines, each one JSON object. */
    JSON_LINES("read.content.json-lines"),
    /** One JSON object spread over several lines. */
    JSON_DOCUMENT("read.content.json-document"),
    /** JSON that cannot be placed yet: one object on its one line so far, or a long first line. */
    JSON_OBJECT("read.content.json-document"),
    JSON_LD("read.content.json-ld"),
    RDF_XML("read.content.rdf-xml"),
    RDF_TEXT("read.content.rdf-text"),
    /** Empty, or not recognised: the reader will say what is wrong. */
    UNKNOWN("read.content.unknown");

    final String key;

    Content(String key) {
      this.key = key;
    }
  }

  private Detection() {}

  /**
   * Returns the format of an input.
   *
   * @param name the input's name, or {@code null} when it has none (standard input, a request body)
   * @param declared the format an option or a media type gives, or {@code null}
   * @param in the input, reset to its start afterwards
   * @throws UnreadableInputException if the format cannot be told, or the content contradicts the
   *     declared format
   */
  public static ProfileFormat detect(
      @Nullable String name, @Nullable ProfileFormat declared, BufferedInputStream in)
      throws IOException {
    String shown = name == null ? "" : name;
    byte[] head = head(in);
    Content content = classify(head);
    ProfileFormat format =
        declared != null
            ? declared
            : name == null ? null : ProfileFormat.forFileName(name).orElse(null);
    if (format == null) {
      Optional<ProfileFormat> sniffed = shown(content, head);
      if (sniffed.isEmpty()) {
        throw new UnreadableInputException(
            "read.format", shown, Message.of("read.unknown-format", ProfileFormat.shortNames()));
      }
      return sniffed.get();
    }
    ProfileFormat better = contradiction(format, content);
    if (better != null) {
      throw new UnreadableInputException(
          "read.format",
          shown,
          Message.of(
              "read.format.mismatch", Message.of(content.key), format.title(), better.shortName()));
    }
    return format;
  }

  /**
   * Returns the format the content is in where it contradicts {@code declared}, or {@code null}
   * where it does not (or cannot be told from the first bytes).
   */
  static @Nullable ProfileFormat contradiction(ProfileFormat declared, Content content) {
    if (declared == ProfileFormat.CSV) {
      // text of any kind may be a CSV file; a workbook, an archive or JSON is not
      return switch (content) {
        case WORKBOOK -> ProfileFormat.XLSX;
        case ZIP -> ProfileFormat.CSV_ZIP;
        case JSON_ARRAY, JSON_DOCUMENT, JSON_OBJECT -> ProfileFormat.JSON;
        case JSON_LINES -> ProfileFormat.JSON_LINES;
        case JSON_LD -> ProfileFormat.JSON_LD;
        case RDF_XML -> ProfileFormat.RDF_XML;
        case RDF_TEXT, UNKNOWN -> null;
      };
    }
    return switch (content) {
      case UNKNOWN -> null;
      case WORKBOOK -> declared == ProfileFormat.XLSX ? null : ProfileFormat.XLSX;
      case ZIP -> declared == ProfileFormat.CSV_ZIP ? null : ProfileFormat.CSV_ZIP;
      case JSON_ARRAY, JSON_DOCUMENT ->
          declared == ProfileFormat.JSON || declared == ProfileFormat.JSON_LD
              ? null
              : ProfileFormat.JSON;
      case JSON_LINES -> declared == ProfileFormat.JSON_LINES ? null : ProfileFormat.JSON_LINES;
      case JSON_OBJECT ->
          declared == ProfileFormat.JSON
                  || declared == ProfileFormat.JSON_LINES
                  || declared == ProfileFormat.JSON_LD
              ? null
              : ProfileFormat.JSON;
      case JSON_LD -> declared == ProfileFormat.JSON_LD ? null : ProfileFormat.JSON_LD;
      case RDF_XML -> declared == ProfileFormat.RDF_XML ? null : ProfileFormat.RDF_XML;
      case RDF_TEXT ->
          declared.isRdf() && declared != ProfileFormat.RDF_XML && declared != ProfileFormat.JSON_LD
              ? null
              : ProfileFormat.TURTLE;
    };
  }

  /** The format {@code content} is in, where the content alone tells it. */
  private static Optional<ProfileFormat> shown(Content content, byte[] head) {
    return switch (content) {
      case WORKBOOK -> Optional.of(ProfileFormat.XLSX);
      case ZIP -> Optional.of(ProfileFormat.CSV_ZIP);
      case JSON_ARRAY, JSON_DOCUMENT, JSON_OBJECT -> Optional.of(ProfileFormat.JSON);
      case JSON_LINES -> Optional.of(ProfileFormat.JSON_LINES);
      case JSON_LD -> Optional.of(ProfileFormat.JSON_LD);
      case RDF_XML, RDF_TEXT, UNKNOWN -> ProfileFormat.sniff(head);
    };
  }

  /**
   * The first bytes of {@code in}, to tell its content by; resets the stream. Reads what has
   * arrived, waiting only for the first bytes, so that a stream still being written (a pipe, a
   * request) is not held up until a whole look's worth is there.
   */
  static byte[] head(BufferedInputStream in) throws IOException {
    in.mark(FIRST_LINE_BYTES);
    byte[] head = arrived(in, SNIFF_BYTES);
    int firstLineEnd = indexOf(head, head.length, (byte) '\n');
    if (firstLineEnd < 0 && head.length == SNIFF_BYTES && firstNonBlank(head) == '{') {
      // A long first line: read on to its end, within the limit, to see what follows it.
      byte[] more = arrived(in, FIRST_LINE_BYTES - SNIFF_BYTES - 1);
      byte[] joined = java.util.Arrays.copyOf(head, head.length + more.length);
      System.arraycopy(more, 0, joined, head.length, more.length);
      int end = indexOf(joined, joined.length, (byte) '\n');
      head =
          end < 0
              ? joined
              : java.util.Arrays.copyOf(joined, Math.min(joined.length, end + SNIFF_BYTES));
    }
    in.reset();
    return head;
  }

  /**
   * Up to {@code limit} bytes: waits for the first, then takes only what is there without waiting.
   */
  private static byte[] arrived(BufferedInputStream in, int limit) throws IOException {
    byte[] bytes = new byte[limit];
    int total = in.read(bytes, 0, limit);
    if (total < 0) {
      return new byte[0];
    }
    while (total < limit && in.available() > 0) {
      int n = in.read(bytes, total, limit - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return java.util.Arrays.copyOf(bytes, total);
  }

  /** What the first bytes of a content show. */
  static Content classify(byte[] head) {
    if (head.length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      String names = new String(head, StandardCharsets.ISO_8859_1);
      return names.contains("[Content_Types].xml") || names.contains("xl/")
          ? Content.WORKBOOK
          : Content.ZIP;
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      return Content.UNKNOWN;
    }
    boolean profileDocument = text.contains("\"formatVersion\"");
    boolean linkedData =
        text.contains("\"@context\"") || text.contains("\"@graph\"") || text.contains("\"@id\"");
    char first = text.charAt(0);
    if (first == '[') {
      return linkedData && !profileDocument ? Content.JSON_LD : Content.JSON_ARRAY;
    } else if (first == '{') {
      if (linkedData && !profileDocument) {
        return Content.JSON_LD;
      }
      int end = text.indexOf('\n');
      if (end < 0) {
        return Content.JSON_OBJECT; // one line so far: a document, or a long first record
      }
      String firstLine = text.substring(0, end).strip();
      if (firstLine.equals("{")) {
        return Content.JSON_DOCUMENT; // as pretty printers write a document
      } else if (!firstLine.endsWith("}")) {
        return Content.UNKNOWN; // a broken first record, say: the reader will tell
      }
      String rest = text.substring(end + 1).strip();
      return rest.isEmpty() ? Content.JSON_OBJECT : Content.JSON_LINES;
    }
    Optional<ProfileFormat> rdf = ProfileFormat.sniff(head);
    if (rdf.isPresent()) {
      return rdf.get() == ProfileFormat.RDF_XML ? Content.RDF_XML : Content.RDF_TEXT;
    }
    return Content.UNKNOWN;
  }

  private static int indexOf(byte[] bytes, int length, byte b) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xff) < 0x80) {
        return b;
      }
    }
    return -1;
  }
}
