package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON-LD context is what {@link ContextSource} makes from the writer's output: when
 * the mapping changes, this fails and writes the new context to {@code target/context.jsonld}, to
 * be copied over the shipped one (after reading the difference).
 */
class ContextTest {

  @Test
  void theShippedContextIsTheGeneratedOne() throws IOException {
    String generated = ContextSource.generate();
    String shipped = ClusterRdf.context();
    if (!generated.equals(shipped)) {
      Files.writeString(Path.of("target", "context.jsonld"), generated);
    }
    assertEquals(generated, shipped, "the new context is in target/context.jsonld");
  }
}
