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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overview of a data set as one self-contained HTML page (no network, nothing fetched): bar
 * charts of clusters by region and members by type, services as a heat map of areas and
 * transformations, the impulses each cluster takes up as a matrix, and labels on a timeline with
 * their expiry. The page is a Mustache template ({@code overview.mustache}), which escapes every
 * value; this class works out the view: what each bar, cell and span shows and where.
 */
final class OverviewPage {

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("eu/clusterdata/cli").compile("overview.mustache");

  /** Where bars and spans start, after their labels, and how wide they may grow. */
  private static final int LEFT = 260;

  private static final int WIDTH = 420;

  private OverviewPage() {}

  static void write(Overview overview, Words words, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    TEMPLATE.execute(out, view(overview, words));
    out.flush();
  }

  private static Map<String, Object> view(Overview overview, Words words) {
    Locale locale = words.locale();
    Map<String, Object> view = new HashMap<>();
    view.put("lang", locale.getLanguage());
    view.put("title", words.get("overview.title"));
    view.put("lead", words.get("overview.lead", overview.clusters(), overview.today()));
    view.put("none", words.get("overview.empty"));
    List<Map<String, Object>> bars = new ArrayList<>();
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
    bars.add(bars(words.get("overview.regions"), regions, "bar"));
    bars.add(bars(words.get("overview.members"), typed(overview.membersByType(), words), "bar"));
    bars.add(
        bars(
            words.get("overview.member-counts"),
            typed(overview.countedByType(), words),
            "counted"));
    view.put("bars", bars);
    heatMap(overview, words, view);
    matrix(overview, words, view);
    timeline(overview, words, view);
    return view;
  }

  /** Counts by member type, each type in the page's words ({@code KMU} for {@code sme}). */
  private static Map<String, Long> typed(Map<String, Long> byType, Words words) {
    Map<String, Long> typed = new java.util.TreeMap<>();
    byType.forEach((type, n) -> typed.merge(words.cell("type", type), n, Long::sum));
    return typed;
  }

  private static Map<String, Object> bars(String heading, Map<String, Long> values, String css) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    long max = sorted.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      long value = sorted.get(i).getValue();
      int y = 4 + i * 22;
      int width = (int) Math.max(1, Math.round(WIDTH * (double) value / max));
      items.add(
          Map.of(
              "label", sorted.get(i).getKey(),
              "value", value,
              "y", y,
              "textY", y + 13,
              "width", width,
              "valueX", LEFT + width + 6,
              "css", css));
    }
    return Map.of(
        "heading",
        heading,
        "items",
        items,
        "empty",
        items.isEmpty(),
        "height",
        8 + items.size() * 22);
  }

  private static void heatMap(Overview overview, Words words, Map<String, Object> view) {
    Locale locale = words.locale();
    List<String> columns = new ArrayList<>();
    for (Transformation t : Transformation.values()) {
      columns.add(name(t.title(), locale));
    }
    columns.add(words.get("overview.no-transformation"));
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
      List<String> keys = new ArrayList<>();
      for (Transformation t : Transformation.values()) {
        keys.add(t.code());
      }
      keys.add("");
      for (String key : keys) {
        long n = counts.getOrDefault(key, 0L);
        cells.add(
            Map.of(
                "count",
                n == 0 ? "" : Long.toString(n),
                "alpha",
                String.format(Locale.ROOT, "%.2f", n == 0 ? 0 : 0.15 + 0.85 * n / max)));
      }
      rows.add(Map.of("name", name(area.title(), locale), "cells", cells));
    }
    view.put("heatHeading", words.get("overview.heatmap"));
    view.put("heatColumns", columns);
    view.put("heatRows", rows);
  }

  private static void matrix(Overview overview, Words words, Map<String, Object> view) {
    Locale locale = words.locale();
    List<Map<String, Object>> impulses = new ArrayList<>();
    for (Impulse impulse : ImpulseCatalogue.impulses()) {
      impulses.add(Map.of("code", impulse.code(), "title", name(impulse.title(), locale)));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    overview
        .uptakesByCluster()
        .forEach(
            (cluster, statuses) -> {
              List<Map<String, Object>> cells = new ArrayList<>();
              for (Impulse impulse : ImpulseCatalogue.impulses()) {
                String status = statuses.getOrDefault(impulse.code(), "");
                cells.add(
                    Map.of(
                        "css",
                        status,
                        "status",
                        status.isEmpty() ? "" : words.get("overview.status." + status)));
              }
              rows.add(Map.of("name", cluster, "cells", cells));
            });
    List<Map<String, Object>> legend = new ArrayList<>();
    for (ImpulseStatus status : ImpulseStatus.values()) {
      legend.add(
          Map.of("css", status.code(), "name", words.get("overview.status." + status.code())));
    }
    view.put("matrixHeading", words.get("overview.matrix"));
    view.put("impulses", impulses);
    view.put("matrixRows", rows);
    view.put("legend", legend);
    view.put(
        "matrixMore",
        overview.clustersNotInMatrix() == 0
            ? List.of()
            : List.of(words.get("overview.more", overview.clustersNotInMatrix())));
  }

  private static void timeline(Overview overview, Words words, Map<String, Object> view) {
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
    long days = ChronoUnit.DAYS.between(start, end);
    List<Map<String, Object>> years = new ArrayList<>();
    int bottom = 24 + labels.size() * 20;
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      years.add(
          Map.of("year", year, "x", x(LocalDate.of(year, 1, 1), start, days), "bottom", bottom));
    }
    List<Map<String, Object>> spans = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Overview.LabelSpan label = labels.get(i);
      LocalDate from = label.awarded() != null ? label.awarded() : start;
      LocalDate until = label.validUntil() != null ? label.validUntil() : end;
      int x = x(from, start, days);
      int y = 22 + i * 20;
      String css =
          label.validUntil() == null
              ? "open"
              : label.validUntil().isBefore(today) ? "expired" : "valid";
      spans.add(
          Map.of(
              "label",
              label.name(),
              "x",
              x,
              "y",
              y,
              "textY",
              y + 11,
              "width",
              Math.max(2, x(until, start, days) - x),
              "css",
              css,
              "from",
              label.awarded() == null ? "?" : label.awarded().toString(),
              "until",
              label.validUntil() == null ? "?" : label.validUntil().toString()));
    }
    view.put("timelineHeading", words.get("overview.labels"));
    view.put("timelineEmpty", labels.isEmpty());
    view.put("years", years);
    view.put("spans", spans);
    view.put("todayX", x(today, start, days));
    view.put("today", words.get("overview.today", today));
    view.put("timelineHeight", bottom + 8);
    view.put("timelineBottom", bottom);
  }

  private static int x(LocalDate day, LocalDate start, long days) {
    return LEFT + (int) Math.round(WIDTH * (double) ChronoUnit.DAYS.between(start, day) / days);
  }

  private static String name(MultilingualText text, Locale locale) {
    return text.best(List.of(locale.getLanguage(), "en", "de")).orElse("");
  }
}
