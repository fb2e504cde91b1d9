package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.rdf.RdfSyntaxException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Refuses JSON nested deeper than a limit before a recursive parser sees it: the JSON-LD parser
 * descends one stack frame per level, and a document a few hundred kilobytes long can nest deep
 * enough to overflow the stack. JSON-LD is parsed whole anyway, so the input is read into memory
 * (its size is already limited) and scanned once.
 */
public final class JsonDepth {

  /** The deepest nesting of objects and arrays a JSON-LD document may have. */
  public static final int MAX_DEPTH = 1000;

  private JsonDepth() {}

  /** Returns the same input, or throws if it nests deeper than {@link #MAX_DEPTH}. */
  public static InputStream limit(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int depth = 0;
    long line = 1;
    long column = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : bytes) {
      column++;
      if (b == '\n') {
        line++;
        column = 0;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > MAX_DEPTH) {
          throw new RdfSyntaxException(
              Message.of("rdf.syntax.json-ld-depth", MAX_DEPTH), line, column, null);
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return new ByteArrayInputStream(bytes);
  }
}
