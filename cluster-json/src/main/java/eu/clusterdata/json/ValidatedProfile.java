package eu.clusterdata.json;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ValidationReport;
import java.util.Objects;

/**
 * A profile read from JSON together with its validation report, whose paths are JSON paths into the
 * document ({@code $.memberships[3].actor}).
 *
 * @param profile the profile
 * @param report the findings of the validator
 */
public record ValidatedProfile(ClusterProfile profile, ValidationReport report) {

  public ValidatedProfile {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(report, "report");
  }
}
