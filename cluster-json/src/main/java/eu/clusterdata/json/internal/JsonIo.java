package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonLimitExceededException;
import eu.clusterdata.json.JsonLimits;
import eu.clusterdata.json.JsonShapeException;
import eu.clusterdata.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Creates parsers and generators with the configured limits and reads whole documents, turning
 * Jackson's exceptions into this module's. Immutable and thread-safe.
 */
public final class JsonIo {

  private final JsonFactory documents;
  private final JsonFactory streams;
  private final boolean keepUnknownFields;

  public JsonIo(JsonLimits limits, boolean keepUnknownFields) {
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
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /** Creates a parser; may already fail, for example on a string over the size limit. */
  public interface ParserSource {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /** Reads one document from UTF-8 bytes; does not close {@code in}. */
  public Object read(InputStream in, Codec codec) {
    return read(factory -> factory.createParser(in), codec);
  }

  /** Reads one document held in a string. */
  public Object read(String json, Codec codec) {
    return read(factory -> factory.createParser(json), codec);
  }

  /** Reads one document held in the first {@code length} bytes of {@code json}. */
  Object read(byte[] json, int length, Codec codec) {
    return read(factory -> factory.createParser(json, 0, length), codec);
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
  private Object read(ParserSource source, Codec codec) {
    JsonParser parser = null;
    try {
      parser = source.open(documents);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return readDocument(parser, codec);
    } catch (IOException e) {
      throw translate(e, parser);
    }
  }

  private Object readDocument(JsonParser parser, Codec codec) throws IOException {
    try (parser) {
      if (parser.nextToken() == null) {
        throw new JsonSyntaxException("the input is empty; expected a JSON document", 1, 1, null);
      }
      Object value = readValue(parser, codec);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new JsonSyntaxException(
            "unexpected content after the end of the document",
            at.getLineNr(),
            at.getColumnNr(),
            null);
      }
      return value;
    }
  }

  /** Reads the value at the current token, throwing a shape exception listing every problem. */
  Object readValue(JsonParser parser, Codec codec) throws IOException {
    ReadContext context = new ReadContext(keepUnknownFields);
    Object value = codec.read(parser, context);
    if (!context.problems().isEmpty()) {
      throw new JsonShapeException(context.problems());
    }
    return value;
  }

  /** Turns an I/O or Jackson exception into this module's exception for the position given. */
  static RuntimeException translate(IOException e, JsonParser parser) {
    JsonLocation at =
        e instanceof JsonProcessingException p && p.getLocation() != null
            ? p.getLocation()
            : parser != null ? parser.currentLocation() : JsonLocation.NA;
    if (e instanceof StreamConstraintsException limit) {
      return new JsonLimitExceededException(
          limit.getOriginalMessage(), at.getLineNr(), at.getColumnNr(), e);
    }
    if (e instanceof JsonProcessingException syntax) {
      return new JsonSyntaxException(
          firstLine(syntax.getOriginalMessage()), at.getLineNr(), at.getColumnNr(), e);
    }
    if (e instanceof java.io.CharConversionException) {
      return new JsonSyntaxException(
          "the input is not valid UTF-8: " + e.getMessage(), at.getLineNr(), at.getColumnNr(), e);
    }
    return new UncheckedIOException(e);
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
    return new ClusterJsonException("json.syntax", e.getMessage(), e);
  }
}
