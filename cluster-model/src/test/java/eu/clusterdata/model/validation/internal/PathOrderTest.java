package eu.clusterdata.model.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

  @Test
  void indicesCompareAsNumbers() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "actors[10].id",
                "actors[2].id",
                "actors",
                "actors[2].companySize",
                "memberships[1].actor",
                "actors[100]"));
    paths.sort(FindingOrder::compare);
    assertEquals(
        List.of(
            "actors",
            "actors[2].companySize",
            "actors[2].id",
            "actors[10].id",
            "actors[100]",
            "memberships[1].actor"),
        paths);
  }
}
