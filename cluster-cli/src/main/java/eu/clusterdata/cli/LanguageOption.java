package eu.clusterdata.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that speak to people: {@code en} or {@code de}. */
final class LanguageOption {

  @Option(
      names = {"-l", "--lang"},
      paramLabel = "LANG",
      description = "Language of messages, titles and headings: en (default) or de.")
  private String language = "en";

  /** The language asked for; an unknown one is refused. */
  Locale locale() {
    return Codes.language(language);
  }
}
