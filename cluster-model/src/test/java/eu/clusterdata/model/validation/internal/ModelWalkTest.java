package eu.clusterdata.model.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped walk is the one the model description gives today. */
class ModelWalkTest {

  private static final Path SOURCE =
      Path.of("src/main/java/eu/clusterdata/model/validation/internal/ModelWalk.java");

  /** The source in the model module, also when another module runs the model's tests. */
  private static final Path SHIPPED =
      Files.exists(SOURCE) ? SOURCE : Path.of("..", "cluster-model").resolve(SOURCE);

  @Test
  void shippedWalkIsTheGeneratedOne() throws IOException {
    String generated = WalkSource.generate();
    String shipped = Files.readString(SHIPPED, StandardCharsets.UTF_8);
    if (!generated.equals(shipped)) {
      Path file = Path.of("target", "ModelWalk.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertEquals(
        generated,
        shipped,
        "the model description changed; review target/ModelWalk.java and copy it to " + SHIPPED);
  }
}
