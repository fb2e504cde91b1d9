package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonLimitExceededException;
import eu.clusterdata.json.JsonLimits;
import eu.clusterdata.json.JsonShapeException;
import eu.clusterdata.json.JsonSyntaxException;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Creates parsers and generators with the configured limits and reads whole documents, turning
 * Jackson's exceptions into this module's. Immutable and thread-safe.
 */
public final class JsonIo {

  private final JsonFactory documents;
  private final JsonFactory streams;
  private final boolean keepUnknownFields;
  private final long maxProfileBytes;

  public JsonIo(JsonLimits limits, boolean keepUnknownFields) {
    this.maxProfileBytes = limits.maxProfileBytes();
    this.documents = factory(limits, limits.maxProfileBytes());
    this.streams = factory(limits, -1);
    this.keepUnknownFields = keepUnknownFields;
  }

  private static JsonFactory factory(JsonLimits limits, long maxDocumentLength) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build();
    // No STRICT_DUPLICATE_DETECTION: the codecs, which read every object, refuse a name given
    // twice themselves (Duplicates), without a set of names for each object.
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /** Creates a parser; may already fail, for example on a string over the size limit. */
  public interface ParserSource {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /**
   * Reads one document from UTF-8 bytes; does not close {@code in}. The document is read into
   * memory first (it is bounded by the profile size limit), so that errors can name their column in
   * characters.
   */
  public <T> T read(InputStream in, Codec<T> codec) {
    int limit = (int) Math.min(maxProfileBytes + 1, Integer.MAX_VALUE - 8);
    byte[] content;
    int length = 0;
    try {
      // One buffer, as large as the stream says it holds (a byte more, to see its end), grown
      // only if it holds more; the parser reads its first bytes, without a copy to the length.
      content = new byte[Math.max(1, Math.min(limit, Math.max(8192, in.available() + 1)))];
      for (int n; length < limit; length += n) {
        if (length == content.length) {
          content = Arrays.copyOf(content, (int) Math.min(limit, 2L * content.length));
        }
        n = in.read(content, length, content.length - length);
        if (n < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (length > maxProfileBytes) {
      throw tooLarge();
    }
    return read(content, length, codec, 1);
  }

  /**
   * Reads one document held in a string, as its UTF-8 bytes: the size limit counts bytes, as for
   * every other input (Jackson before 2.21 did not apply its document length to strings).
   */
  public <T> T read(String json, Codec<T> codec) {
    if (json.length() > maxProfileBytes) {
      throw tooLarge();
    }
    byte[] content = json.getBytes(StandardCharsets.UTF_8);
    if (content.length > maxProfileBytes) {
      throw tooLarge();
    }
    return read(content, content.length, codec, 1);
  }

  private JsonLimitExceededException tooLarge() {
    return new JsonLimitExceededException(
        Message.of(
            "json.limit", Message.of("json.limit.profile-bytes"), maxProfileBytes, "profile-bytes"),
        "",
        0,
        0,
        null);
  }

  /**
   * Reads one document held in the first {@code length} bytes of {@code json}, which start on line
   * {@code firstLine} of the input.
   */
  <T> T read(byte[] json, int length, Codec<T> codec, long firstLine) {
    return read(
        factory -> factory.createParser(json, 0, length), codec, Positions.of(json, firstLine));
  }

  /** Returns a parser over a stream of any length; each record is bounded by the other limits. */
  JsonParser streamParser(InputStream in) throws IOException {
    return streams.createParser(in);
  }

  /** Returns a UTF-8 generator that leaves {@code out} open when closed. */
  public JsonGenerator generator(OutputStream out, boolean prettyPrint) throws IOException {
    JsonGenerator generator = documents.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (prettyPrint) {
      // "\n" whatever the platform, so that the same profile always gives the same bytes.
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      generator.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }
    return generator;
  }

  /** Reads one whole document with {@code codec}, bounded by the profile size limit. */
  private <T> T read(ParserSource source, Codec<T> codec, Positions positions) {
    @Nullable JsonParser parser = null;
    try {
      parser = source.open(documents);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return readDocument(parser, codec, positions);
    } catch (IOException e) {
      throw translate(e, parser, positions);
    }
  }

  private <T> T readDocument(JsonParser parser, Codec<T> codec, Positions positions)
      throws IOException {
    try (parser) {
      if (parser.nextToken() == null) {
        throw new JsonSyntaxException(
            Message.of("json.empty"), "", positions.line(parser.currentLocation()), 0, null);
      }
      T value = readValue(parser, codec, positions);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new JsonSyntaxException(
            Message.of("json.trailing.document"),
            "",
            positions.line(at),
            positions.column(at),
            null);
      }
      return value;
    }
  }

  /** Reads the value at the current token, throwing a shape exception listing every problem. */
  <T> T readValue(JsonParser parser, Codec<T> codec, Positions positions) throws IOException {
    ReadContext context = new ReadContext(keepUnknownFields, positions);
    T value = codec.read(parser, context);
    if (value == null || !context.problems().isEmpty()) {
      throw new JsonShapeException(context.problems());
    }
    return value;
  }

  /**
   * Turns an I/O or Jackson exception into this module's exception in the project's words: where
   * (path, line, column in characters), what, and for limits and encodings what to do.
   */
  static RuntimeException translate(
      IOException e, @Nullable JsonParser parser, Positions positions) {
    JsonLocation at =
        e instanceof JsonProcessingException p && p.getLocation() != null
            ? p.getLocation()
            : parser != null ? parser.currentLocation() : JsonLocation.NA;
    String path = parser == null ? "" : JsonPaths.of(parser.getParsingContext());
    long line = positions.line(at);
    long column = positions.column(at);
    if (e instanceof StreamConstraintsException limit) {
      return new JsonLimitExceededException(
          limitMessage(limit.getOriginalMessage()), path, line, column, e);
    }
    String detail =
        e instanceof JsonProcessingException syntax
            ? firstLine(syntax.getOriginalMessage())
            : String.valueOf(e.getMessage());
    if (e instanceof java.io.CharConversionException || detail.startsWith("Invalid UTF-8")) {
      // The parser's words ("Invalid UTF-8 middle byte 0x43") are for developers: the steward
      // needs where and what to do. The code tells readers of many records to say it once.
      return new JsonSyntaxException(ENCODING, Message.of("json.not-utf8"), path, line, column, e);
    }
    if (e instanceof JsonProcessingException) {
      return new JsonSyntaxException(syntax(detail), path, line, column, e);
    }
    return new UncheckedIOException(e);
  }

  /** The code of an input that is not UTF-8: a problem of the whole input, not of one record. */
  public static final String ENCODING = "json.encoding";

  private static final java.util.regex.Pattern CHARACTER =
      java.util.regex.Pattern.compile("^Unexpected character \\((.+?) \\(code \\d+\\)\\)");
  private static final java.util.regex.Pattern CLOSE =
      java.util.regex.Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

  /** Where Jackson says where it was: its reader's internals, which the path and line say. */
  private static final java.util.regex.Pattern JACKSON_WHERE =
      java.util.regex.Pattern.compile(
          "\\s*\\((?:for \\w+ starting )?at \\[Source:.*?\\]\\)|\\s*at \\[Source:.*$");

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("^(?:Unrecognized token|Duplicate field) '([^']*)'");

  /**
   * Jackson's syntax messages are English and speak of its internals; the common ones are said in
   * the project's words, in the reader's language. Others keep Jackson's first line.
   */
  static Message syntax(String detail) {
    if (detail.startsWith("Unexpected end-of-input")) {
      return Message.of("json.syntax.end");
    }
    java.util.regex.Matcher character = CHARACTER.matcher(detail);
    if (character.find()) {
      String expected =
          detail.contains("was expecting comma")
              ? ".comma"
              : detail.contains("was expecting double-quote") ? ".field-name" : "";
      return Message.of("json.syntax.character" + expected, character.group(1));
    }
    java.util.regex.Matcher close = CLOSE.matcher(detail);
    if (close.find()) {
      return Message.of(
          "json.syntax.close", "'" + close.group(1) + "'", "'" + close.group(2) + "'");
    }
    java.util.regex.Matcher quoted = QUOTED.matcher(detail);
    if (quoted.find()) {
      return Message.of(
          detail.startsWith("Duplicate") ? "json.syntax.duplicate" : "json.syntax.token",
          quoted.group(1));
    }
    return Message.of("json.syntax", JACKSON_WHERE.matcher(detail).replaceAll(""));
  }

  /** Recognised by the constraint's name in Jackson's message, which names its getter. */
  private static final java.util.Map<String, String> LIMITS =
      java.util.Map.of(
          "getMaxStringLength", "string-length",
          "getMaxNumberLength", "number-length",
          "getMaxNameLength", "name-length",
          "getMaxNestingDepth", "nesting-depth",
          "getMaxDocumentLength", "profile-bytes");

  private static final java.util.regex.Pattern NUMBERS =
      java.util.regex.Pattern.compile("\\((\\d+)\\).*\\((\\d+)");

  private static Message limitMessage(String detail) {
    for (var limit : LIMITS.entrySet()) {
      if (detail.contains(limit.getKey())) {
        java.util.regex.Matcher numbers = NUMBERS.matcher(detail);
        String name = limit.getValue();
        if (numbers.find()) {
          return Message.of(
              "json.limit",
              Message.of("json.limit." + name),
              Long.parseLong(numbers.group(2)),
              name,
              Long.parseLong(numbers.group(1)));
        }
      }
    }
    return Message.of("json.syntax", detail);
  }

  /** Jackson appends hints on further lines; the first says what is wrong. */
  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  static ClusterJsonException asClusterJson(RuntimeException e) {
    if (e instanceof ClusterJsonException known) {
      return known;
    }
    return new JsonSyntaxException(Message.plain(String.valueOf(e.getMessage())), "", 0, 0, e);
  }
}
