package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.Classification;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.FundingProgramme;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.ProjectFunding;
import eu.clusterdata.model.StatusChange;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ProjectRole;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-written documents, as another system would write them, read as meant. */
class FixturesTest {

  private static final ClusterJson JSON = ClusterJson.create();

  private static ClusterProfile read(String name) throws IOException {
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      return JSON.readProfile(in);
    }
  }

  @Test
  void profileInTwoLanguagesWithUmlauts() throws IOException {
    ClusterProfile profile = read("two-languages.json");
    assertEquals("Plastics Land NRW", profile.organisation().name().get("en").orElseThrow());
    assertEquals("Königsallee 1", profile.organisation().location().address().street());
    assertEquals(
        "Müller Präzisionsteile GmbH", profile.actors().get(0).name().get("de").orElseThrow());
    assertEquals(
        List.of(NaceCode.rev2("22.2"), NaceCode.rev21("22.2")),
        profile.organisation().focus().sectors());
    assertEquals(
        Set.of(InnovationField.MATERIALS_AND_PRODUCTION),
        profile.organisation().focus().innovationFields());
    assertEquals(MembershipRole.FOUNDING_MEMBER, profile.memberships().get(0).role());
    assertEquals(LocalDate.of(2009, 5, 1), profile.memberships().get(0).period().start());
    assertEquals(null, profile.memberships().get(1).period().end());
    assertEquals(Instant.parse("2026-02-01T08:30:00Z"), profile.metadata().lastModified());
    assertEquals(profile, JSON.readProfile(JSON.writeProfile(profile)));
  }

  @Test
  void namespacedPropertiesAreKeptAtEveryLevel() throws IOException {
    ClusterProfile profile = read("extensions.json");
    assertEquals(
        Extensions.of(Map.of("https://platform.example.org/ns#importedFrom", "actor-map")),
        profile.extensions());
    Map<String, Object> organisation = profile.organisation().extensions().values();
    assertEquals(
        Map.of("lat", new BigDecimal("51.22774"), "lon", new BigDecimal("6.77346")),
        organisation.get("https://platform.example.org/ns#position"));
    assertEquals(
        Arrays.asList("KI", "Förderung", null, true, new BigDecimal("12.5")),
        organisation.get("https://platform.example.org/ns#tags"));
    assertEquals(
        "A-17", profile.actors().get(0).extensions().values().get("urn:example:legacy-id"));
    assertEquals(Instant.parse("2026-01-15T09:00:00Z"), profile.metadata().created());
    String written = JSON.writeProfile(profile);
    assertEquals(profile, JSON.readProfile(written));
    assertEquals(
        true,
        written.contains(
            "\"https://platform.example.org/ns#tags\":[\"KI\",\"Förderung\",null,true,12.5]"),
        written);
  }

  @Test
  void anEccpShapedProfileOfFormat11ReadsWithEveryNewField() throws IOException {
    ClusterProfile profile = read("eccp-profile-1.1.json");
    assertEquals(4, profile.memberCounts().size());
    assertEquals(
        new MemberCount(
            MemberType.SME,
            48,
            LocalDate.of(2025, 12, 31),
            Iri.of("https://clustercollaboration.eu/cluster-organisations/fictitious")),
        profile.memberCounts().get(0));
    List<Label> labels = profile.organisation().labels();
    assertEquals("Fictitious Assessment GmbH", labels.get(1).assessor());
    assertEquals(LabelScheme.of("go-cluster"), labels.get(2).scheme());
    assertEquals(false, labels.get(2).isEucles());
    assertEquals(
        List.of(ImpulseStatus.PLANNED, ImpulseStatus.IN_PROGRESS, ImpulseStatus.IMPLEMENTED),
        profile.impulseUptakes().get(0).history().stream().map(StatusChange::status).toList());
    ProjectFunding grant = profile.projects().get(0).funding().get(0);
    assertEquals(FundingProgramme.of("single-market-programme"), grant.programme());
    assertEquals(ProjectRole.COORDINATOR, grant.role());
    assertEquals(new BigDecimal("499000"), grant.amount().amount());
    Classification byName = profile.organisation().focus().classifications().get(1);
    assertEquals(null, byName.code());
    assertEquals("Additive Manufacturing", byName.name().get("en").orElseThrow());
    PartnershipInterest request = profile.interests().get(0);
    assertEquals(InterestDirection.REQUEST, request.direction());
    assertEquals(List.of(CountryCode.of("BE"), CountryCode.of("NL")), request.countries());
    Event event = profile.events().get(0);
    assertEquals(true, event.online());
    assertEquals(List.of(NutsCode.of("DEA23"), NutsCode.of("NL33")), event.regions());
    assertEquals(NutsVersion.NUTS_2021, profile.metadata().nutsVersion());
    assertEquals(profile, JSON.readProfile(JSON.writeProfile(profile)));

    ValidationReport report =
        ProfileValidator.builder().ruleSets(RuleSet.ECCP, RuleSet.EUCLES).build().validate(profile);
    assertEquals(List.of(), report.findings(Rule.ECCP_MEMBERS), "61 members by the counts");
    assertEquals(List.of(), report.findings(Rule.ECCP_MEMBER_TYPES), "industry and research");
    assertEquals(
        List.of("memberCounts[3].type"),
        report.findings(Rule.CORE_CODE_UNLISTED).stream().map(Finding::path).toList());
    assertEquals(List.of(), report.findings(Rule.CORE_REFERENCE), "outcomes resolve");
  }
}
