package eu.clusterdata.jpmscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The application runs on the module path as a user would start it: {@code java --module-path ...
 * --module eu.clusterdata.jpmscheck/...}, with no {@code --add-modules} and nothing on the class
 * path. Every module the library needs at run time must be required by some module.
 */
class ModulePathTest {

  @Test
  void runsOnTheModulePathWithoutExtraFlags() throws Exception {
    String modulePath =
        Path.of("target", "classes").toAbsolutePath()
            + File.pathSeparator
            + Files.readString(Path.of("target", "module-path.txt")).strip();
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "--module",
                "eu.clusterdata.jpmscheck/eu.clusterdata.jpmscheck.Application",
                Path.of("..", "examples", "data", "nrw-clusters.jsonl").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the application did not finish");
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.startsWith("28 profiles, "), out);
    assertTrue(out.contains("Turtle true, JSON-LD true, shapes true, 28 found in DEA"), out);
    assertTrue(out.contains("ECCP"), "a German message from the validator: " + out);
  }
}
