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
import picocli.CommandLine;

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
    run("query", "--lang", "de", "--store", store, "--label", "platinum");
    run("query", "--lang", "de", "--store", store, "--ecosystem", "digitale-wirtschaft");
    run("query", "--lang", "de", "--store", store, "--impulse", "I99");
    run("query", "--lang", "de", "--store", store, "--region", "DEZ9");
    run("catalogue", "nace", "--lang", "de", "--revision", "3");
    run("catalogue", "nuts", "--lang", "de", "--nuts", "2019");
    Cli partners =
        run(
            "query",
            "--lang",
            "de",
            "--store",
            store,
            "--partners-of",
            "https://clusterdata.eu/data/nrw/clib");
    assertTrue(
        partners.out().contains("gemeinsame Transformation „Dekarbonisierung“"),
        "reasons name titles, not codes: " + partners);
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

    assertEquals(Map.of(), englishIn(outputs), "English words of the command line under --lang de");
    assertTrue(outputs.size() > 25, "every command's output was read");
  }

  /**
   * The help of every command, its version and the answers to a mistyped command are German under
   * {@code --lang de}, whether it comes before the command or after it; none of the words of the
   * English help, or of picocli's own English, is left.
   */
  @Test
  void helpAndMistakesSpeakGermanUnderLangDe() throws IOException {
    List<String> commands = new ArrayList<>(Cli.DATA_COMMANDS);
    commands.addAll(List.of("help", "generate-completion"));
    run("--lang", "de", "--help");
    run("--lang", "de");
    run("--lang", "de", "help", "validate");
    for (String command : commands) {
      run("--lang", "de", command, "--help");
      if (!command.equals("help") && !command.equals("generate-completion")) {
        run(command, "--lang", "de", "--help");
      }
    }
    assertTrue(outputs.stream().allMatch(o -> o.text().contains("Aufruf: clusterdata")), "usage");
    run("--lang", "de", "--version");

    Cli unknown = run("--lang", "de", "validate", "--rulez", "eccp", "x.jsonl");
    assertEquals(Main.FAILED, unknown.status(), unknown.toString());
    assertTrue(unknown.err().contains("Unbekannte Option: '--rulez'"), unknown.toString());
    assertTrue(unknown.err().contains("Meinten Sie: --rules?"), unknown.toString());
    assertTrue(
        unknown.err().contains("Hilfe: clusterdata validate --lang de --help"), unknown.toString());
    run("--lang", "de", "vaidate", "x.jsonl");
    run("--lang", "de", "validate");
    run("--lang", "de", "convert", "in.jsonl");
    run("--lang", "de", "catalogue", "nace", "--level", "eins");
    run("--lang", "de", "catalogue", "nace", "--revision", "2", "--level", "1");
    run("--lang", "de", "query", "--store", "s", "--members-of", "a", "--partners-of", "b");
    run("--lang", "de", "query", "--store", "s", "--limit", "1", "--limit", "2");
    run("summary", "x.jsonl", "--lang", "de", "--report");
    assertEquals(
        0,
        outputs.stream()
            .filter(o -> o.text().contains("Exception") || o.text().contains("\tat "))
            .count(),
        "no stack trace");
    assertEquals(Map.of(), englishIn(outputs), "English words in the help under --lang de");

    Cli nace = Cli.run("catalogue", "nace", "--lang", "de", "--level", "1");
    assertTrue(
        nace.err().contains("NACE Rev. 2.1 hat in dieser Bibliothek keine deutschen Titel"),
        nace.toString());
    assertEquals(1, nace.err().lines().count(), "said once: " + nace);
  }

  /** The English-only words in the outputs, with where each was found. */
  private static Map<String, Set<String>> englishIn(List<Output> outputs) throws IOException {
    Set<String> english = englishOnlyWords();
    Set<String> placeholders = placeholders();
    Map<String, Set<String>> found = new TreeMap<>();
    for (Output output : outputs) {
      for (String word : words(output.text())) {
        if (english.contains(word.toLowerCase(Locale.ROOT)) && !placeholders.contains(word)) {
          found.computeIfAbsent(word, w -> new TreeSet<>()).add(output.what());
        }
      }
    }
    return found;
  }

  /**
   * The placeholders of the help ({@code FILE}, {@code LANG}...), which name what the user types,
   * like the option names, in either language.
   */
  private static Set<String> placeholders() {
    Set<String> labels = new TreeSet<>(Set.of("COMMAND"));
    CommandLine line =
        Main.commandLine(new Main(InputStream.nullInputStream(), System.out, System.err, Map.of()));
    for (CommandLine command : line.getSubcommands().values()) {
      command.getCommandSpec().args().forEach(arg -> labels.add(arg.paramLabel()));
    }
    labels.removeIf(label -> !label.matches("\\p{Lu}+"));
    return labels;
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
      if (token.matches("[\\[('„]?-{1,2}\\p{L}.*")) {
        continue; // an option, such as --semicolons
      }
      String word = token.replaceAll("^[\\p{Punct}„“”‚‘’«»…]+|[\\p{Punct}„“”‚‘’«»…]+$", "");
      if (word.length() > 1 && word.matches("\\p{L}+")) {
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
    english.addAll(englishHelp());
    english.removeAll(vocabulary("words_de.properties"));
    english.removeAll(vocabulary("help_de.properties"));
    english.removeAll(germanCatalogues());
    english.removeAll(Cli.DATA_COMMANDS);
    english.removeAll(Set.of("core", "eccp", "eucles", "publication"));
    assertTrue(english.size() > 100, "the English texts: " + english);
    return english;
  }

  /** The words of the German titles of the catalogues, which the reports show for codes. */
  private static Set<String> germanCatalogues() {
    Set<String> vocabulary = new TreeSet<>();
    for (String catalogue :
        List.of(
            "impulses", "service-areas", "transformations", "ecosystems", "innovation-fields")) {
      words(Cli.run("catalogue", catalogue, "--lang", "de").out())
          .forEach(w -> vocabulary.add(w.toLowerCase(Locale.ROOT)));
    }
    return vocabulary;
  }

  /** The words of the English help of every command, and of picocli's answers to mistakes. */
  private static Set<String> englishHelp() {
    StringBuilder help = new StringBuilder();
    List<String> commands = new ArrayList<>(Cli.DATA_COMMANDS);
    commands.addAll(List.of("help", "generate-completion"));
    for (String command : commands) {
      help.append(Cli.run(command, "--help").out());
    }
    help.append(Cli.run("--help").out());
    CommandLine line =
        Main.commandLine(new Main(InputStream.nullInputStream(), System.out, System.err, Map.of()));
    java.io.StringWriter picocli = new java.io.StringWriter();
    line.setErr(new java.io.PrintWriter(picocli));
    line.execute("validate", "--rulez", "x");
    line.execute("query", "--store", "s", "--members-of", "a", "--partners-of", "b");
    line.execute("validate");
    help.append(picocli);
    Set<String> vocabulary = new TreeSet<>();
    for (String token : help.toString().split("\\s+")) {
      if (!token.matches(".*[-\\[=<>{}].*")) {
        words(token).forEach(w -> vocabulary.add(w.toLowerCase(Locale.ROOT)));
      }
    }
    return vocabulary;
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
