package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A name given twice in one JSON object is a syntax error, as RFC 8259 lets a reader decide and
 * this library always does. The codecs that read objects find it (a record by the fields it has
 * seen, a text by its languages, a free value by its keys) and raise it as Jackson's strict
 * duplicate detection would, which {@link JsonIo} says in the reader's words.
 */
final class Duplicates {

  private Duplicates() {}

  /** The error for {@code name}, given again: where that name begins. */
  static JsonParseException error(JsonParser parser, String name) {
    return new JsonParseException(
        parser, "Duplicate field '" + name + "'", parser.currentTokenLocation());
  }
}
