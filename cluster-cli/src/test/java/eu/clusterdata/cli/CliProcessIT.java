package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the packaged jar ({@code target/clusterdata.jar}) as a real process, the way a data steward
 * does: proves that the shaded jar kept the service files Jena and Jackson need, that exit codes
 * reach the shell, and that the bundled NRW example data validates and converts.
 */
class CliProcessIT {

  private static final Path JAR = Path.of("target", "clusterdata.jar");
  private static final Path EXAMPLES = Path.of("..", "examples", "data");

  @TempDir Path dir;

  private record Result(int status, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    return runWith(List.of(), args);
  }

  private Result runWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarValidatesConvertsAndLoads() throws Exception {
    assertTrue(Files.exists(JAR), "package the module first: " + JAR.toAbsolutePath());
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(3));

    Result valid = run("validate", input.toString());
    assertEquals(0, valid.status(), valid.toString());
    assertTrue(valid.out().contains("3 profiles checked"), valid.toString());
    assertTrue(valid.err().isEmpty(), "libraries must not log: " + valid.err());

    for (String extension : List.of("ttl", "jsonld", "rdf", "nq")) {
      Path converted = dir.resolve("out." + extension);
      Result convert = run("convert", input.toString(), converted.toString());
      assertEquals(0, convert.status(), extension + " " + convert);
      Result back = run("validate", converted.toString());
      assertEquals(0, back.status(), extension + " " + back);
      assertTrue(back.out().contains("3 profiles checked"), back.toString());
    }

    Result load = run("load", "--store", dir.resolve("store").toString(), input.toString());
    assertEquals(0, load.status(), load.toString());
    Result query = run("query", "--store", dir.resolve("store").toString(), "--output", "csv");
    assertEquals(4, query.out().lines().count(), query.toString());

    Result missing = run("validate", dir.resolve("missing.json").toString());
    assertEquals(2, missing.status(), missing.toString());
    Result usage = run("frobnicate");
    assertEquals(2, usage.status(), usage.toString());
  }

  /**
   * Checking and converting a file must not start the store: no class of the store module is loaded
   * (by the JVM's log of the classes it loads), and checking a JSON file loads no class of Jena at
   * all. (Converting to RDF starts Jena, whose start-up initialises every Jena subsystem on the
   * class path, TDB2's included: that is Jena's, not ours.)
   */
  @Test
  void validateAndConvertLoadNoClassOfTheStore() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(2));
    List<String> log = List.of("-Xlog:class+load=info:stdout");
    Result validate = runWith(log, "validate", input.toString());
    Result convert = runWith(log, "convert", input.toString(), dir.resolve("out.ttl").toString());
    for (Result result : List.of(validate, convert)) {
      assertEquals(0, result.status(), result.err());
      assertTrue(result.out().contains("eu.clusterdata.io."), "the log lists the loaded classes");
      assertFalse(result.out().contains("eu.clusterdata.store."), "a store class was loaded");
    }
    assertFalse(validate.out().contains("org.apache.jena."), "validate loaded Jena");
    assertTrue(convert.out().contains("org.apache.jena.riot."), "convert writes with Jena");
    Result load =
        runWith(log, "load", "--store", dir.resolve("store").toString(), input.toString());
    assertTrue(load.out().contains("eu.clusterdata.store."), "the check can see a store class");
  }

  @Test
  void theBundledExampleDataValidatesAndConverts() throws Exception {
    Path data = EXAMPLES.resolve("nrw-clusters.jsonl");
    assertTrue(Files.exists(data), "missing " + data.toAbsolutePath());
    Result validate = run("validate", data.toString());
    assertEquals(0, validate.status(), validate.toString());
    Result convert = run("convert", data.toString(), dir.resolve("nrw.ttl").toString());
    assertEquals(0, convert.status(), convert.toString());
    Result back = run("validate", dir.resolve("nrw.ttl").toString());
    assertEquals(0, back.status(), back.toString());
  }

  /**
   * Two processes convert the same input: every syntax gives the same bytes. (Within one process
   * the order of hash-based collections and the labels of blank nodes could agree by chance; across
   * processes they do not.)
   */
  @Test
  void twoRunsGiveTheSameBytes() throws Exception {
    Path input = EXAMPLES.resolve("nrw-clusters.jsonl");
    for (String extension : List.of("ttl", "nt", "nq", "trig", "rdf", "jsonld", "json")) {
      Path first = dir.resolve("first." + extension);
      Path second = dir.resolve("second." + extension);
      assertEquals(0, run("convert", input.toString(), first.toString()).status(), extension);
      assertEquals(0, run("convert", input.toString(), second.toString()).status(), extension);
      assertEquals(
          Files.readString(first), Files.readString(second), extension + " differs between runs");
    }
  }

  /**
   * A convert that reads standard input is stopped by a signal while its output is half written:
   * the hidden temporary file beside the target must go, and the target must not appear.
   */
  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void anInterruptedConvertLeavesNoPartialFile(String signal) throws Exception {
    assertTrue(Files.exists(JAR), "package the module first: " + JAR.toAbsolutePath());
    assertFalse(
        signal.equals("INT") && isSigintIgnored(),
        "SIGINT is ignored in this test's process, and the command would inherit that: the"
            + " build was started in the background by a shell without job control (for example"
            + " bash -c '... &'); start it in the foreground or with job control (set -m)");
    Path target = dir.resolve("out.ttl");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "convert",
                "--from",
                "jsonl",
                "-",
                target.toString())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    // One record, and the input left open: the command waits for more with its output open.
    process
        .getOutputStream()
        .write(SampleFiles.line(SampleFiles.profiles(1).get(0)).getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().write('\n');
    process.getOutputStream().flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (partialFiles().isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "no partial file appeared");
      assertTrue(process.isAlive(), "the command ended early");
      Thread.sleep(50);
    }
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not stop");
    assertEquals(List.of(), partialFiles(), "a partial file was left behind");
    assertFalse(Files.exists(target), "an unfinished target appeared");
  }

  /**
   * Whether this process ignores SIGINT, as read from {@code /proc/self/status} (Linux; false where
   * that cannot be read). A child process inherits an ignored signal, and the JVM then installs no
   * handler for it.
   */
  private static boolean isSigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (ignored & (1L << (2 - 1))) != 0; // SIGINT is signal 2, bit 1
      }
    }
    return false;
  }

  private List<Path> partialFiles() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
    }
  }
}
