package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.Iri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The EUCLES label rules, applied to the labels of the EUCLES scheme: a label is valid two years
 * from the month of its award; Silver follows a Bronze benchmarking 1.5 to 2 years earlier (a
 * warning, since a list of current labels leaves the Bronze out); Gold needs a score of at least
 * 80%; since 2019 a label needs an ECCP listing. Expired labels are reported as warnings on the
 * reference date. Labels of other schemes are not checked.
 */
public final class EuclesRules {

  static final BigDecimal GOLD_MINIMUM_SCORE = new BigDecimal("80");
  static final int VALIDITY_MONTHS = 24;
  static final int SILVER_EARLIEST_MONTHS = 24;
  static final int SILVER_LATEST_MONTHS = 18;
  static final LocalDate ECCP_LISTING_REQUIRED_FROM = LocalDate.of(2019, 1, 1);
  static final String ECCP_HOST = "clustercollaboration.eu";
  private static final String ECCP_SUBDOMAIN = "." + ECCP_HOST;

  private EuclesRules() {}

  /** Checks the labels of {@code organisation} as of {@code today} and reports to {@code sink}. */
  public static void check(ClusterOrganisation organisation, LocalDate today, FindingSink sink) {
    List<Label> labels = organisation.labels();
    boolean needsListing = false;
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      if (!label.isEucles()) {
        continue;
      }
      String at = "organisation.labels[" + i + "]";
      if (label.awarded() != null && label.validUntil() != null) {
        LocalDate latest =
            YearMonth.from(label.awarded()).plusMonths(VALIDITY_MONTHS).atEndOfMonth();
        if (label.validUntil().isAfter(latest)) {
          sink.add(
              Rule.EUCLES_VALIDITY,
              at + ".validUntil",
              label.validUntil(),
              label.awarded(),
              latest);
        }
      }
      if (label.level() == LabelLevel.SILVER) {
        checkSilver(labels, label, at, sink);
      }
      if (label.level() == LabelLevel.GOLD
          && label.scorePercent() != null
          && label.scorePercent().compareTo(GOLD_MINIMUM_SCORE) < 0) {
        sink.add(Rule.EUCLES_GOLD_SCORE, at + ".scorePercent", label.scorePercent());
      }
      if (label.validUntil() != null && label.validUntil().isBefore(today)) {
        sink.add(Rule.EUCLES_EXPIRED, at + ".validUntil", label.validUntil(), label.level().code());
      }
      LocalDate known = label.awarded() != null ? label.awarded() : label.validUntil();
      needsListing |= known != null && !known.isBefore(ECCP_LISTING_REQUIRED_FROM);
    }
    if (needsListing && organisation.listings().stream().noneMatch(EuclesRules::isEccp)) {
      sink.add(Rule.EUCLES_ECCP_LISTING, "organisation.listings", null);
    }
  }

  private static void checkSilver(List<Label> labels, Label silver, String at, FindingSink sink) {
    if (silver.awarded() == null) {
      sink.add(Rule.EUCLES_UNCHECKED, at + ".awarded", null);
      return;
    }
    LocalDate earliest = silver.awarded().minusMonths(SILVER_EARLIEST_MONTHS);
    LocalDate latest = silver.awarded().minusMonths(SILVER_LATEST_MONTHS);
    boolean follows =
        labels.stream()
            .anyMatch(
                l ->
                    l.isEucles()
                        && l.level() == LabelLevel.BRONZE
                        && l.awarded() != null
                        && !l.awarded().isBefore(earliest)
                        && !l.awarded().isAfter(latest));
    if (!follows) {
      sink.add(
          Rule.EUCLES_SILVER_AFTER_BRONZE, at + ".awarded", silver.awarded(), earliest, latest);
    }
  }

  private static boolean isEccp(Iri listing) {
    String host = Syntax.hostOf(listing.value());
    return host != null && (host.equals(ECCP_HOST) || host.endsWith(ECCP_SUBDOMAIN));
  }
}
