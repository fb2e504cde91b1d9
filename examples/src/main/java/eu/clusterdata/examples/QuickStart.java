package eu.clusterdata.examples;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * Builds the profile of the Kompetenzplattform KI.NRW with what "Cluster.Zukunft.NRW" says of it,
 * and checks it against the ECCP listing criteria. The report lists what the public sources do not
 * tell (team size, members), which is exactly what a steward would have to add.
 */
public final class QuickStart {

  /** The namespace the example data set names its records in. */
  static final String NS = eu.clusterdata.examples.data.NrwClusters.NS;

  private QuickStart() {}

  /** Returns the profile built from the paper's statements about KI.NRW. */
  static ClusterProfile kiNrw() {
    ClusterOrganisation kiNrw =
        ClusterOrganisation.builder(
                Iri.of(NS, "ki-nrw"), MultilingualText.de("Kompetenzplattform KI.NRW"))
            .acronym("KI.NRW")
            .location(Location.of(CountryCode.DE, NutsCode.of("DEA")))
            .focus(
                ThematicFocus.NONE.withInnovationFields(InnovationField.KEY_TECHNOLOGIES_AND_ICT))
            .build();
    Service map =
        Service.builder(
                Iri.of(NS, "ki-nrw/ki-landkarte"),
                MultilingualText.de("KI.Landkarte"),
                ServiceArea.NETWORKING_AND_TRANSFER)
            .format(ServiceFormat.of("ecosystem-mapping"))
            .transformations(Transformation.DIGITALISATION)
            .build();
    Source paper = Source.document("Cluster.Zukunft.NRW (ClusterAllianz.NRW)", null);
    ProfileMetadata metadata =
        ProfileMetadata.of(Instant.parse("2026-11-23T00:00:00Z"), List.of(paper), "de");
    return ClusterProfile.builder(kiNrw, metadata).addService(map).build();
  }

  /** Validates the profile with the ECCP rules and prints the report to {@code out}. */
  static ValidationReport run(PrintStream out) {
    ValidationReport report =
        ProfileValidator.builder().ruleSets(RuleSet.ECCP).build().validate(kiNrw());
    out.println(report.conforms() ? "KI.NRW conforms." : "KI.NRW does not conform yet:");
    report
        .findings()
        .forEach(f -> out.println("  " + f.severity() + " " + f.path() + ": " + f.message()));
    return report;
  }

  public static void main(String[] args) {
    run(System.out);
  }
}
