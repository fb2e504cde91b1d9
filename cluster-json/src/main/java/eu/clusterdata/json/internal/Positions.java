package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parser's locations into the positions people see: lines counted from the start of the
 * input (a JSON Lines record is parsed on its own, so its lines are shifted), and columns counted
 * in characters where the parser counts bytes. Immutable.
 */
final class Positions {

  /** Locations of a parser over a whole input that counts columns in characters, or cannot tell. */
  static final Positions AS_IS = new Positions(null, 0);

  private final byte @Nullable [] content;
  private final long lineOffset;

  private Positions(byte @Nullable [] content, long lineOffset) {
    this.content = content;
    this.lineOffset = lineOffset;
  }

  /** Positions in UTF-8 {@code content} whose first line is line {@code firstLine} of the input. */
  static Positions of(byte[] content, long firstLine) {
    return new Positions(content, firstLine - 1);
  }

  /** The line, counting from 1, or 0 if unknown. */
  long line(JsonLocation at) {
    return at.getLineNr() <= 0 ? 0 : at.getLineNr() + lineOffset;
  }

  /** The column in characters (code points), counting from 1, or 0 if unknown. */
  long column(JsonLocation at) {
    long byteOffset = at.getByteOffset();
    byte[] bytes = content;
    if (bytes != null && byteOffset < 0 && at.getLineNr() > 0 && at.getColumnNr() > 0) {
      // An object's start, from its parsing context: its line, and its column in bytes from 1.
      byteOffset = lineStart(bytes, at.getLineNr()) + at.getColumnNr() - 1;
    }
    if (content == null || byteOffset < 0) {
      return Math.max(0, at.getColumnNr());
    }
    int end = (int) Math.min(byteOffset, content.length);
    int start = end;
    while (start > 0 && content[start - 1] != '\n') {
      start--;
    }
    long characters = 0;
    for (int i = start; i < end; i++) {
      if ((content[i] & 0xC0) != 0x80) {
        characters++;
      }
    }
    return characters + 1;
  }

  /** The offset of the first byte of line {@code line} (from 1) of {@code content}. */
  private static long lineStart(byte[] content, int line) {
    int start = 0;
    for (int n = 1; n < line && start < content.length; start++) {
      if (content[start] == '\n') {
        n++;
      }
    }
    return start;
  }
}
