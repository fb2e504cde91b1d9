package eu.clusterdata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.value.Iri;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Says what changed between two exports, in words: clusters added and removed, and for each"
          + " cluster in both what was added, removed or changed, named by its name or title, with"
          + " old and new values; changes of citations and provenance are summed up, not listed.",
      "Either side may be in any format (a Turtle export against a JSON one); the order of sets"
          + " and lists and the formatting carry no meaning and make no difference: list elements"
          + " are matched by their identifier or their key fields."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata diff export-2026-11.jsonl export-2026-12.jsonl",
      "  clusterdata diff --output json old.ttl new.json",
      "",
      "Exit status: 0 the same profiles, 1 they differ, 2 an input could not be read whole."
    })
final class DiffCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier export; - for stdin.")
  private String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later export.")
  private String after;

  @Mixin private LimitsOption limits;

  @Mixin private ReportOption output;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    output.check();
    Words words = Words.of(language.locale());
    ChangeWords sentences = new ChangeWords(words);
    Map<Iri, ClusterProfile> old = read(before);
    Map<Iri, ClusterProfile> now = read(after);
    ObjectNode report = new ObjectMapper().createObjectNode();
    ArrayNode added = report.putArray("added");
    ArrayNode removed = report.putArray("removed");
    ArrayNode changed = report.putArray("changed");
    long unchanged = 0;
    for (Map.Entry<Iri, ClusterProfile> entry : now.entrySet()) {
      if (!old.containsKey(entry.getKey())) {
        added.add(cluster(entry.getValue(), words));
      }
    }
    for (Map.Entry<Iri, ClusterProfile> entry : old.entrySet()) {
      ClusterProfile later = now.get(entry.getKey());
      if (later == null) {
        removed.add(cluster(entry.getValue(), words));
        continue;
      }
      List<ProfileDiff.Change> changes = ProfileDiff.between(entry.getValue(), later);
      if (changes.isEmpty()) {
        unchanged++;
        continue;
      }
      ObjectNode cluster = cluster(later, words);
      ArrayNode fields = cluster.putArray("changes");
      for (ProfileDiff.Change change : changes) {
        ObjectNode field = fields.addObject().put("path", change.path());
        field.set("old", change.before());
        field.set("new", change.after());
        field.put("text", sentences.sentence(change));
        field.put("what", sentences.what(change));
        field.put("oldText", sentences.value(change.before()));
        field.put("newText", sentences.value(change.after()));
        field.put("provenance", change.isProvenance());
      }
      changed.add(cluster);
    }
    report.put("unchanged", unchanged);
    output.write(main, words, "diff", (form, out) -> render(report, form, out, words));
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() ? 0 : Main.ERRORS;
  }

  private void render(ObjectNode report, String form, PrintStream out, Words words)
      throws IOException {
    if (form.equals("json")) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else if (form.startsWith("html")) {
      html(report, out, words, form.equals(ReportOption.FRAGMENT));
    } else {
      text(report, out, words);
    }
  }

  /** The page template, compiled when a page is first written, not whenever the CLI starts. */
  private static final class Page {
    static final Mustache TEMPLATE =
        new DefaultMustacheFactory("eu/clusterdata/cli").compile("diff.mustache");
  }

  /** One self-contained page, or its fragment; the template escapes every value. */
  private void html(ObjectNode report, PrintStream out, Words words, boolean fragment) {
    Map<String, Object> view = new HashMap<>();
    view.put("fragment", fragment);
    view.put("style", PageAssets.text("diff.css"));
    view.put("lang", words.locale().getLanguage());
    view.put("title", words.get("diff.title"));
    view.put("from", words.get("diff.from"));
    view.put("to", words.get("diff.to"));
    view.put("before", Inputs.displayName(before));
    view.put("after", Inputs.displayName(after));
    view.put("summary", totals(report, words));
    view.put("addedHeading", words.get("diff.added.heading", report.get("added").size()));
    view.put("removedHeading", words.get("diff.removed.heading", report.get("removed").size()));
    view.put("changedHeading", words.get("diff.changed.heading", report.get("changed").size()));
    view.put("pathHeading", words.get("diff.column.path"));
    view.put("oldHeading", words.get("diff.column.old"));
    view.put("newHeading", words.get("diff.column.new"));
    view.put("added", clusters(report.get("added")));
    view.put("removed", clusters(report.get("removed")));
    List<Map<String, Object>> changed = new ArrayList<>();
    for (JsonNode cluster : report.get("changed")) {
      Map<String, Object> entry = new HashMap<>(clusters(List.of(cluster)).get(0));
      List<Map<String, String>> changes = new ArrayList<>();
      long provenance = 0;
      for (JsonNode change : cluster.get("changes")) {
        if (change.get("provenance").asBoolean()) {
          provenance++;
          continue;
        }
        changes.add(
            Map.of(
                "path", change.get("path").asText(),
                "what", change.get("what").asText(),
                "old", change.get("oldText").asText(),
                "new", change.get("newText").asText()));
      }
      entry.put("changes", changes);
      if (provenance > 0) {
        entry.put("provenance", words.get("diff.provenance", provenance));
      }
      changed.add(entry);
    }
    view.put("changed", changed);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Page.TEMPLATE.execute(writer, view);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> clusters(Iterable<JsonNode> clusters) {
    List<Map<String, Object>> list = new ArrayList<>();
    clusters.forEach(
        c -> list.add(Map.of("id", c.get("id").asText(), "name", c.path("name").asText(""))));
    return list;
  }

  private static String totals(ObjectNode report, Words words) {
    return words.get(
        "diff.totals",
        report.get("added").size(),
        report.get("removed").size(),
        report.get("changed").size(),
        report.get("unchanged").asLong());
  }

  private void text(ObjectNode report, PrintStream out, Words words) {
    report.get("added").forEach(c -> out.println("+ " + words.get("diff.added", describe(c))));
    report.get("removed").forEach(c -> out.println("- " + words.get("diff.removed", describe(c))));
    for (JsonNode cluster : report.get("changed")) {
      out.println("~ " + words.get("diff.changed", describe(cluster)));
      long provenance = 0;
      for (JsonNode change : cluster.get("changes")) {
        if (change.get("provenance").asBoolean()) {
          provenance++;
        } else {
          out.println("    " + change.get("text").asText());
        }
      }
      if (provenance > 0) {
        out.println("    " + words.get("diff.provenance", provenance));
      }
    }
    out.println(totals(report, words));
  }

  private static String describe(JsonNode cluster) {
    String name = cluster.path("name").asText("");
    return cluster.get("id").asText() + (name.isEmpty() ? "" : " (" + name + ")");
  }

  private static ObjectNode cluster(ClusterProfile profile, Words words) {
    ObjectNode cluster = new ObjectMapper().createObjectNode();
    cluster.put("id", profile.organisation().id().value());
    cluster.put("name", profile.organisation().name().best(words.languages()).orElse(""));
    return cluster;
  }

  /** Every profile of an export by id; an export with a record it cannot read is no export. */
  private Map<Iri, ClusterProfile> read(String file) throws IOException {
    Map<Iri, ClusterProfile> profiles = new LinkedHashMap<>();
    for (ClusterProfile profile :
        new Inputs(main, limits).readWhole(file, "diff.nothing-compared")) {
      profiles.put(profile.organisation().id(), profile);
    }
    return profiles;
  }
}
