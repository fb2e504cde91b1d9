package eu.clusterdata.examples;

import eu.clusterdata.model.Citation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * What the NRW set cannot show, on the fictitious showcase: a cluster's members counted from its
 * list and from its stated counts, a label history with what is valid today, partnership interests,
 * and where each statement comes from. And why such data must not be published: the publication
 * rules say so.
 */
public final class ShowcaseTour {

  private ShowcaseTour() {}

  static List<ClusterProfile> run(PrintStream out, LocalDate today) {
    List<ClusterProfile> showcase = DataSet.read(DataSet.showcase());
    for (ClusterProfile profile : showcase) {
      out.println(profile.organisation().name().get("de").orElseThrow());
      long listed =
          profile.memberships().stream()
              .filter(m -> m.isCommittedOn(today))
              .map(m -> m.actor())
              .distinct()
              .count();
      long counted =
          MemberCount.current(profile.memberCounts(), today).stream()
              .mapToLong(MemberCount::count)
              .sum();
      out.println("  members: " + listed + " listed, " + counted + " by the stated counts");
      for (Label label : profile.organisation().labels()) {
        out.println(
            "  label "
                + label.level().code()
                + " awarded "
                + label.awarded()
                + (label.isValidOn(today) ? ", valid today" : ", not valid today"));
      }
      for (PartnershipInterest interest : profile.interests()) {
        out.println(
            "  "
                + interest.direction().code()
                + "s "
                + interest.kind().code()
                + " with "
                + interest.countries());
      }
      for (Citation citation : profile.organisation().citations()) {
        out.println("  says so: " + citation.source().title() + ", " + citation.locator());
      }
      ProfileValidator.builder()
          .ruleSets(RuleSet.PUBLICATION)
          .build()
          .validate(profile)
          .findings()
          .forEach(
              f ->
                  out.println("  " + f.rule().code() + ": " + f.message(java.util.Locale.ENGLISH)));
    }
    return showcase;
  }

  public static void main(String[] args) {
    run(System.out, LocalDate.now());
  }
}
