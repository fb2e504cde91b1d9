package eu.clusterdata.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the code lists shipped as resources: UTF-8, one header row, RFC 4180 quoting (no line
 * breaks inside fields, which these files do not have).
 */
public final class Csv {

  private Csv() {}

  /**
   * A code list read from a resource: the codes (each line's first field) indexed at once, in file
   * order; the other fields of a line parsed only when asked for. Reading the codes of the largest
   * list (2,121 lines) takes a few milliseconds even before the JIT compiles anything.
   */
  public static final class Table {

    private final String text;
    private final Map<String, Integer> lines;

    private Table(String text) {
      this.text = text;
      Map<String, Integer> lines = new LinkedHashMap<>(4096);
      for (int start : lineStarts(text)) {
        int end = lineEnd(text, start);
        int comma = text.indexOf(',', start);
        lines.put(text.substring(start, comma < 0 || comma > end ? end : comma), start);
      }
      this.lines = Collections.unmodifiableMap(lines);
    }

    /** Whether a line has this code. */
    public boolean contains(String code) {
      return lines.containsKey(code);
    }

    /** The codes, in file order. */
    public Set<String> codes() {
      return lines.keySet();
    }

    /** The fields of the line with this code, or {@code null}. */
    public String[] row(String code) {
      Integer start = lines.get(code);
      if (start == null) {
        return null;
      }
      return parse(text.substring(start, lineEnd(text, start)));
    }
  }

  /** Reads resource {@code name} beside {@code anchor}: a header row, then one code a line. */
  public static Table table(Class<?> anchor, String name) {
    return new Table(text(anchor, name));
  }

  /**
   * Returns every row of resource {@code name} beside {@code anchor}, without the header, for files
   * whose first field repeats (such as a correspondence).
   */
  public static List<String[]> rows(Class<?> anchor, String name) {
    String text = text(anchor, name);
    List<String[]> rows = new ArrayList<>();
    for (int start : lineStarts(text)) {
      rows.add(parse(text.substring(start, lineEnd(text, start))));
    }
    return rows;
  }

  private static String text(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The start of every non-empty line after the header. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[4096];
    int count = 0;
    for (int start = text.indexOf('\n') + 1; start < text.length(); ) {
      int end = lineEnd(text, start);
      if (end > start) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
      }
      start = end + 1;
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
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
