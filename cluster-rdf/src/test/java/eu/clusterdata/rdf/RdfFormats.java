package eu.clusterdata.rdf;

import eu.clusterdata.model.format.ProfileFormat;
import java.util.Arrays;
import java.util.List;

/** The RDF syntaxes of the format registry, for tests that run over each. */
final class RdfFormats {

  private RdfFormats() {}

  static List<ProfileFormat> all() {
    return Arrays.stream(ProfileFormat.values()).filter(ProfileFormat::isRdf).toList();
  }
}
