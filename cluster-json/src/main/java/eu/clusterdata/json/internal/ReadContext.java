package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.clusterdata.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of reading one document: the problems found so far and whether unknown fields are kept.
 * Reading goes on after a problem where it can, so that one pass reports every problem of a
 * document. Not thread-safe: one per document.
 */
public final class ReadContext {

  /** Returned by a codec for a value it could not read; the problem is already reported. */
  static final Object FAILED =
      new Object() {
        @Override
        public String toString() {
          return "FAILED";
        }
      };

  private final boolean keepUnknownFields;
  private final List<Problem> problems = new ArrayList<>();

  public ReadContext(boolean keepUnknownFields) {
    this.keepUnknownFields = keepUnknownFields;
  }

  boolean keepUnknownFields() {
    return keepUnknownFields;
  }

  /** Returns the problems found so far, in document order. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Reports a problem at the parser's current value, skips that value and returns FAILED. */
  Object fail(JsonParser parser, String message) throws IOException {
    report(JsonPaths.of(parser.getParsingContext()), parser.currentTokenLocation(), message);
    parser.skipChildren();
    return FAILED;
  }

  /** Reports a problem about the value at the current token, naming what was found. */
  Object expected(JsonParser parser, String expected) throws IOException {
    return fail(parser, "expected " + expected + " but found " + describe(parser));
  }

  /** Reports a problem at an explicit path and location, without moving the parser. */
  void report(String path, JsonLocation location, String message) {
    problems.add(
        new Problem("json.shape", path, location.getLineNr(), location.getColumnNr(), message));
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + abbreviate(parser.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> parser.getText();
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  /** Keeps messages short when the offending value is huge. */
  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
