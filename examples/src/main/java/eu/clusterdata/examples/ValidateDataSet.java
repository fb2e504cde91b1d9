package eu.clusterdata.examples;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.ValidationReport;
import java.io.PrintStream;

/**
 * Validates the NRW data set with the ECCP listing criteria and prints, per cluster, what it lacks:
 * how to read a {@link ValidationReport}.
 */
public final class ValidateDataSet {

  private ValidateDataSet() {}

  /** Returns the number of profiles that do not meet the criteria. */
  static long run(PrintStream out) {
    // The core rules always apply; ECCP adds the listing criteria.
    ProfileValidator validator = ProfileValidator.builder().ruleSets(RuleSet.ECCP).build();
    long failing = 0;
    for (ClusterProfile profile : DataSet.read()) {
      ValidationReport report = validator.validate(profile);
      if (report.conforms()) {
        continue;
      }
      failing++;
      out.println(profile.organisation().name().best(java.util.List.of("de")).orElseThrow() + ":");
      // Each finding has a stable rule code, a path into the profile and a message.
      for (Finding finding : report.errors()) {
        out.println(
            "  " + finding.rule().code() + " at " + finding.path() + ": " + finding.message());
      }
    }
    out.println(failing + " profiles do not meet the ECCP listing criteria yet.");
    return failing;
  }

  public static void main(String[] args) {
    run(System.out);
  }
}
