package eu.clusterdata.cli;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.HelixSector;
import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.NaceActivity;
import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.NutsRegion;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = "Prints a reference catalogue shipped with the library, with its codes.",
    footer = {
      "",
      "Examples:",
      "  clusterdata catalogue impulses",
      "  clusterdata catalogue rules --lang de",
      "  clusterdata catalogue service-areas --lang de --output csv",
      "  clusterdata catalogue nuts --country DE --level 2",
      "  clusterdata catalogue nace --revision 2.1 --level 1 --lang de",
      "",
      "Exit status: 0 printed, 2 unknown catalogue."
    })
final class CatalogueCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(
      paramLabel = "NAME",
      description =
          "impulses, service-areas, transformations, ecosystems, innovation-fields, member-types,"
              + " nuts, nace"
              + " or rules (what each validation rule checks).")
  private String name;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "nuts: the regions of this country only (NUTS writes Greece EL).")
  private @Nullable String country;

  @Option(
      names = "--level",
      paramLabel = "N",
      description = "nuts: 0 to 3; nace: 1 (sections) to 4 (classes).")
  private @Nullable Integer level;

  @Option(
      names = "--nuts",
      paramLabel = "VERSION",
      description = "nuts: the NUTS version, 2024 (default) or 2021.")
  private String version = NutsVersion.DEFAULT.label();

  @Option(names = "--revision", paramLabel = "REV", description = "nace: 2.1 (default) or 2.")
  private String revision = NaceRevision.REV_2_1.label();

  @Mixin private LanguageOption language;

  @Mixin private TableOutputOption output;

  @Override
  public Integer call() {
    String tag = language.locale().getLanguage();
    Table table =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "impulses" -> impulses(tag);
          case "service-areas" -> codes(ServiceArea.values(), ServiceArea::title, tag);
          case "transformations" -> codes(Transformation.values(), Transformation::title, tag);
          case "ecosystems" -> codes(IndustrialEcosystem.values(), IndustrialEcosystem::title, tag);
          case "innovation-fields" -> codes(InnovationField.values(), InnovationField::title, tag);
          case "member-types" -> memberTypes(tag);
          case "nuts" -> nuts();
          case "nace" -> nace(language.locale());
          case "rules" -> rules(language.locale());
          default -> throw CliException.of("catalogue.unknown", name);
        };
    output.print(table, main.out, Words.of(language.locale()));
    return 0;
  }

  private Table nuts() {
    NutsClassification nuts = NutsClassification.of(Codes.nutsVersion(version));
    Table table = new Table("code", "level", "name");
    for (NutsRegion region : nuts.regions()) {
      if ((country == null || region.code().countryPart().equals(country.toUpperCase(Locale.ROOT)))
          && (level == null || region.level() == level)) {
        table.add(region.code().code(), Integer.toString(region.level()), region.name());
      }
    }
    return table;
  }

  private Table nace(Locale locale) {
    NaceClassification nace;
    try {
      nace = NaceClassification.of(NaceRevision.ofLabel(revision));
    } catch (IllegalArgumentException e) {
      throw CliException.of("option.revision", revision);
    }
    if (!locale.getLanguage().equals("en")
        && nace.activities().stream().anyMatch(a -> a.titleDe() == null)) {
      main.err.println(Words.of(locale).get("catalogue.nace.english", nace.revision().label()));
    }
    Table table = new Table("code", "level", "title");
    for (NaceActivity activity : nace.activities()) {
      if (level == null || activity.level() == level) {
        table.add(
            activity.code().code(), Integer.toString(activity.level()), activity.title(locale));
      }
    }
    return table;
  }

  private static Table rules(Locale locale) {
    Table table = new Table("code", "set", "severity", "checks");
    for (Rule rule : Rule.values()) {
      table.add(
          rule.code(),
          rule.ruleSet().code(),
          rule.severity().name().toLowerCase(Locale.ROOT),
          rule.description(locale));
    }
    return table;
  }

  /**
   * The member types member counts count by, with the triple-helix sector each counts for and the
   * actor type (and company size) of the actors that count as it: the one member typology.
   */
  private static Table memberTypes(String tag) {
    Table table = new Table("code", "title", "sector", "actors");
    for (String code : MemberType.listedCodes()) {
      MemberType type = MemberType.of(code);
      List<String> actors = new ArrayList<>();
      for (ActorType actor : ActorType.values()) {
        for (CompanySize size :
            actor == ActorType.COMPANY ? CompanySize.values() : new CompanySize[] {null}) {
          if (MemberType.of(actor, size).filter(type::equals).isPresent()) {
            actors.add(size == null ? actor.code() : actor.code() + " " + size.code());
          }
        }
      }
      table.add(
          code,
          type.title().map(t -> title(t, tag)).orElse(""),
          type.helixSector().map(HelixSector::code).orElse(null),
          String.join(", ", actors));
    }
    return table;
  }

  private static Table impulses(String tag) {
    Table table = new Table("code", "heading", "title");
    for (Impulse impulse : ImpulseCatalogue.impulses()) {
      table.add(impulse.code(), impulse.heading().code(), title(impulse.title(), tag));
    }
    return table;
  }

  private static <E extends Coded> Table codes(
      E[] values, Function<E, MultilingualText> title, String tag) {
    Table table = new Table("code", "title");
    for (E value : values) {
      table.add(value.code(), title(title.apply(value), tag));
    }
    return table;
  }

  private static String title(MultilingualText text, String tag) {
    return text.best(List.of(tag, "en")).orElse("");
  }
}
