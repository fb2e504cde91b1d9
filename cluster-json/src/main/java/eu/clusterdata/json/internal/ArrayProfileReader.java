package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonSyntaxException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the profile documents of one JSON array, one element at a time. A record of the wrong shape
 * is reported and skipped; broken JSON ends the array, since nothing after it can be trusted to
 * start a record.
 */
final class ArrayProfileReader extends RecordIterator {

  private final JsonIo io;
  private final JsonParser parser;
  private final Codec<ClusterProfile> codec = Codecs.of(ClusterProfile.class);
  private @Nullable JsonStreamContext array;

  ArrayProfileReader(JsonIo io, InputStream in) {
    super(in);
    this.io = io;
    try {
      this.parser = io.streamParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  @Nullable ProfileRecord advance() {
    long line = 0;
    try {
      if (array == null) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          JsonLocation at = parser.currentTokenLocation();
          Message found =
              first == null ? Message.of("json.found.nothing") : ReadContext.describe(parser);
          return stopped(
              new JsonSyntaxException(
                  Message.of("json.expected", Message.of("json.expected.array-of-profiles"), found),
                  "",
                  at.getLineNr(),
                  at.getColumnNr(),
                  null));
        }
        array = parser.getParsingContext();
      }
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        end();
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          return stopped(
              new JsonSyntaxException(
                  Message.of("json.trailing.array"), "", at.getLineNr(), at.getColumnNr(), null));
        }
        return null;
      }
      line = parser.currentTokenLocation().getLineNr();
      try {
        ClusterProfile profile = io.readValue(parser, codec, Positions.AS_IS);
        return read(profile, line);
      } catch (ClusterJsonException e) {
        skipRestOfRecord();
        return failed(e, line);
      }
    } catch (IOException e) {
      // Broken JSON stops the array: nothing after it can be trusted to start a record.
      return stopped(JsonIo.asClusterJson(JsonIo.translate(e, parser, Positions.AS_IS)));
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
}
