package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Main#run(List, Map, java.io.OutputStream, java.io.OutputStream)}: commands in process on
 * inputs given by name (the review page's uploads), and the HTML fragments the page places in
 * itself.
 */
class NamedInputsTest {

  private static final Path NRW = Path.of("..", "examples", "data", "nrw-clusters.jsonl");

  private record Run(int status, String out, String err) {}

  private static Run run(Map<String, Main.Input> inputs, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(List.of(args), inputs, out, err);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, Main.Input> upload(String name, byte[] bytes) {
    return Map.of(name, () -> new ByteArrayInputStream(bytes));
  }

  @Test
  void aCommandReadsTheInputByItsNameAndTheNameTellsTheFormat() throws Exception {
    byte[] nrw = Files.readAllBytes(NRW);
    Run validate = run(upload("export.jsonl", nrw), "validate", "--output", "json", "export.jsonl");
    assertEquals(0, validate.status(), validate.toString());
    assertTrue(validate.out().contains("\"file\" : \"export.jsonl\""), validate.out());

    // The name declares JSON Lines; content that is not is refused as a file would be.
    Run wrong = run(upload("export.ttl", nrw), "validate", "export.ttl");
    assertEquals(2, wrong.status(), wrong.toString());
  }

  @Test
  void onlyTheNamedInputsAreRead() throws Exception {
    // A file that exists is not read when it is not among the inputs.
    Run run = run(upload("export.jsonl", Files.readAllBytes(NRW)), "validate", NRW.toString());
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.out().contains("there is no input " + NRW), run.toString());
    assertTrue(run.out().contains("export.jsonl"), run.toString());
  }

  @Test
  void theFragmentsAreThePagesWithoutTheirDocument() throws Exception {
    Map<String, Main.Input> inputs = upload("export.jsonl", Files.readAllBytes(NRW));
    for (String command : List.of("validate", "summary")) {
      String page = run(inputs, command, "--output", "html", "export.jsonl").out();
      String fragment = run(inputs, command, "--output", "html-fragment", "export.jsonl").out();
      assertTrue(page.startsWith("<!DOCTYPE html>"), page);
      assertFalse(fragment.contains("<html") || fragment.contains("<style"), fragment);
      assertTrue(fragment.startsWith("<h1>"), fragment);
      assertTrue(page.contains(fragment.strip()), command + ": the page holds the fragment whole");
    }
  }

  @Test
  void serveWithoutTheLauncherSaysHowToStartTheServer() {
    Cli serve = Cli.run("serve", "--lang", "de", "export.jsonl", "--server.port=8090");
    assertEquals(Main.FAILED, serve.status(), serve.toString());
    assertTrue(serve.err().contains("bin/clusterdata serve"), serve.toString());
    assertTrue(serve.err().contains("eigener Server"), serve.toString());
  }
}
