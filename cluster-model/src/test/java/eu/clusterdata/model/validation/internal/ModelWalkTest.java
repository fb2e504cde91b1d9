package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.testing.GeneratedFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped walk is the one the model description gives today. */
class ModelWalkTest {

  @Test
  @Tag("generated")
  void shippedWalkIsTheGeneratedOne() {
    GeneratedFiles.check(
        "cluster-model/src/main/java/eu/clusterdata/model/validation/internal/ModelWalk.java",
        WalkSource.generate());
  }
}
