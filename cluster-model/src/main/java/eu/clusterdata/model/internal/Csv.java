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

  /** Returns the rows of resource {@code name} beside {@code anchor}, without the header. */
  public static List<String[]> rows(Class<?> anchor, String name) {
    String text;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    // Read at start-up: a line without quotes is split with indexOf, which is fast even before
    // the JIT compiles anything; only quoted lines are read character by character.
    List<String[]> rows = new ArrayList<>(4096);
    int start = text.indexOf('\n') + 1;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        String line = text.substring(start, end);
        rows.add(line.indexOf('"') < 0 ? split(line) : fields(line));
      }
      start = end + 1;
    }
    return rows;
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
