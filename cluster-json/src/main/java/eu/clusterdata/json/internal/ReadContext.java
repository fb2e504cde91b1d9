package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of reading one document: the problems found so far and whether unknown fields are kept.
 * Reading goes on after a problem where it can, so that one pass reports every problem of a
 * document. Not thread-safe: one per document.
 */
public final class ReadContext {

  private final boolean keepUnknownFields;
  private final Positions positions;
  private final List<Problem> problems = new ArrayList<>();

  ReadContext(boolean keepUnknownFields, Positions positions) {
    this.keepUnknownFields = keepUnknownFields;
    this.positions = positions;
  }

  /**
   * Where the object whose parsing context is {@code object} began. Jackson keeps that in the
   * context anyway, so reading makes no location for an object without a problem; the context holds
   * it until the parser enters the next object beside it, which is after the object's problems are
   * reported.
   */
  static JsonLocation start(JsonStreamContext object) {
    return object.startLocation(ContentReference.unknown());
  }

  /** The line of a location, counting from the start of the input. */
  long line(JsonLocation at) {
    return positions.line(at);
  }

  /** The column of a location in characters. */
  long column(JsonLocation at) {
    return positions.column(at);
  }

  boolean keepUnknownFields() {
    return keepUnknownFields;
  }

  /** Returns the problems found so far, in document order. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Reports a problem at the parser's current value, skips that value and returns {@code null},
   * which is what a codec returns for a value it could not read.
   */
  <T> @Nullable T fail(JsonParser parser, Message message) throws IOException {
    report(JsonPaths.of(parser.getParsingContext()), parser.currentTokenLocation(), message);
    parser.skipChildren();
    return null;
  }

  /**
   * Reports a value the model refuses (an identifier that is not an absolute IRI, a malformed code)
   * under the rule it breaks, at the parser's current value, which it skips; returns {@code null}.
   */
  <T> @Nullable T invalid(JsonParser parser, InvalidValueException e) throws IOException {
    report(
        e.code(),
        JsonPaths.of(parser.getParsingContext()),
        parser.currentTokenLocation(),
        e.reason());
    parser.skipChildren();
    return null;
  }

  /** Reports a value the model refuses at an explicit path and location. */
  void invalid(String path, JsonLocation location, InvalidValueException e) {
    report(e.code(), path, location, e.reason());
  }

  /** Reports a problem about the value at the current token, naming what was found. */
  <T> @Nullable T expected(JsonParser parser, Message expected) throws IOException {
    return fail(parser, Message.of("json.expected", expected, describe(parser)));
  }

  /** Reports a problem at an explicit path and location, without moving the parser. */
  void report(String path, JsonLocation location, Message message) {
    report("json.shape", path, location, message);
  }

  private void report(String code, String path, JsonLocation location, Message message) {
    problems.add(new Problem(code, path, line(location), column(location), message));
  }

  /** What the parser's current value is, in words. */
  static Message describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> Message.of("json.found.object");
      case START_ARRAY -> Message.of("json.found.array");
      case VALUE_STRING -> Message.of("json.found.string", abbreviate(parser.getText()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          Message.of("json.found.number", abbreviate(parser.getText()));
      default -> Message.plain(parser.getText() == null ? token.name() : parser.getText());
    };
  }

  /** Keeps messages short when the offending value is huge. */
  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
