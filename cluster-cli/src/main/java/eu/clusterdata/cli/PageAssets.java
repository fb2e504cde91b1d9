package eu.clusterdata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheets and the script of the HTML pages ({@code report.css}, {@code overview.css},
 * {@code diff.css}, {@code report.js}), kept beside this class in the jar: a page written to a file
 * carries them inline, so that it needs nothing else; a page that places a fragment in itself (the
 * review web application) links them.
 */
public final class PageAssets {

  /** The files there are, by name. */
  public static final List<String> NAMES =
      List.of("report.css", "overview.css", "diff.css", "report.js");

  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  private PageAssets() {}

  /**
   * The text of one of the {@link #NAMES}.
   *
   * @throws IllegalArgumentException for another name
   */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no page style or script " + name + "; there are " + NAMES);
    }
    return TEXTS.computeIfAbsent(name, PageAssets::load);
  }

  private static String load(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            PageAssets.class.getResourceAsStream(name), () -> name + " is missing from the jar")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
