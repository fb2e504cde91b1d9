package eu.clusterdata.model.validation;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The catalogue of targeted corruptions the property tests apply to generated profiles. */
final class Corruptions {

  private Corruptions() {}

  static List<Corruption> all() {
    return List.of(
        Corruption.of(
                "member that is no actor",
                Rule.CORE_REFERENCE,
                (p, r) -> {
                  int i = r.nextInt(p.memberships().size());
                  List<Membership> memberships = new ArrayList<>(p.memberships());
                  Membership m = memberships.get(i);
                  memberships.set(
                      i, new Membership(Iri.of(m.actor().value() + "-gone"), m.role(), m.period()));
                  return new Corruption.Result(
                      p.withMemberships(memberships), "memberships[" + i + "].actor");
                })
            .alsoAllowing(Rule.ECCP_MEMBERS, Rule.ECCP_MEMBER_TYPES),
        Corruption.of(
                "actor id used twice",
                Rule.CORE_DUPLICATE_ID,
                (p, r) -> {
                  int i = 1 + r.nextInt(p.actors().size() - 1);
                  List<Actor> actors = new ArrayList<>(p.actors());
                  Actor a = actors.get(i);
                  actors.set(
                      i,
                      new Actor(
                          p.actors().get(0).id(),
                          a.name(),
                          a.type(),
                          a.companySize(),
                          a.website(),
                          a.location(),
                          a.sectors(),
                          a.extensions()));
                  return new Corruption.Result(p.withActors(actors), "actors[" + i + "].id");
                })
            .alsoAllowing(Rule.CORE_REFERENCE, Rule.ECCP_MEMBERS, Rule.ECCP_MEMBER_TYPES),
        Corruption.of(
                "region in no NUTS version",
                Rule.CORE_NUTS_UNKNOWN,
                (p, r) -> {
                  // A malformed code cannot be made (issue 33); a well-formed unlisted one can.
                  Location l = p.organisation().location();
                  NutsCode unlisted = NutsCode.of("DEZ9" + (char) ('A' + r.nextInt(26)));
                  return new Corruption.Result(
                      withOrganisation(
                          p, o -> o.location(new Location(l.country(), unlisted, l.address()))),
                      "organisation.location.region");
                })
            .alsoAllowing(Rule.CORE_REGION_COUNTRY),
        Corruption.of(
            "region outside the country",
            Rule.CORE_REGION_COUNTRY,
            (p, r) ->
                new Corruption.Result(
                    withOrganisation(
                        p,
                        o ->
                            o.location(
                                Location.of(
                                    CountryCode.of("FR"), p.organisation().location().region()))),
                    "organisation.location.region")),
        Corruption.of(
            "blank text",
            Rule.CORE_TEXT_BLANK,
            (p, r) -> {
              int i = r.nextInt(p.services().size());
              List<Service> services = new ArrayList<>(p.services());
              Service s = services.get(i);
              services.set(
                  i,
                  new Service(
                      s.id(),
                      s.name().with("en", "\t"),
                      s.area(),
                      s.format(),
                      s.targetGroups(),
                      s.transformations(),
                      s.description(),
                      s.url(),
                      s.extensions(),
                      s.citations()));
              return new Corruption.Result(p.withServices(services), "services[" + i + "].name.en");
            }),
        Corruption.of(
                "period reversed",
                Rule.CORE_PERIOD,
                (p, r) -> {
                  int i = r.nextInt(p.memberships().size());
                  List<Membership> memberships = new ArrayList<>(p.memberships());
                  memberships.set(
                      i,
                      new Membership(
                          memberships.get(i).actor(),
                          MembershipRole.MEMBER,
                          DateRange.of(LocalDate.of(2020, 2, 2), LocalDate.of(2020, 1, 1))));
                  return new Corruption.Result(
                      p.withMemberships(memberships), "memberships[" + i + "].period");
                })
            .alsoAllowing(Rule.ECCP_MEMBERS, Rule.ECCP_MEMBER_TYPES, Rule.ECCP_MEMBER_COUNTS),
        Corruption.of(
            "impulse not in the catalogue",
            Rule.CORE_IMPULSE,
            (p, r) -> {
              ClusterProfile broken =
                  p.toBuilder()
                      .addImpulseUptake(
                          new ImpulseUptake(
                              "I" + (26 + r.nextInt(70)), ImpulseStatus.PLANNED, null, null))
                      .build();
              return new Corruption.Result(
                  broken, "impulseUptakes[" + p.impulseUptakes().size() + "].impulse");
            }),
        Corruption.of(
            "non-company with a size",
            Rule.CORE_COMPANY_SIZE,
            (p, r) -> {
              ClusterProfile broken =
                  p.toBuilder()
                      .addActor(
                          new Actor(
                              Iri.of("https://example.org/corrupt/uni"),
                              MultilingualText.de("Uni"),
                              ActorType.UNIVERSITY,
                              CompanySize.SME,
                              null,
                              Location.UNKNOWN,
                              List.of(),
                              Extensions.NONE))
                      .build();
              return new Corruption.Result(broken, "actors[" + p.actors().size() + "].companySize");
            }),
        Corruption.of(
            "team below 0.5 FTE",
            Rule.ECCP_TEAM_SIZE,
            (p, r) ->
                new Corruption.Result(
                    withOrganisation(
                        withoutRecognitions(p),
                        o ->
                            o.management(
                                p.organisation()
                                    .management()
                                    .withTeamSizeFte(new BigDecimal("0.25")))),
                    "organisation.management.teamSizeFte")),
        Corruption.of(
            "Gold below 80%",
            Rule.EUCLES_GOLD_SCORE,
            (p, r) -> {
              ClusterProfile broken =
                  withOrganisation(
                      p,
                      o ->
                          o.addLabel(
                                  new Label(
                                      LabelLevel.GOLD,
                                      LocalDate.of(2026, 1, 5),
                                      LocalDate.of(2028, 1, 31),
                                      BigDecimal.valueOf(r.nextInt(800), 1)))
                              .addListing(Iri.of("https://clustercollaboration.eu/x")));
              return new Corruption.Result(
                  broken,
                  "organisation.labels[" + p.organisation().labels().size() + "].scorePercent");
            }));
  }

  private static ClusterProfile withOrganisation(
      ClusterProfile p, UnaryOperator<ClusterOrganisation.Builder> change) {
    return p.toBuilder().organisation(change.apply(p.organisation().toBuilder()).build()).build();
  }

  /** Drops programme recognitions, which would waive the ECCP criteria. */
  private static ClusterProfile withoutRecognitions(ClusterProfile p) {
    ClusterOrganisation o = p.organisation();
    ClusterOrganisation without =
        new ClusterOrganisation(
            o.id(),
            o.name(),
            o.acronym(),
            o.description(),
            o.website(),
            o.websiteLanguages(),
            o.location(),
            o.focus(),
            o.management(),
            o.labels(),
            o.partnerships(),
            List.of(),
            o.contacts(),
            o.listings(),
            o.extensions(),
            o.citations());
    return p.toBuilder().organisation(without).build();
  }
}
