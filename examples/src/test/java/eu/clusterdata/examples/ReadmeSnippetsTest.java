package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of README.md and docs/java-api.md compiles as it stands, with the imports it
 * shows, against the library and its documented dependencies; a snippet that prints and needs
 * neither a network nor a console is also run, from the repository root, and must finish without
 * error.
 *
 * <p>A snippet is its {@code import} lines, then either statements (compiled as the body of a
 * {@code main} method) or a class (compiled as it is).
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("(?s)```java\n(.*?)```");

  @TempDir Path dir;

  /** One snippet: the page it is on, the line it starts at, and its text. */
  record Snippet(String page, int line, String text) {
    @Override
    public String toString() {
      return page + " line " + line;
    }

    boolean runs() {
      return text.contains("System.out")
          && !text.contains("remote(")
          && !text.contains("console()")
          && !text.contains("target/");
    }
  }

  static Stream<Snippet> snippets() throws Exception {
    List<Snippet> snippets = new ArrayList<>();
    for (String page : List.of("README.md", "docs/java-api.md")) {
      String text = Files.readString(ROOT.resolve(page));
      Matcher block = BLOCK.matcher(text);
      int before = snippets.size();
      while (block.find()) {
        int line = (int) text.substring(0, block.start()).lines().count() + 1;
        snippets.add(new Snippet(page, line, block.group(1)));
      }
      assertTrue(snippets.size() - before >= 2, page + " has too few snippets");
    }
    return snippets.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compilesAndRuns(Snippet snippet) throws Exception {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.text().split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    boolean isClass =
        Pattern.compile("(?m)^(@\\w+\\s*\n)*(public |final )*class ").matcher(body).find();
    String source =
        isClass
            ? imports + "\n" + body
            : imports
                + "\npublic class Snippet {\n  public static void main(String[] args) throws Exception {\n"
                + body
                + "  }\n}\n";
    String name = isClass ? "Profiles" : "Snippet";
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source);

    String classPath =
        String.join(
            File.pathSeparator,
            Files.readString(Path.of("target", "test-class-path.txt")).strip(),
            Path.of("target", "classes").toAbsolutePath().toString());
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                errors,
                null,
                null,
                List.of(
                    "-classpath",
                    classPath,
                    "-d",
                    dir.toString(),
                    "--release",
                    "17",
                    "-Xlint:none"),
                null,
                compiler
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertTrue(compiled, snippet + " does not compile:\n" + errors + "\n" + source);

    if (!isClass && snippet.runs()) {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  classPath + File.pathSeparator + dir,
                  "Snippet")
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), snippet + " did not finish");
      assertEquals(0, process.exitValue(), snippet + " failed:\n" + out);
      assertTrue(!out.isBlank(), snippet + " printed nothing");
      // A line that ends in "// true true true" promises what it prints.
      Matcher promise =
          Pattern.compile("(?m)System\\.out\\.println.*//\\s*(true( true)*)\\s*$").matcher(body);
      while (promise.find()) {
        assertTrue(out.contains(promise.group(1)), snippet + " printed:\n" + out);
      }
    }
  }
}
