package eu.clusterdata.model.validation;

import static eu.clusterdata.model.testing.TestProfiles.TODAY;
import static eu.clusterdata.model.testing.TestProfiles.id;
import static eu.clusterdata.model.validation.RuleCase.fails;
import static eu.clusterdata.model.validation.RuleCase.organisation;
import static eu.clusterdata.model.validation.RuleCase.passes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.ProgrammeRecognition;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ProgrammeLevel;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EccpRulesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase ruleCase) {
    ruleCase.check(RuleSet.ECCP);
  }

  /** Counted by identifier, as the reference rule already reports them (so not a RuleCase). */
  @Test
  void anActorNoRecordDeclaresCountsOnceHoweverOftenListed() {
    ClusterProfile profile =
        addMemberships(withMemberships(13).apply(TestProfiles.valid()), id("nobody"), id("nobody"));

    ValidationReport report = TestProfiles.validator(RuleSet.ECCP).validate(profile);

    assertEquals(
        List.of("memberships"),
        report.findings(Rule.ECCP_MEMBERS).stream().map(Finding::path).toList(),
        report.toString());
    assertEquals(14, report.findings(Rule.ECCP_MEMBERS).get(0).arguments().get(0));
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fails(
            "team size unknown",
            Rule.ECCP_TEAM_SIZE,
            "organisation.management.teamSizeFte",
            organisation(o -> o.management(Management.UNKNOWN))),
        fails(
            "team of 0.4 FTE",
            Rule.ECCP_TEAM_SIZE,
            "organisation.management.teamSizeFte",
            organisation(
                o -> o.management(Management.UNKNOWN.withTeamSizeFte(new BigDecimal("0.4"))))),
        passes(
            "team of exactly 0.5 FTE",
            Rule.ECCP_TEAM_SIZE,
            organisation(
                o -> o.management(Management.UNKNOWN.withTeamSizeFte(new BigDecimal("0.50"))))),
        fails(
            "German-only website",
            Rule.ECCP_ENGLISH_WEBSITE,
            "organisation.websiteLanguages",
            organisation(o -> o.website(Iri.of("https://test-cluster.example.org/"), "de"))),
        fails(
            "no website",
            Rule.ECCP_ENGLISH_WEBSITE,
            "organisation.website",
            organisation(o -> o.website(null))),
        passes(
            "British English website",
            Rule.ECCP_ENGLISH_WEBSITE,
            organisation(o -> o.website(Iri.of("https://test-cluster.example.org/"), "en-GB"))),
        fails("14 members", Rule.ECCP_MEMBERS, "memberships", withMemberships(14)),
        passes("15 members", Rule.ECCP_MEMBERS, withMemberships(15)),
        fails(
            "15 memberships, one of them a mere partner",
            Rule.ECCP_MEMBERS,
            "memberships",
            withMemberships(14).andThen(addMembership(MembershipRole.PARTNER, DateRange.ALWAYS))
                ::apply),
        fails(
            "15 memberships, one of them ended",
            Rule.ECCP_MEMBERS,
            "memberships",
            withMemberships(14)
                    .andThen(
                        addMembership(
                            MembershipRole.MEMBER, DateRange.of(null, TODAY.minusDays(1))))
                ::apply),
        passes(
            "15 memberships, one ending today",
            Rule.ECCP_MEMBERS,
            withMemberships(14)
                    .andThen(addMembership(MembershipRole.MEMBER, DateRange.of(null, TODAY)))
                ::apply),
        fails(
            "15 memberships, two of them of the same actor",
            Rule.ECCP_MEMBERS,
            "memberships",
            withMemberships(14).andThen(p -> addMemberships(p, p.memberships().get(0).actor()))
                ::apply),
        passes(
            "15 memberships, one of an actor no record declares (the reference rule's finding)",
            Rule.ECCP_MEMBERS,
            withMemberships(14).andThen(p -> addMemberships(p, id("nobody")))::apply),
        fails("companies only", Rule.ECCP_MEMBER_TYPES, "memberships", onlyCompanies()),
        passes(
            "no member list, counts of 15 of two helix types",
            Rule.ECCP_MEMBERS,
            countsOnly(count("sme", 12, null), count("university", 3, null))),
        passes(
            "no member list, counts of two helix types",
            Rule.ECCP_MEMBER_TYPES,
            countsOnly(count("sme", 12, null), count("university", 3, null))),
        fails(
            "no member list, counts of 14",
            Rule.ECCP_MEMBERS,
            "memberCounts",
            countsOnly(count("sme", 11, null), count("university", 3, null))),
        fails(
            "no member list, counts of companies and intermediaries only",
            Rule.ECCP_MEMBER_TYPES,
            "memberCounts",
            countsOnly(
                count("sme", 10, null),
                count("large-company", 3, null),
                count("cluster", 4, null))),
        fails(
            "no member list, a zero count names no helix type",
            Rule.ECCP_MEMBER_TYPES,
            "memberCounts",
            countsOnly(count("sme", 20, null), count("university", 0, null))),
        fails(
            "the latest counts are too few, though older ones were enough",
            Rule.ECCP_MEMBERS,
            "memberCounts",
            countsOnly(
                count("sme", 30, TODAY.minusYears(2)),
                count("university", 5, TODAY.minusYears(2)),
                count("sme", 10, TODAY.minusMonths(1)),
                count("university", 2, TODAY.minusMonths(1)))),
        passes(
            "counts dated in the future are not yet the current ones",
            Rule.ECCP_MEMBERS,
            countsOnly(
                count("sme", 30, TODAY.minusYears(1)),
                count("university", 5, TODAY.minusYears(1)),
                count("sme", 1, TODAY.plusDays(1)))),
        fails(
            "more members named than the counts give",
            Rule.ECCP_MEMBER_COUNTS,
            "memberCounts",
            p ->
                p.toBuilder()
                    .addMemberCount(count("sme", p.memberships().size() - 2, null))
                    .addMemberCount(count("university", 1, null))
                    .build()),
        passes(
            "named members and counts agree",
            Rule.ECCP_MEMBER_COUNTS,
            p ->
                p.toBuilder()
                    .addMemberCount(count("sme", p.memberships().size() - 1, null))
                    .addMemberCount(count("university", 1, null))
                    .build()),
        passes(
            "a few key members named beside counts of 67: the counts are what the ECCP counts",
            Rule.ECCP_MEMBERS,
            withMemberships(4)
                    .andThen(
                        p ->
                            p.toBuilder()
                                .addMemberCount(count("sme", 60, null))
                                .addMemberCount(count("university", 7, null))
                                .build())
                ::apply),
        passes(
            "a few key members beside counts: no warning, the counts hold more",
            Rule.ECCP_MEMBER_COUNTS,
            withMemberships(4)
                    .andThen(
                        p ->
                            p.toBuilder()
                                .addMemberCount(count("sme", 60, null))
                                .addMemberCount(count("university", 7, null))
                                .build())
                ::apply),
        fails(
            "key members beside counts of 12: the counts fall short",
            Rule.ECCP_MEMBERS,
            "memberCounts",
            withMemberships(15)
                    .andThen(
                        p ->
                            p.toBuilder()
                                .addMemberCount(count("sme", 10, null))
                                .addMemberCount(count("university", 2, null))
                                .build())
                ::apply),
        passes(
            "companies and one intermediary count as one type, so add a public body",
            Rule.ECCP_MEMBER_TYPES,
            onlyCompanies()
                    .andThen(
                        p ->
                            p.toBuilder()
                                .addMember(
                                    Actor.of(
                                        id("agency"),
                                        MultilingualText.de("Wirtschaftsförderung"),
                                        ActorType.PUBLIC_BODY))
                                .build())
                ::apply),
        fails(
            "recognition ended, so no waiver",
            Rule.ECCP_TEAM_SIZE,
            "organisation.management.teamSizeFte",
            organisation(
                o ->
                    o.management(Management.UNKNOWN)
                        .addRecognition(
                            recognition(
                                ProgrammeLevel.NATIONAL, DateRange.of(null, TODAY.minusDays(1)))))),
        passes(
            "European programme does not waive, but criteria are met",
            Rule.ECCP_WAIVED,
            organisation(
                o -> o.addRecognition(recognition(ProgrammeLevel.EUROPEAN, DateRange.ALWAYS)))),
        fails(
            "recognised by a national programme: waived",
            Rule.ECCP_WAIVED,
            "organisation.recognitions",
            organisation(
                o ->
                    o.management(Management.UNKNOWN)
                        .website(null)
                        .addRecognition(recognition(ProgrammeLevel.NATIONAL, DateRange.ALWAYS)))));
  }

  private static MemberCount count(String type, int count, LocalDate asOf) {
    return MemberCount.of(MemberType.of(type), count, asOf);
  }

  /** Drops the member list and states the composition by {@code counts} instead. */
  private static UnaryOperator<ClusterProfile> countsOnly(MemberCount... counts) {
    return p -> {
      ClusterProfile.Builder builder = p.withMemberships(List.of()).toBuilder();
      List.of(counts).forEach(builder::addMemberCount);
      return builder.build();
    };
  }

  private static ProgrammeRecognition recognition(ProgrammeLevel level, DateRange period) {
    return new ProgrammeRecognition(MultilingualText.de("go-cluster"), level, period, null);
  }

  /** Keeps the fixture's first {@code count} memberships. */
  private static UnaryOperator<ClusterProfile> withMemberships(int count) {
    return p -> rebuild(p, p.actors(), p.memberships().subList(0, count));
  }

  /** Adds a membership of a new company with the given role and period. */
  private static UnaryOperator<ClusterProfile> addMembership(
      MembershipRole role, DateRange period) {
    return p -> {
      Actor extra =
          Actor.company(id("extra"), MultilingualText.de("Zusatz GmbH"), CompanySize.STARTUP);
      return p.toBuilder()
          .addActor(extra)
          .addMembership(new Membership(extra.id(), role, period))
          .build();
    };
  }

  /** Adds a membership of each of {@code actors}, declared or not. */
  private static ClusterProfile addMemberships(ClusterProfile p, Iri... actors) {
    ClusterProfile.Builder builder = p.toBuilder();
    for (Iri actor : actors) {
      builder.addMembership(Membership.of(actor));
    }
    return builder.build();
  }

  private static UnaryOperator<ClusterProfile> onlyCompanies() {
    return p -> {
      List<Actor> companies =
          p.actors().stream().filter(a -> a.type() == ActorType.COMPANY).toList();
      List<Membership> memberships = companies.stream().map(a -> Membership.of(a.id())).toList();
      ClusterProfile.Builder builder = rebuild(p, companies, memberships).toBuilder();
      for (int i = 0; i < 4; i++) {
        builder.addMember(
            Actor.of(
                id("chamber-" + i), MultilingualText.de("Kammer " + i), ActorType.INTERMEDIARY));
      }
      return builder.build();
    };
  }

  private static ClusterProfile rebuild(
      ClusterProfile p, List<Actor> actors, List<Membership> memberships) {
    return p.withActors(actors).withMemberships(memberships);
  }
}
