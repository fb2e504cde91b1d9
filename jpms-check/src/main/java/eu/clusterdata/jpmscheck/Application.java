package eu.clusterdata.jpmscheck;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.ProfileStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads profiles from a JSON Lines file, validates them (core and ECCP rules, messages in German),
 * writes them as Turtle and JSON-LD and reads them back, checks the SHACL shapes, and stores and
 * finds them in an embedded TDB2 store; prints one line of what it saw.
 */
public final class Application {

  private Application() {}

  public static void main(String[] args) throws Exception {
    ClusterJson json = ClusterJson.create();
    List<ClusterProfile> profiles =
        Files.readAllLines(Path.of(args[0])).stream().map(json::readProfile).toList();
    ProfileValidator validator =
        ProfileValidator.builder().ruleSets(RuleSet.CORE, RuleSet.ECCP).build();
    long findings = 0;
    String message = "";
    for (ClusterProfile profile : profiles) {
      ValidationReport report = validator.validate(profile);
      findings += report.findings().size();
      if (message.isEmpty() && !report.findings().isEmpty()) {
        message = report.findings().get(0).message(java.util.Locale.GERMAN);
      }
    }
    ClusterRdf rdf = ClusterRdf.create();
    ByteArrayOutputStream turtle = new ByteArrayOutputStream();
    rdf.write(profiles, turtle, ProfileFormat.TURTLE);
    List<ClusterProfile> back =
        rdf.read(new ByteArrayInputStream(turtle.toByteArray()), ProfileFormat.TURTLE).profiles();
    boolean shapes = rdf.validateShapes(rdf.toGraph(profiles.get(0))).conforms();
    ByteArrayOutputStream jsonLd = new ByteArrayOutputStream();
    rdf.write(profiles.get(0), jsonLd, ProfileFormat.JSON_LD);
    boolean jsonLdBack =
        rdf.read(new ByteArrayInputStream(jsonLd.toByteArray()), ProfileFormat.JSON_LD)
            .profiles()
            .equals(List.of(profiles.get(0)));
    long found;
    Path directory = Files.createTempDirectory("tdb2-");
    try (ProfileStore store = ProfileStore.embedded(directory)) {
      profiles.forEach(store::put);
      found = store.find(ClusterQuery.builder().region(NutsCode.of("DEA")).build()).size();
    }
    System.out.println(
        profiles.size()
            + " profiles, "
            + findings
            + " findings, Turtle "
            + back.equals(profiles)
            + ", JSON-LD "
            + jsonLdBack
            + ", shapes "
            + shapes
            + ", "
            + found
            + " found in DEA; "
            + message);
  }
}
