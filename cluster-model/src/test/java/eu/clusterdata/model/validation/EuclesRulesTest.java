package eu.clusterdata.model.validation;

import static eu.clusterdata.model.validation.RuleCase.fails;
import static eu.clusterdata.model.validation.RuleCase.organisation;
import static eu.clusterdata.model.validation.RuleCase.passes;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.value.Iri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EuclesRulesTest {

  private static final Iri ECCP_LISTING =
      Iri.of("https://clustercollaboration.eu/cluster-organisations/test-cluster");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase ruleCase) {
    ruleCase.check(RuleSet.EUCLES);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fails(
            "valid one day past two years from the award month",
            Rule.EUCLES_VALIDITY,
            "organisation.labels[0].validUntil",
            listed(
                o ->
                    o.addLabel(
                        Label.of(LabelLevel.BRONZE, date("2025-03-10"), date("2027-04-01"))))),
        passes(
            "valid to the end of the award month two years on",
            Rule.EUCLES_VALIDITY,
            listed(
                o ->
                    o.addLabel(
                        Label.of(LabelLevel.BRONZE, date("2025-03-10"), date("2027-03-31"))))),
        fails(
            "Silver a year after Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            "organisation.labels[1].awarded",
            listed(o -> o.addLabel(bronze("2025-01-15")).addLabel(silver("2026-01-15")))),
        passes(
            "Silver 18 months after Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            listed(o -> o.addLabel(bronze("2024-07-15")).addLabel(silver("2026-01-15")))),
        passes(
            "Silver 24 months after Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            listed(o -> o.addLabel(bronze("2024-01-15")).addLabel(silver("2026-01-15")))),
        fails(
            "Silver 25 months after Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            "organisation.labels[1].awarded",
            listed(o -> o.addLabel(bronze("2023-12-15")).addLabel(silver("2026-01-15")))),
        fails(
            "Silver without Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            "organisation.labels[0].awarded",
            listed(o -> o.addLabel(silver("2026-01-15")))),
        fails(
            "a Bronze label of another scheme does not count",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            "organisation.labels[1].awarded",
            listed(
                o ->
                    o.addLabel(
                            new Label(
                                LabelLevel.BRONZE,
                                date("2024-07-15"),
                                null,
                                null,
                                LabelScheme.of("go-cluster"),
                                null))
                        .addLabel(silver("2026-01-15")))),
        passes(
            "Silver after an explicitly EUCLES Bronze",
            Rule.EUCLES_SILVER_AFTER_BRONZE,
            listed(
                o ->
                    o.addLabel(
                            new Label(
                                LabelLevel.BRONZE,
                                date("2024-07-15"),
                                null,
                                null,
                                LabelScheme.EUCLES,
                                "ESCA"))
                        .addLabel(silver("2026-01-15")))),
        passes(
            "an expired label of another scheme is not checked",
            Rule.EUCLES_EXPIRED,
            listed(
                o ->
                    o.addLabel(
                        new Label(
                            LabelLevel.GOLD,
                            date("2020-01-01"),
                            date("2022-01-01"),
                            null,
                            LabelScheme.of("go-cluster"),
                            null)))),
        fails(
            "Silver award date unknown",
            Rule.EUCLES_UNCHECKED,
            "organisation.labels[0].awarded",
            listed(o -> o.addLabel(Label.of(LabelLevel.SILVER, null, date("2027-12-31"))))),
        fails(
            "Gold at 79.9%",
            Rule.EUCLES_GOLD_SCORE,
            "organisation.labels[0].scorePercent",
            listed(o -> o.addLabel(gold("79.9")))),
        passes("Gold at 80%", Rule.EUCLES_GOLD_SCORE, listed(o -> o.addLabel(gold("80")))),
        passes(
            "Gold without a public score",
            Rule.EUCLES_GOLD_SCORE,
            listed(
                o ->
                    o.addLabel(
                        new Label(LabelLevel.GOLD, date("2025-02-01"), date("2027-02-28"), null)))),
        fails(
            "expired yesterday",
            Rule.EUCLES_EXPIRED,
            "organisation.labels[0].validUntil",
            listed(
                o ->
                    o.addLabel(
                        Label.of(LabelLevel.BRONZE, date("2024-05-02"), date("2026-05-31"))))),
        passes(
            "valid until today",
            Rule.EUCLES_EXPIRED,
            listed(o -> o.addLabel(Label.of(LabelLevel.BRONZE, null, date("2026-06-01"))))),
        fails(
            "label since 2019 without ECCP listing",
            Rule.EUCLES_ECCP_LISTING,
            "organisation.listings",
            organisation(
                o ->
                    o.addLabel(
                        Label.of(LabelLevel.BRONZE, date("2025-03-10"), date("2027-03-31"))))),
        fails(
            "listing elsewhere does not count",
            Rule.EUCLES_ECCP_LISTING,
            "organisation.listings",
            organisation(
                o ->
                    o.addListing(Iri.of("https://clustercollaboration.eu.example.org/x"))
                        .addLabel(
                            Label.of(LabelLevel.BRONZE, date("2025-03-10"), date("2027-03-31"))))),
        passes(
            "label of 2018 needs no listing (it has expired)",
            Rule.EUCLES_ECCP_LISTING,
            organisation(o -> o.addLabel(Label.of(LabelLevel.BRONZE, date("2018-03-10"), null)))));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Label bronze(String awarded) {
    return new Label(LabelLevel.BRONZE, date(awarded), null, null);
  }

  private static Label silver(String awarded) {
    LocalDate day = date(awarded);
    return Label.of(LabelLevel.SILVER, day, day.plusYears(2).withDayOfMonth(1).minusDays(1));
  }

  private static Label gold(String score) {
    return new Label(
        LabelLevel.GOLD, date("2025-02-01"), date("2027-02-28"), new BigDecimal(score));
  }

  /** Changes the organisation and records its ECCP listing, as every labelled cluster needs. */
  private static UnaryOperator<ClusterProfile> listed(
      UnaryOperator<ClusterOrganisation.Builder> change) {
    return organisation(o -> change.apply(o.addListing(ECCP_LISTING)));
  }
}
