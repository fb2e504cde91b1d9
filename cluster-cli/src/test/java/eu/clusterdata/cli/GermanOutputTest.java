package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --lang de}, a steward reads German: every command is run with it, on the NRW set,
 * the showcase and inputs it cannot use, and none of the English words of the command line's own
 * texts ({@code words.properties}) may appear in what it prints or writes, unless the German texts
 * use the same word (Cluster, Region, the codes of options).
 *
 * <p>What is compared is text for people: standard output and error, text reports, and HTML pages
 * without their markup, styles and scripts; of JSON, only the messages (its keys and codes are for
 * machines). Tokens that are codes, paths, identifiers or options (they hold {@code . : / $ [ - _
 * = @} or digits) are data, not words, and are left out.
 */
class GermanOutputTest {

  private static final Path NRW = Path.of("..", "examples", "data", "nrw-clusters.jsonl");
  private static final Path SHOWCASE = Path.of("..", "examples", "data", "showcase.json");

  @TempDir Path dir;

  /** One text a command printed or wrote, and which command or file it came from. */
  private record Output(String what, String text) {}

  private final List<Output> outputs = new ArrayList<>();

  @Test
  void everyCommandSpeaksGermanUnderLangDe() throws Exception {
    String nrw = NRW.toString();
    String store = dir.resolve("store").toString();
    String bad =
        Files.writeString(dir.resolve("bad.jsonl"), "{\"formatVersion\": \"1.1\"\n").toString();

    run("validate", "--lang", "de", "--rules", "core,eccp,eucles,publication", nrw);
    run("validate", "--lang", "de", SHOWCASE.toString(), bad, "missing.jsonl");
    page(
        "validate",
        "--lang",
        "de",
        "--output",
        "html",
        "--report",
        file("report.html"),
        SHOWCASE.toString(),
        bad);
    messages("validate", "--lang", "de", "--output", "json", bad, SHOWCASE.toString());
    run("convert", "--lang", "de", nrw, file("nrw.ttl"));
    run("convert", "--lang", "de", nrw, file("nrw.ttl"));
    run("convert", "--lang", "de", bad, file("bad.ttl"));
    run("load", "--lang", "de", "--store", store, nrw, SHOWCASE.toString());
    run("query", "--lang", "de", "--store", store, "--service-area", "startup-support");
    run(
        "query",
        "--lang",
        "de",
        "--store",
        store,
        "--partners-of",
        "https://clusterdata.eu/data/nrw/clib");
    run(
        "query",
        "--lang",
        "de",
        "--store",
        store,
        "--members-of",
        "https://example.org/showcase/nord/organisation");
    run("query", "--lang", "de", "--store", dir.resolve("no-store").toString(), "--impulse", "I07");
    run("summary", "--lang", "de", nrw, SHOWCASE.toString());
    page(
        "summary",
        "--lang",
        "de",
        "--output",
        "html",
        "--report",
        file("overview.html"),
        SHOWCASE.toString());
    run("summary", "--lang", "de", "--store", store);
    run("diff", "--lang", "de", nrw, SHOWCASE.toString());
    page(
        "diff",
        "--lang",
        "de",
        "--output",
        "html",
        "--report",
        file("diff.html"),
        nrw,
        SHOWCASE.toString());
    run("diff", "--lang", "de", nrw, bad);
    run("catalogue", "impulses", "--lang", "de");
    run("catalogue", "nuts", "--lang", "de", "--country", "DE", "--level", "1");
    run("catalogue", "colours", "--lang", "de");
    run("schema", "--lang", "de", dir.resolve("schemas").toString());
    run("schema", "--lang", "de", dir.resolve("schemas").toString());
    run("import", "--lang", "de", "--dry-run", "--merge-into", nrw, SHOWCASE.toString());
    run("import", "--lang", "de", "--merge-into", nrw, "--mapping", "none.json", bad);

    Set<String> english = englishOnlyWords();
    Map<String, Set<String>> found = new TreeMap<>();
    for (Output output : outputs) {
      for (String word : words(output.text())) {
        if (english.contains(word.toLowerCase(Locale.ROOT))) {
          found.computeIfAbsent(word, w -> new TreeSet<>()).add(output.what());
        }
      }
    }
    assertEquals(Map.of(), found, "English words of the command line under --lang de");
    assertTrue(outputs.size() > 25, "every command's output was read");
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  /** Runs a command and keeps what it printed. */
  private Cli run(String... args) {
    Cli cli = Cli.run(args);
    keep(String.join(" ", args), cli.out() + "\n" + cli.err());
    return cli;
  }

  /** Runs a command that writes a page with {@code --report}, and keeps the page's text too. */
  private void page(String... args) throws IOException {
    run(args);
    String report = args[List.of(args).indexOf("--report") + 1];
    String html = Files.readString(Path.of(report));
    keep(
        report,
        html.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ")
            .replaceAll("<[^>]*>", " ")
            .replace("&amp;", "&")
            .replace("&quot;", "\""));
  }

  /** Runs a command that prints JSON, and keeps its messages. */
  private void messages(String... args) throws IOException {
    Cli cli = Cli.run(args);
    keep(String.join(" ", args) + " (standard error)", cli.err());
    StringBuilder messages = new StringBuilder();
    new ObjectMapper()
        .readTree(cli.out()).findValues("message").stream()
            .map(JsonNode::asText)
            .forEach(m -> messages.append(m).append('\n'));
    keep(String.join(" ", args), messages.toString());
  }

  private void keep(String what, String text) {
    outputs.add(new Output(what, text));
  }

  /** The words of a text for people: tokens without the marks of codes, paths and options. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      String word = token.replaceAll("^[\\p{Punct}„“”‚‘’«»…]+|[\\p{Punct}„“”‚‘’«»…]+$", "");
      if (!word.isEmpty() && word.matches("\\p{L}+")) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * The words of the English texts that the German texts do not use, without the names of the
   * commands and rule sets: those are what the user types, in any language.
   */
  private static Set<String> englishOnlyWords() throws IOException {
    Set<String> english = vocabulary("words.properties");
    english.removeAll(vocabulary("words_de.properties"));
    english.removeAll(Cli.DATA_COMMANDS);
    english.removeAll(Set.of("core", "eccp", "eucles", "publication"));
    assertTrue(english.size() > 100, "the English texts: " + english);
    return english;
  }

  private static Set<String> vocabulary(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> vocabulary = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key).replaceAll("\\{\\d+}", " ");
      for (String word : words(value)) {
        vocabulary.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return vocabulary;
  }
}
