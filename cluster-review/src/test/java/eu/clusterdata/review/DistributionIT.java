package eu.clusterdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build makes, run as a person runs it: its launcher {@code bin/clusterdata}
 * runs every command of the command's jar, and {@code serve} starts the review server of the jar
 * beside it.
 */
class DistributionIT {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");

  @TempDir Path dir;

  private static Path launcher() throws IOException {
    Path distribution;
    try (var found = Files.list(Path.of("target"))) {
      distribution =
          found
              .filter(
                  p ->
                      Files.isDirectory(p) && p.getFileName().toString().startsWith("clusterdata-"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("package the module first: no distribution"));
    }
    try (var inside = Files.list(distribution)) {
      return inside.findFirst().orElseThrow().resolve("bin").resolve("clusterdata");
    }
  }

  /**
   * The installable command: the launcher of the distribution the build makes runs every command of
   * the same jar, from any working directory.
   */
  @Test
  void theDistributionsLauncherRunsEveryCommand() throws Exception {
    Path launcher = launcher();
    assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
    String nrw = EXAMPLES.resolve("nrw-clusters.jsonl").toAbsolutePath().toString();
    String showcase = EXAMPLES.resolve("showcase.json").toAbsolutePath().toString();
    String store = dir.resolve("store").toString();
    List<List<String>> commands =
        List.of(
            List.of("--version"),
            List.of("validate", nrw),
            List.of("convert", nrw, dir.resolve("nrw.ttl").toString()),
            List.of("load", "--store", store, nrw),
            List.of("query", "--store", store, "--service-area", "startup-support"),
            List.of("summary", "--output", "html", "--report", "overview.html", showcase),
            List.of("diff", nrw, dir.resolve("nrw.ttl").toString()),
            List.of("import", "--dry-run", "--merge-into", nrw, nrw),
            List.of("catalogue", "transformations"),
            List.of("schema", dir.resolve("schemas").toString()),
            List.of("generate-completion"),
            List.of("serve", "--help"));
    Path cache = dir.resolve("cache");
    String firstValidation = null;
    for (List<String> command : commands) {
      String out = launch(launcher, cache, command);
      if (command.get(0).equals("validate")) {
        assertTrue(out.contains("28 profiles checked"), out);
        firstValidation = out;
      }
    }
    assertTrue(Files.size(dir.resolve("overview.html")) > 1000, "the overview page was written");

    // The first run left a class-data sharing archive; a run that maps it says the same.
    try (var archives = Files.list(cache.resolve("clusterdata"))) {
      List<Path> found = archives.toList();
      assertEquals(1, found.size(), found.toString());
      assertTrue(found.get(0).toString().endsWith(".jsa"), found.toString());
    }
    assertEquals(firstValidation, launch(launcher, cache, List.of("validate", nrw)));
  }

  private String launch(Path launcher, Path cache, List<String> command) throws Exception {
    List<String> line = new ArrayList<>(List.of(launcher.toAbsolutePath().toString()));
    line.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().remove("CLUSTERDATA_CDS");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(0, process.exitValue(), command + "\n" + out);
    return out;
  }

  /**
   * A short run compiles with C1 alone, a run over more than 64 MiB of input files with both
   * compilers; the JVM's own account of its flags says which it was given.
   */
  @Test
  void theLauncherChoosesTheCompilersByTheInputsSize() throws Exception {
    Path launcher = launcher();
    Path small = EXAMPLES.resolve("nrw-clusters.jsonl").toAbsolutePath();
    Path large = dir.resolve("large.jsonl");
    try (var file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024 + 1); // sparse: the launcher looks at its size only
    }
    assertEquals("1", stopLevel(launcher, small));
    assertEquals("4", stopLevel(launcher, large));
    assertEquals("4", stopLevel(launcher, small, large));
  }

  /** The highest compiler tier the launcher's JVM was given for {@code validate --help FILES}. */
  private String stopLevel(Path launcher, Path... files) throws Exception {
    List<String> line =
        new ArrayList<>(List.of(launcher.toAbsolutePath().toString(), "validate", "--help"));
    for (Path file : files) {
      line.add(file.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    builder.environment().put("CLUSTERDATA_CDS", "off");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    return out.lines()
        .filter(l -> l.contains(" TieredStopAtLevel "))
        .map(l -> l.replaceAll(".*= *(\\d+).*", "$1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no TieredStopAtLevel in\n" + out));
  }

  /** {@code clusterdata serve FILE} starts the review page, which offers the file. */
  @Test
  void serveStartsTheReviewPage() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String nrw = EXAMPLES.resolve("nrw-clusters.jsonl").toAbsolutePath().toString();
    Process server =
        new ProcessBuilder(
                launcher().toAbsolutePath().toString(), "serve", nrw, "--server.port=" + port)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest page =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
      String body = null;
      for (int i = 0; i < 120 && body == null; i++) {
        try {
          HttpResponse<String> response = client.send(page, HttpResponse.BodyHandlers.ofString());
          assertEquals(200, response.statusCode());
          body = response.body();
        } catch (IOException notYet) {
          assertTrue(server.isAlive(), Files.readString(dir.resolve("server.log")));
          Thread.sleep(500);
        }
      }
      assertTrue(
          body != null,
          "the server did not answer: " + Files.readString(dir.resolve("server.log")));
      assertTrue(body.contains("data-name=\"nrw-clusters.jsonl\""), body);
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
