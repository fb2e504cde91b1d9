package eu.clusterdata.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the code lists shipped as resources: UTF-8, one header row, RFC 4180 quoting (no line
 * breaks inside fields, which these files do not have).
 */
public final class Csv {

  private Csv() {}

  /**
   * A code list read from a resource: the codes (each line's first field, ASCII) indexed at once,
   * in file order; a line is decoded and split only when asked for. The index is an open-addressing
   * table of line numbers keyed by the code's {@link String#hashCode()}, built in one pass over the
   * bytes without a string or map entry per line, so that reading a list costs little even before
   * the JIT compiles anything; a look-up hashes the code once and compares it in place.
   */
  public static final class Table {

    private final byte[] data;
    private final int[] starts;
    private final int[] slots; // line number + 1 per slot, 0 for an empty slot
    private volatile List<String> codes;

    private Table(byte[] data) {
      this.data = data;
      this.starts = lineStarts(data);
      this.slots = new int[Integer.highestOneBit(Math.max(starts.length, 1) * 4)];
      int mask = slots.length - 1;
      for (int line = 0; line < starts.length; line++) {
        int hash = 0;
        for (int i = starts[line]; i < data.length && !isFieldEnd(data[i]); i++) {
          hash = 31 * hash + data[i];
        }
        int slot = hash & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = line + 1;
      }
    }

    /** The number of the line with this code, or -1. */
    private int line(String code) {
      int mask = slots.length - 1;
      for (int slot = code.hashCode() & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        int line = slots[slot] - 1;
        if (codeAt(starts[line], code)) {
          return line;
        }
      }
      return -1;
    }

    private boolean codeAt(int start, String code) {
      int end = start + code.length();
      if (end > data.length || (end < data.length && !isFieldEnd(data[end]))) {
        return false;
      }
      for (int i = 0; i < code.length(); i++) {
        if (data[start + i] != code.charAt(i)) {
          return false;
        }
      }
      return true;
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
    public String[] row(String code) {
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
    return new Table(bytes(anchor, name));
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
