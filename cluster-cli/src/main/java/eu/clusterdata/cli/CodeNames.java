package eu.clusterdata.cli;

import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.NutsRegion;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import org.jspecify.annotations.Nullable;

/** The official names the reports show beside codes. */
final class CodeNames {

  private CodeNames() {}

  /**
   * The name of a NUTS region: from NUTS 2024, else from NUTS 2021; empty for {@code null} or a
   * code of neither.
   */
  static String region(@Nullable NutsCode code) {
    if (code == null) {
      return "";
    }
    for (NutsVersion version : new NutsVersion[] {NutsVersion.DEFAULT, NutsVersion.NUTS_2021}) {
      var region = NutsClassification.of(version).region(code);
      if (region.isPresent()) {
        return region.map(NutsRegion::name).orElseThrow();
      }
    }
    return "";
  }
}
