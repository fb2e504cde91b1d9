package eu.clusterdata.cli;

import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.NutsRegion;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import eu.clusterdata.store.PartnerReason;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The official names and the catalogue titles the reports show for codes. */
final class CodeNames {

  private CodeNames() {}

  /**
   * The title of {@code code} in the catalogue of the table column {@code column} ({@code area},
   * {@code transformation}, {@code ecosystem}, {@code type}), in {@code language}; null for another
   * column or a code the catalogue does not list.
   */
  static @Nullable String title(String column, String code, Locale language) {
    List<String> languages = List.of(language.getLanguage(), "en");
    try {
      return switch (column) {
        case "area" -> Coded.fromCode(ServiceArea.class, code).title().best(languages).orElse(null);
        case "transformation" ->
            Coded.fromCode(Transformation.class, code).title().best(languages).orElse(null);
        case "ecosystem" ->
            Coded.fromCode(IndustrialEcosystem.class, code).title().best(languages).orElse(null);
        case "type" ->
            MemberType.of(code).title().flatMap(title -> title.best(languages)).orElse(null);
        default -> null;
      };
    } catch (IllegalArgumentException notListed) {
      return null;
    }
  }

  /**
   * What a partner candidate's reason names, for people: the title of a service area, a
   * transformation or an ecosystem, the name of a region beside its code, or the code itself.
   */
  static String reason(PartnerReason.Kind kind, String code, Locale language) {
    String title =
        switch (kind) {
          case COMPLEMENTARY_SERVICE -> title("area", code, language);
          case SHARED_TRANSFORMATION -> title("transformation", code, language);
          case SHARED_ECOSYSTEM -> title("ecosystem", code, language);
          case TARGETED_REGION -> {
            String name = regionNamed(code);
            yield name.isEmpty() ? null : code + " (" + name + ")";
          }
          default -> null;
        };
    return title == null ? code : title;
  }

  /** The name of the NUTS region {@code code}; empty for a code that is none. */
  private static String regionNamed(String code) {
    try {
      return region(NutsCode.of(code));
    } catch (IllegalArgumentException notACode) {
      return "";
    }
  }

  /**
   * The name of a NUTS region: from NUTS 2024, else from NUTS 2021; empty for {@code null} or a
   * code of neither.
   */
  static String region(@Nullable NutsCode code) {
    if (code == null) {
      return "";
    }
    for (NutsVersion version : new NutsVersion[] {NutsVersion.DEFAULT, NutsVersion.NUTS_2021}) {
      var region = NutsClassification.of(version).region(code);
      if (region.isPresent()) {
        return region.map(NutsRegion::name).orElseThrow();
      }
    }
    return "";
  }
}
