package eu.clusterdata.model.validation;

import static eu.clusterdata.model.testing.TestProfiles.id;
import static eu.clusterdata.model.validation.RuleCase.fails;
import static eu.clusterdata.model.validation.RuleCase.organisation;
import static eu.clusterdata.model.validation.RuleCase.passes;
import static eu.clusterdata.model.validation.RuleCase.profile;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Classification;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.StatusChange;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.Money;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoreRulesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase ruleCase) {
    ruleCase.check();
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fails(
            "uptake history ends in another status",
            Rule.CORE_UPTAKE_HISTORY,
            "impulseUptakes[0].history[1].status",
            profile(
                p ->
                    p.addImpulseUptake(
                        uptake(
                            ImpulseStatus.IMPLEMENTED,
                            StatusChange.of(ImpulseStatus.PLANNED, LocalDate.of(2024, 1, 1)),
                            StatusChange.of(
                                ImpulseStatus.IN_PROGRESS, LocalDate.of(2025, 1, 1)))))),
        fails(
            "uptake history out of date order",
            Rule.CORE_UPTAKE_HISTORY,
            "impulseUptakes[0].history[1].date",
            profile(
                p ->
                    p.addImpulseUptake(
                        uptake(
                            ImpulseStatus.IN_PROGRESS,
                            StatusChange.of(ImpulseStatus.PLANNED, LocalDate.of(2025, 1, 1)),
                            StatusChange.of(
                                ImpulseStatus.IN_PROGRESS, LocalDate.of(2024, 1, 1)))))),
        passes(
            "uptake history in order, ending in the status",
            Rule.CORE_UPTAKE_HISTORY,
            profile(
                p ->
                    p.addImpulseUptake(
                        uptake(
                            ImpulseStatus.IN_PROGRESS,
                            StatusChange.of(ImpulseStatus.PLANNED, LocalDate.of(2024, 1, 1)),
                            StatusChange.of(
                                ImpulseStatus.IN_PROGRESS, LocalDate.of(2024, 1, 1)))))),
        fails(
            "classification without code or name",
            Rule.CORE_CLASSIFICATION_EMPTY,
            "organisation.focus.classifications[0]",
            organisation(
                o ->
                    o.focus(
                        ThematicFocus.NONE.withClassifications(
                            new Classification(id("scheme"), "2021", null, null))))),
        passes(
            "classification by name only",
            Rule.CORE_CLASSIFICATION_EMPTY,
            organisation(
                o ->
                    o.focus(
                        ThematicFocus.NONE.withClassifications(
                            Classification.named(
                                id("scheme"), MultilingualText.en("Additive Manufacturing")))))),
        fails(
            "member type counted twice for one day",
            Rule.CORE_MEMBER_COUNT_DUPLICATE,
            "memberCounts[1].type",
            profile(
                p ->
                    p.addMemberCount(MemberCount.of(MemberType.SME, 3, LocalDate.of(2025, 1, 1)))
                        .addMemberCount(
                            MemberCount.of(MemberType.SME, 4, LocalDate.of(2025, 1, 1))))),
        passes(
            "member type counted on two days",
            Rule.CORE_MEMBER_COUNT_DUPLICATE,
            profile(
                p ->
                    p.addMemberCount(MemberCount.of(MemberType.SME, 3, LocalDate.of(2024, 1, 1)))
                        .addMemberCount(
                            MemberCount.of(MemberType.SME, 4, LocalDate.of(2025, 1, 1))))),
        fails(
            "unlisted member type",
            Rule.CORE_CODE_UNLISTED,
            "memberCounts[0].type",
            profile(p -> p.addMemberCount(MemberCount.of(MemberType.of("craft-firm"), 3, null)))),
        fails(
            "event outcome names nothing of the profile",
            Rule.CORE_REFERENCE,
            "events[0].outcomes[0]",
            profile(
                p ->
                    p.addEvent(
                        Event.builder(id("event"), MultilingualText.de("Cluster-Dialog"))
                            .outcomes(id("no-such-project"))
                            .build()))),
        fails(
            "event with the identifier of an actor",
            Rule.CORE_DUPLICATE_ID,
            "events[0].id",
            p ->
                p.toBuilder()
                    .addEvent(
                        Event.builder(p.actors().get(0).id(), MultilingualText.de("Treffen"))
                            .build())
                    .build()),
        passes(
            "urn identifier",
            Rule.CORE_IRI,
            organisation(o -> o.addListing(Iri.of("urn:eccp:cluster:42")))),
        fails(
            "blank German name",
            Rule.CORE_TEXT_BLANK,
            "organisation.name.de",
            organisation(o -> o.name(MultilingualText.de(" ").with("en", "Test Cluster")))),
        passes(
            "regional language tag",
            Rule.CORE_TEXT_LANGUAGE,
            organisation(o -> o.name(MultilingualText.of("de-CH", "Testcluster")))),
        fails(
            "blank acronym",
            Rule.CORE_BLANK,
            "organisation.acronym",
            organisation(o -> o.acronym("  "))),
        passes(
            "NACE Rev. 2.1 has section V",
            Rule.CORE_NACE,
            organisation(
                o ->
                    o.focus(
                        ThematicFocus.NONE.withSectors(
                            NaceCode.rev21("V"), NaceCode.rev2("62.01"))))),
        fails(
            "technology outside the list",
            Rule.CORE_CODE_UNLISTED,
            "organisation.focus.technologies[1]",
            organisation(
                o ->
                    o.focus(
                        ThematicFocus.NONE.withTechnologies(
                            Technology.of("hydrogen"), Technology.of("space-elevators"))))),
        passes(
            "listed technology",
            Rule.CORE_CODE_UNLISTED,
            organisation(
                o ->
                    o.focus(
                        ThematicFocus.NONE.withTechnologies(
                            Technology.of("artificial-intelligence"))))),
        fails(
            "membership ends before it starts",
            Rule.CORE_PERIOD,
            "memberships[0].period",
            firstMembership(DateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2025, 1, 1)))),
        passes(
            "one-day membership",
            Rule.CORE_PERIOD,
            firstMembership(DateRange.of(TestProfiles.TODAY, TestProfiles.TODAY))),
        fails(
            "label valid until before awarded",
            Rule.CORE_PERIOD,
            "organisation.labels[0].validUntil",
            organisation(
                o ->
                    o.addLabel(
                        Label.of(
                            LabelLevel.BRONZE,
                            LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 2, 1))))),
        fails(
            "modified before created",
            Rule.CORE_PERIOD,
            "metadata.lastModified",
            p ->
                p.toBuilder()
                    .metadata(withModified(p.metadata(), Instant.parse("2026-01-01T00:00:00Z")))
                    .build()),
        fails(
            "negative team size",
            Rule.CORE_RANGE,
            "organisation.management.teamSizeFte",
            organisation(
                o -> o.management(Management.UNKNOWN.withTeamSizeFte(new BigDecimal("-1"))))),
        fails(
            "score above 100",
            Rule.CORE_RANGE,
            "organisation.labels[0].scorePercent",
            organisation(
                o ->
                    o.addLabel(
                        new Label(
                            LabelLevel.GOLD,
                            LocalDate.of(2026, 1, 10),
                            LocalDate.of(2028, 1, 31),
                            new BigDecimal("120"))))),
        fails(
            "negative budget",
            Rule.CORE_RANGE,
            "projects[0].budget.amount",
            profile(
                p ->
                    p.addProject(
                        Project.builder(id("project"), MultilingualText.en("ROCKET"))
                            .budget(Money.euro(-5))
                            .build()))),
        fails(
            "founded in the future",
            Rule.CORE_FUTURE,
            "organisation.management.foundingYear",
            organisation(
                o ->
                    o.management(
                        Management.UNKNOWN
                            .withTeamSizeFte(BigDecimal.ONE)
                            .withFoundingYear(Year.of(2030))))),
        passes(
            "founded this year",
            Rule.CORE_FUTURE,
            organisation(
                o ->
                    o.management(
                        Management.UNKNOWN
                            .withTeamSizeFte(BigDecimal.ONE)
                            .withFoundingYear(Year.of(2026))))),
        fails(
            "malformed e-mail",
            Rule.CORE_EMAIL,
            "organisation.contacts[0].email",
            organisation(
                o -> o.addContact(ContactPoint.office("Geschäftsstelle", "info(at)example.org")))),
        fails(
            "telephone in words",
            Rule.CORE_FORMAT,
            "organisation.contacts[0].telephone",
            organisation(
                o ->
                    o.addContact(
                        new ContactPoint("Geschäftsstelle", null, "call us", null, false)))),
        passes(
            "international telephone",
            Rule.CORE_FORMAT,
            organisation(
                o ->
                    o.addContact(
                        new ContactPoint(
                            "Geschäftsstelle", null, "+49 (0)211 123-456", null, false)))),
        fails(
            "service reuses an actor's id",
            Rule.CORE_DUPLICATE_ID,
            "services[1].id",
            profile(
                p ->
                    p.addService(
                        Service.builder(
                                id("company-3"),
                                MultilingualText.de("Doppelt"),
                                ServiceArea.STARTUP_SUPPORT)
                            .build()))),
        fails(
            "member that is no actor",
            Rule.CORE_REFERENCE,
            "memberships[16].actor",
            profile(p -> p.addMembership(Membership.of(id("nobody"))))),
        fails(
            "member that is a service",
            Rule.CORE_REFERENCE,
            "memberships[16].actor",
            profile(p -> p.addMembership(Membership.of(id("service-radar"))))),
        fails(
            "project partner that is no actor",
            Rule.CORE_REFERENCE,
            "projects[0].partners[1]",
            profile(
                p ->
                    p.addProject(
                        Project.builder(id("project"), MultilingualText.en("ROCKET"))
                            .partners(id("company-1"), id("nobody"))
                            .build()))),
        fails(
            "engagement names an actor as service",
            Rule.CORE_REFERENCE,
            "engagements[0].services[0]",
            profile(
                p ->
                    p.addEngagement(
                        TransformationEngagement.of(Transformation.DIGITALISATION, null)
                            .withServices(id("company-1"))))),
        passes(
            "engagement names a service",
            Rule.CORE_REFERENCE,
            profile(
                p ->
                    p.addEngagement(
                        TransformationEngagement.of(Transformation.DIGITALISATION, null)
                            .withServices(id("service-radar"))))),
        fails(
            "impulse I26",
            Rule.CORE_IMPULSE,
            "impulseUptakes[0].impulse",
            profile(
                p ->
                    p.addImpulseUptake(
                        new ImpulseUptake("I26", ImpulseStatus.PLANNED, null, null)))),
        passes(
            "impulse I25",
            Rule.CORE_IMPULSE,
            profile(
                p ->
                    p.addImpulseUptake(
                        new ImpulseUptake("I25", ImpulseStatus.IN_PROGRESS, null, null)))),
        fails(
            "German region in the Netherlands",
            Rule.CORE_REGION_COUNTRY,
            "organisation.location.region",
            organisation(o -> o.location(Location.of(CountryCode.of("NL"), NutsCode.of("DEA11"))))),
        passes(
            "Greek region EL in GR",
            Rule.CORE_REGION_COUNTRY,
            organisation(o -> o.location(Location.of(CountryCode.of("GR"), NutsCode.of("EL30"))))),
        fails(
            "university with a company size",
            Rule.CORE_COMPANY_SIZE,
            "actors[16].companySize",
            profile(
                p ->
                    p.addActor(
                        new Actor(
                            id("uni"),
                            MultilingualText.de("Uni"),
                            ActorType.UNIVERSITY,
                            CompanySize.LARGE,
                            null,
                            Location.UNKNOWN,
                            List.of(),
                            Extensions.NONE)))),
        fails(
            "no source",
            Rule.CORE_PROVENANCE_SOURCES,
            "metadata.sources",
            profile(
                p ->
                    p.metadata(
                        ProfileMetadata.of(
                            Instant.parse("2026-01-15T10:00:00Z"), List.of(), "de")))),
        fails(
            "label without dates",
            Rule.CORE_LABEL_DATES,
            "organisation.labels[0]",
            organisation(o -> o.addLabel(Label.of(LabelLevel.BRONZE, null, null)))),
        passes(
            "label with validity end only",
            Rule.CORE_LABEL_DATES,
            organisation(
                o -> o.addLabel(Label.of(LabelLevel.BRONZE, null, LocalDate.of(2027, 1, 31))))),
        fails(
            "contact without means",
            Rule.CORE_CONTACT_EMPTY,
            "organisation.contacts[0]",
            organisation(
                o -> o.addContact(new ContactPoint("Geschäftsstelle", null, null, null, false)))));
  }

  private static UnaryOperator<ClusterProfile> firstService(UnaryOperator<Service> change) {
    return p -> p.withServices(List.of(change.apply(p.services().get(0))));
  }

  private static UnaryOperator<ClusterProfile> firstMembership(DateRange period) {
    return p -> {
      List<Membership> memberships = new ArrayList<>(p.memberships());
      memberships.set(0, new Membership(memberships.get(0).actor(), MembershipRole.MEMBER, period));
      return p.withMemberships(memberships);
    };
  }

  private static ProfileMetadata withModified(ProfileMetadata metadata, Instant modified) {
    return new ProfileMetadata(
        metadata.created(),
        modified,
        metadata.sourceSystem(),
        metadata.sources(),
        metadata.languages());
  }

  private static ImpulseUptake uptake(ImpulseStatus status, StatusChange... history) {
    return new ImpulseUptake("I07", status, null, null, List.of(history));
  }
}
