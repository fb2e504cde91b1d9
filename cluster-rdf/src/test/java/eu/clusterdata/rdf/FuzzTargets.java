package eu.clusterdata.rdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Fuzzing of the RDF reader with Jazzer. The first byte picks the syntax, the rest is the document.
 * In the normal test run the target replays its committed inputs; see {@code docs/fuzzing.md} for a
 * longer run.
 *
 * <p>Any input may be refused, but only with a {@link ClusterRdfException}; profiles that are read
 * must validate without an exception and be written again without one.
 */
class FuzzTargets {

  private static final ClusterRdf RDF = ClusterRdf.builder().maxInputBytes(1 << 20).build();
  private static final ProfileValidator VALIDATOR = ProfileValidator.core();
  private static final ProfileFormat[] SYNTAXES = RdfFormats.all().toArray(ProfileFormat[]::new);

  @FuzzTest(maxDuration = "5m")
  void rdfReader(byte[] input) {
    if (input.length == 0) {
      return;
    }
    ProfileFormat syntax = SYNTAXES[(input[0] & 0xff) % SYNTAXES.length];
    byte[] document = Arrays.copyOfRange(input, 1, input.length);
    RdfDocument read;
    try {
      read = RDF.read(new ByteArrayInputStream(document), syntax);
    } catch (ClusterRdfException expected) {
      return;
    }
    for (ClusterProfile profile : read.profiles()) {
      VALIDATOR.validate(profile);
      RDF.write(profile, new ByteArrayOutputStream(), ProfileFormat.N_QUADS);
    }
  }
}
