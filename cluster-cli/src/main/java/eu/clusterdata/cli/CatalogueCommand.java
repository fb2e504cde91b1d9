package eu.clusterdata.cli;

import eu.clusterdata.model.Coded;
import eu.clusterdata.model.Impulse;
import eu.clusterdata.model.ImpulseCatalogue;
import eu.clusterdata.model.IndustrialEcosystem;
import eu.clusterdata.model.InnovationField;
import eu.clusterdata.model.MultilingualText;
import eu.clusterdata.model.ServiceArea;
import eu.clusterdata.model.Transformation;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
      "  clusterdata catalogue service-areas --lang de --output csv",
      "",
      "Exit status: 0 printed, 2 unknown catalogue."
    })
final class CatalogueCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(
      paramLabel = "NAME",
      description = "impulses, service-areas, transformations, ecosystems or innovation-fields.")
  private String name;

  @Option(
      names = {"-l", "--lang"},
      paramLabel = "LANG",
      description = "Titles in en (default) or de.")
  private String language = "en";

  @Mixin private TableOutputOption output;

  @Override
  public Integer call() {
    String tag = Codes.language(language).getLanguage();
    Table table =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "impulses" -> impulses(tag);
          case "service-areas" -> codes(ServiceArea.values(), ServiceArea::title, tag);
          case "transformations" -> codes(Transformation.values(), Transformation::title, tag);
          case "ecosystems" -> codes(IndustrialEcosystem.values(), IndustrialEcosystem::title, tag);
          case "innovation-fields" -> codes(InnovationField.values(), InnovationField::title, tag);
          default ->
              throw new CliException(
                  "unknown catalogue "
                      + name
                      + "; use impulses, service-areas, transformations, ecosystems or"
                      + " innovation-fields");
        };
    output.print(table, main.out);
    return 0;
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
