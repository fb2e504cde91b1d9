package eu.clusterdata.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the code lists shipped as resources: UTF-8, one header row, RFC 4180 quoting (no line
 * breaks inside fields, which these files do not have).
 */
public final class Csv {

  private Csv() {}

  /**
   * A code list read from a resource: the codes (each line's first field, one to seven ASCII
   * characters) indexed at once, in file order; a line is decoded and split only when asked for.
   * Each code is packed with its length into a {@code long}, and the index is an open-addressing
   * table of those keys with the line number beside each: built in one pass over the bytes without
   * a string or map entry per line, so that reading a list costs little even before the JIT
   * compiles anything, and a look-up compares the key in the slot it lands on, touching one cache
   * line where comparing text in place touched three (slot, line start, line).
   */
  public static final class Table {

    /** The longest code a key holds; the eighth byte of a key is the code's length. */
    private static final int MAX_CODE = 7;

    private final byte[] data;
    private final int[] starts;
    private final long[] keys; // 0 for an empty slot
    private final int[] lines;
    private volatile @Nullable List<String> codes;

    private Table(byte[] data, String name) {
      this.data = data;
      this.starts = lineStarts(data);
      int capacity = Integer.highestOneBit(Math.max(starts.length, 1) * 3);
      this.keys = new long[capacity];
      this.lines = new int[capacity];
      int mask = capacity - 1;
      for (int line = 0; line < starts.length; line++) {
        long key = 0;
        int length = 0;
        for (int i = starts[line]; i < data.length && !isFieldEnd(data[i]); i++) {
          if (++length > MAX_CODE || data[i] < 0) {
            throw new IllegalStateException(
                name + " line " + (line + 2) + ": a code is 1 to 7 ASCII characters");
          }
          key = key << 8 | data[i];
        }
        if (length == 0) {
          throw new IllegalStateException(name + " line " + (line + 2) + ": no code");
        }
        key |= (long) length << 56;
        int slot = slot(key, mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        lines[slot] = line;
      }
    }

    /** The key of {@code code}, or 0 if no code of a table can be {@code code}. */
    private static long key(String code) {
      int length = code.length();
      if (length == 0 || length > MAX_CODE) {
        return 0;
      }
      long key = 0;
      for (int i = 0; i < length; i++) {
        char c = code.charAt(i);
        if (c > 127) {
          return 0;
        }
        key = key << 8 | c;
      }
      return key | (long) length << 56;
    }

    private static int slot(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** The number of the line with this code, or -1. */
    private int line(String code) {
      long key = key(code);
      if (key == 0) {
        return -1;
      }
      int mask = keys.length - 1;
      for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return lines[slot];
        }
      }
      return -1;
    }

    /** Whether a line has this code. */
    public boolean contains(String code) {
      return line(code) >= 0;
    }

    /** The codes, in file order. */
    public List<String> codes() {
      List<String> result = codes;
      if (result == null) {
        String[] all = new String[starts.length];
        for (int line = 0; line < starts.length; line++) {
          int end = starts[line];
          while (end < data.length && !isFieldEnd(data[end])) {
            end++;
          }
          all[line] = new String(data, starts[line], end - starts[line], StandardCharsets.US_ASCII);
        }
        result = List.of(all);
        codes = result;
      }
      return result;
    }

    /** The fields of the line with this code, or {@code null}. */
    public String @Nullable [] row(String code) {
      int line = line(code);
      if (line < 0) {
        return null;
      }
      return parse(decodeLine(data, starts[line]));
    }

    private static boolean isFieldEnd(byte b) {
      return b == ',' || b == '\n' || b == '\r';
    }
  }

  /** Reads resource {@code name} beside {@code anchor}: a header row, then one code a line. */
  public static Table table(Class<?> anchor, String name) {
    return new Table(bytes(anchor, name), name);
  }

  /**
   * Returns every row of resource {@code name} beside {@code anchor}, without the header, for files
   * whose first field repeats (such as a correspondence).
   */
  public static List<String[]> rows(Class<?> anchor, String name) {
    byte[] data = bytes(anchor, name);
    List<String[]> rows = new ArrayList<>();
    for (int start : lineStarts(data)) {
      rows.add(parse(decodeLine(data, start)));
    }
    return rows;
  }

  private static byte[] bytes(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The start of every non-empty line after the header. */
  private static int[] lineStarts(byte[] data) {
    int[] starts = new int[4096];
    int count = 0;
    for (int i = 0; i < data.length; i++) { // the header ends at the first line end
      if (data[i] != '\n') {
        continue;
      }
      if (i + 1 < data.length && data[i + 1] != '\n') {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  /** The line that starts at {@code start}, decoded. */
  private static String decodeLine(byte[] data, int start) {
    int end = start;
    while (end < data.length && data[end] != '\n') {
      end++;
    }
    return new String(data, start, end - start, StandardCharsets.UTF_8);
  }

  /** A line without quotes is split with indexOf, fast even before the JIT compiles anything. */
  private static String[] parse(String line) {
    return line.indexOf('"') < 0 ? split(line) : fields(line);
  }

  private static String[] split(String line) {
    List<String> fields = new ArrayList<>(8);
    int from = 0;
    for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
      fields.add(line.substring(from, comma));
      from = comma + 1;
    }
    fields.add(line.substring(from));
    return fields.toArray(new String[0]);
  }

  private static String[] fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(new String[0]);
  }
}
