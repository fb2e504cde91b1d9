package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonSyntaxException;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.json.ProfileRecord;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * Reads the profile documents of one JSON array, one element at a time. A record of the wrong shape
 * is reported and skipped; broken JSON ends the array, since nothing after it can be trusted to
 * start a record.
 */
public final class ArrayProfileReader implements ProfileReader {

  private final JsonIo io;
  private final JsonParser parser;
  private final Codec codec = Codecs.of(ClusterProfile.class);
  private final ProfileValidator validator;
  private JsonStreamContext array;
  private ProfileRecord next;
  private long index;
  private boolean done;

  public ArrayProfileReader(JsonIo io, InputStream in, ProfileValidator validator) {
    this.io = io;
    this.validator = validator;
    try {
      this.parser = io.streamParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public ProfileRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ProfileRecord record = next;
    next = null;
    return record;
  }

  private ProfileRecord advance() {
    long line = 0;
    try {
      if (array == null) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          done = true;
          JsonLocation at = parser.currentTokenLocation();
          String found =
              first == null
                  ? "an empty input"
                  : first.asString() == null ? first.name() : "\"" + first.asString() + "\"";
          return failure(
              new JsonSyntaxException(
                  "expected a JSON array of profile documents but found " + found,
                  at.getLineNr(),
                  at.getColumnNr(),
                  null),
              at.getLineNr());
        }
        array = parser.getParsingContext();
      }
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        done = true;
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          return failure(
              new JsonSyntaxException(
                  "unexpected content after the end of the array",
                  at.getLineNr(),
                  at.getColumnNr(),
                  null),
              at.getLineNr());
        }
        return null;
      }
      line = parser.currentTokenLocation().getLineNr();
      try {
        ClusterProfile profile = (ClusterProfile) io.readValue(parser, codec);
        return new ProfileRecord(
            index++,
            line,
            profile,
            null,
            validator == null ? null : ReportPaths.toJsonPaths(validator.validate(profile)));
      } catch (ClusterJsonException e) {
        skipRestOfRecord();
        return failure(e, line);
      }
    } catch (IOException e) {
      done = true;
      RuntimeException translated = JsonIo.translate(e, parser);
      return failure(
          JsonIo.asClusterJson(translated),
          line == 0 ? parser.currentLocation().getLineNr() : line);
    }
  }

  /** After an error inside a record, moves to its end so that the next record can be read. */
  private void skipRestOfRecord() throws IOException {
    while (parser.getParsingContext() != array) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        parser.skipChildren();
      }
    }
  }

  private ProfileRecord failure(ClusterJsonException error, long line) {
    return new ProfileRecord(index++, line, null, error, null);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
