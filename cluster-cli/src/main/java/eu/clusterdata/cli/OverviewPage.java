package eu.clusterdata.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The overview of a data set as one self-contained HTML page (no network, nothing fetched): bar
 * charts of clusters by region, industrial ecosystem and transformation and of members by type,
 * services as a heat map of areas and transformations, the impulses each cluster takes up as a
 * matrix with the impulses' titles beside it, and labels on a timeline with their expiry. A section
 * the data set has nothing for is left out, and the page's end says which and why. The page is a
 * Mustache template ({@code overview.mustache}), which escapes every value, and prints one section
 * per page part; this class works out the view: what each bar, cell and span shows and where.
 */
final class OverviewPage {

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("eu/clusterdata/cli").compile("overview.mustache");

  /** How wide bars and spans may grow, after their labels. */
  private static final int WIDTH = 420;

  /** The longest label a chart shows whole; a longer one is cut, and whole in its tooltip. */
  private static final int LABEL_CHARS = 46;

  private OverviewPage() {}

  /**
   * Writes the page.
   *
   * @param fragment whether to write the page without its document and style, to place in a page of
   *     one's own that links {@code overview.css} (see {@link PageAssets})
   */
  static void write(Overview overview, Words words, boolean fragment, OutputStream stream)
      throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    Map<String, Object> view = view(overview, words);
    view.put("fragment", fragment);
    view.put("style", PageAssets.text("overview.css"));
    TEMPLATE.execute(out, view);
    out.flush();
  }

  private static Map<String, Object> view(Overview overview, Words words) {
    Locale locale = words.locale();
    Map<String, Object> view = new HashMap<>();
    view.put("lang", locale.getLanguage());
    view.put("title", words.get("overview.title"));
    view.put("lead", words.get("overview.lead", overview.clusters(), overview.today()));
    Sections sections = new Sections(words);
    Map<String, Long> regions = new HashMap<>();
    overview
        .clustersByRegion()
        .forEach(
            (code, n) ->
                regions.put(
                    code.isEmpty()
                        ? words.get("overview.no-region")
                        : code + " " + CodeNames.region(NutsCode.of(code)),
                    n));
    sections.add("regions", hasAny(overview.clustersByRegion()) ? chart(regions, "bar") : null);
    sections.add(
        "ecosystems",
        overview.namesEcosystems()
            ? chart(
                titled(overview.clustersByEcosystem(), "ecosystem", words),
                "bar",
                // the EU names them in English only; said once, where they show
                locale.getLanguage().equals("en")
                    ? List.of()
                    : List.of(words.get("overview.english-titles")))
            : null);
    sections.add(
        "transformations",
        hasAny(overview.clustersByTransformation())
            ? chart(titled(overview.clustersByTransformation(), "transformation", words), "bar")
            : null);
    sections.add(
        "heatmap",
        overview.servicesByAreaAndTransformation().isEmpty() ? null : heatMap(overview, words));
    sections.add(
        "members",
        hasAny(overview.membersByType())
            ? chart(titled(overview.membersByType(), "type", words), "bar")
            : null);
    sections.add(
        "member-counts",
        hasAny(overview.countedByType())
            ? chart(titled(overview.countedByType(), "type", words), "counted")
            : null);
    sections.add("matrix", overview.uptakesByCluster().isEmpty() ? null : matrix(overview, words));
    sections.add("labels", overview.labelSpans().isEmpty() ? null : timeline(overview, words));
    view.put("sections", sections.shown);
    view.put(
        "absent",
        sections.absent.isEmpty()
            ? List.of()
            : List.of(Map.of("heading", words.get("overview.absent"), "items", sections.absent)));
    return view;
  }

  /** The sections of the page, in order, and those left out with the reason. */
  private static final class Sections {
    private final Words words;
    private final List<Map<String, Object>> shown = new ArrayList<>();
    private final List<Map<String, Object>> absent = new ArrayList<>();

    Sections(Words words) {
      this.words = words;
    }

    /**
     * Adds the section {@code name} under its heading ({@code overview.NAME}) with its {@code part}
     * (a map with one key, {@code chart}, {@code heat}, {@code matrix} or {@code timeline}, which
     * the template draws), or, without a part, says under {@code overview.absent.NAME} why it is
     * left out.
     */
    void add(String name, @Nullable Map<String, Object> part) {
      String heading = words.get("overview." + name);
      if (part == null) {
        absent.add(Map.of("heading", heading, "reason", words.get("overview.absent." + name)));
      } else {
        Map<String, Object> section = new HashMap<>(part);
        section.put("heading", heading);
        shown.add(section);
      }
    }
  }

  /** Whether counts hold something other than the count of those without a code. */
  private static boolean hasAny(Map<String, Long> counts) {
    return counts.keySet().stream().anyMatch(code -> !code.isEmpty());
  }

  /**
   * Counts by code, each code in the page's words ({@code KMU} for the member type {@code sme}, a
   * catalogue's title for its code), and those without a code as "(none named)".
   */
  private static Map<String, Long> titled(Map<String, Long> byCode, String column, Words words) {
    Map<String, Long> titled = new TreeMap<>();
    byCode.forEach(
        (code, n) ->
            titled.merge(
                code.isEmpty() ? words.get("overview.none-named") : words.cell(column, code),
                n,
                Long::sum));
    return titled;
  }

  /** A bar chart, the longest bar first, each bar with its label, value and tooltip. */
  private static Map<String, Object> chart(Map<String, Long> values, String css) {
    return chart(values, css, List.of());
  }

  /** A bar chart with remarks below it. */
  private static Map<String, Object> chart(
      Map<String, Long> values, String css, List<String> remarks) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    long max = sorted.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    int left = left(sorted.stream().map(Map.Entry::getKey).toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      long value = sorted.get(i).getValue();
      int y = 4 + i * 22;
      int width = (int) Math.max(1, Math.round(WIDTH * (double) value / max));
      String label = sorted.get(i).getKey();
      items.add(
          Map.of(
              "label", label,
              "shown", cut(label),
              "value", value,
              "y", y,
              "textY", y + 13,
              "x", left,
              "width", width,
              "valueX", left + width + 6,
              "css", css));
    }
    int height = 8 + items.size() * 22;
    return Map.of(
        "chart",
        Map.of("items", items, "height", height, "width", left + WIDTH + 60, "labelX", left - 8),
        "remarks",
        remarks);
  }

  /** Where bars start: after the longest label, as wide as a 12-pixel font draws it. */
  private static int left(List<String> labels) {
    int chars = labels.stream().mapToInt(l -> cut(l).length()).max().orElse(0);
    return Math.max(140, (int) Math.ceil(chars * 7.2) + 16);
  }

  private static String cut(String label) {
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }

  private static Map<String, Object> heatMap(Overview overview, Words words) {
    Locale locale = words.locale();
    List<String> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Transformation t : Transformation.values()) {
      columns.add(name(t.title(), locale));
      keys.add(t.code());
    }
    columns.add(words.get("overview.no-transformation"));
    keys.add("");
    long max =
        overview.servicesByAreaAndTransformation().values().stream()
            .flatMap(m -> m.values().stream())
            .mapToLong(Long::longValue)
            .max()
            .orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ServiceArea area : ServiceArea.values()) {
      Map<String, Long> counts =
          overview.servicesByAreaAndTransformation().getOrDefault(area.code(), Map.of());
      List<Map<String, Object>> cells = new ArrayList<>();
      for (String key : keys) {
        long n = counts.getOrDefault(key, 0L);
        cells.add(
            Map.of(
                "count",
                n == 0 ? "" : Long.toString(n),
                "alpha",
                String.format(Locale.ROOT, "%.2f", n == 0 ? 0 : 0.15 + 0.85 * n / max),
                "dark",
                n > 0 && 0.15 + 0.85 * n / max > 0.6));
      }
      rows.add(Map.of("name", name(area.title(), locale), "cells", cells));
    }
    return Map.of("heat", Map.of("columns", columns, "rows", rows));
  }

  /**
   * The impulses each cluster takes up, a column for each impulse some cluster takes up, and the
   * titles of those impulses beside the table, so that no one has to hover to read them.
   */
  private static Map<String, Object> matrix(Overview overview, Words words) {
    Locale locale = words.locale();
    Set<String> takenUp = new HashSet<>();
    overview.uptakesByCluster().values().forEach(statuses -> takenUp.addAll(statuses.keySet()));
    List<Impulse> shown =
        ImpulseCatalogue.impulses().stream().filter(i -> takenUp.contains(i.code())).toList();
    List<Map<String, Object>> impulses = new ArrayList<>();
    for (Impulse impulse : shown) {
      impulses.add(Map.of("code", impulse.code(), "title", name(impulse.title(), locale)));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    overview
        .uptakesByCluster()
        .forEach(
            (cluster, statuses) -> {
              List<Map<String, Object>> cells = new ArrayList<>();
              for (Impulse impulse : shown) {
                String status = statuses.getOrDefault(impulse.code(), "");
                String said = status.isEmpty() ? "" : words.get("overview.status." + status);
                cells.add(
                    Map.of(
                        "css", status,
                        "status", said,
                        "title", said.isEmpty() ? "" : impulse.code() + ": " + said));
              }
              rows.add(Map.of("name", cluster, "cells", cells));
            });
    List<Map<String, Object>> legend = new ArrayList<>();
    for (ImpulseStatus status : ImpulseStatus.values()) {
      legend.add(
          Map.of("css", status.code(), "name", words.get("overview.status." + status.code())));
    }
    List<String> notes = new ArrayList<>();
    int others = ImpulseCatalogue.impulses().size() - shown.size();
    if (others > 0) {
      notes.add(words.get("overview.impulses-not-taken-up", others));
    }
    if (overview.clustersNotInMatrix() > 0) {
      notes.add(words.get("overview.more", overview.clustersNotInMatrix()));
    }
    return Map.of(
        "matrix", Map.of("impulses", impulses, "rows", rows, "legend", legend, "notes", notes));
  }

  private static Map<String, Object> timeline(Overview overview, Words words) {
    List<Overview.LabelSpan> labels = overview.labelSpans();
    LocalDate today = overview.today();
    LocalDate first = today;
    LocalDate last = today;
    for (Overview.LabelSpan label : labels) {
      for (LocalDate day : new LocalDate[] {label.awarded(), label.validUntil()}) {
        if (day != null) {
          first = day.isBefore(first) ? day : first;
          last = day.isAfter(last) ? day : last;
        }
      }
    }
    LocalDate start = LocalDate.of(first.getYear(), 1, 1);
    LocalDate end = LocalDate.of(last.getYear() + 1, 1, 1);
    int left = left(labels.stream().map(Overview.LabelSpan::name).toList());
    Axis axis = new Axis(start, ChronoUnit.DAYS.between(start, end), left);
    int bottom = 24 + labels.size() * 20;
    List<Map<String, Object>> years = new ArrayList<>();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      years.add(Map.of("year", year, "x", axis.x(LocalDate.of(year, 1, 1)), "bottom", bottom));
    }
    List<Map<String, Object>> spans = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Overview.LabelSpan label = labels.get(i);
      LocalDate from = label.awarded() != null ? label.awarded() : start;
      LocalDate until = label.validUntil() != null ? label.validUntil() : end;
      int x = axis.x(from);
      int y = 22 + i * 20;
      String css =
          label.validUntil() == null
              ? "open"
              : label.validUntil().isBefore(today) ? "expired" : "valid";
      spans.add(
          Map.of(
              "label",
              label.name(),
              "shown",
              cut(label.name()),
              "x",
              x,
              "y",
              y,
              "textY",
              y + 11,
              "width",
              Math.max(2, axis.x(until) - x),
              "css",
              css,
              "from",
              label.awarded() == null ? "?" : label.awarded().toString(),
              "until",
              label.validUntil() == null ? "?" : label.validUntil().toString()));
    }
    List<Map<String, Object>> legend = new ArrayList<>();
    for (String css : List.of("valid", "expired", "open")) {
      legend.add(Map.of("css", css, "name", words.get("overview.label." + css)));
    }
    Map<String, Object> timeline = new HashMap<>();
    timeline.put("years", years);
    timeline.put("spans", spans);
    timeline.put("legend", legend);
    timeline.put("labelX", left - 8);
    timeline.put("todayX", axis.x(today));
    timeline.put("today", words.get("overview.today", today));
    timeline.put("width", left + WIDTH + 60);
    timeline.put("height", bottom + 8);
    timeline.put("bottom", bottom);
    return Map.of("timeline", timeline);
  }

  /** Days on the timeline's axis: {@code days} days from {@code start}, {@code WIDTH} wide. */
  private record Axis(LocalDate start, long days, int left) {
    int x(LocalDate day) {
      return left + (int) Math.round(WIDTH * (double) ChronoUnit.DAYS.between(start, day) / days);
    }
  }

  private static String name(MultilingualText text, Locale locale) {
    return text.best(List.of(locale.getLanguage(), "en", "de")).orElse("");
  }
}
