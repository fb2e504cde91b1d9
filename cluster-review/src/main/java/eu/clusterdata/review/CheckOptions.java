package eu.clusterdata.review;

import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.value.NutsVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * What a request asks the checks to use: the rule sets besides the core rules, the NUTS version and
 * the language of the messages; each checked before any work is done, and given to a command as its
 * options.
 *
 * @param rules the rule sets' codes: {@code eccp}, {@code eucles}, {@code publication}
 * @param nuts the NUTS version: {@code 2024} or {@code 2021}
 * @param language {@code en} or {@code de}
 */
record CheckOptions(List<String> rules, String nuts, String language) {

  /** The languages the page and the messages speak. */
  static final List<String> LANGUAGES = List.of("en", "de");

  /**
   * The options of a request.
   *
   * @param rules the rule sets named (empty for the core rules only)
   * @param nuts the NUTS version, or null for the default
   * @param language the {@code lang} parameter, or null to follow the browser's
   * @param browser the language the browser prefers
   * @throws ReviewException (400) for an unknown rule set, NUTS version or language
   */
  static CheckOptions of(
      @Nullable List<String> rules,
      @Nullable String nuts,
      @Nullable String language,
      Locale browser) {
    List<String> sets = new ArrayList<>();
    for (String rule : rules == null ? List.<String>of() : rules) {
      for (String code : rule.split(",")) {
        if (code.isBlank() || code.strip().equals("core")) {
          continue;
        }
        try {
          sets.add(RuleSet.ofCode(code.strip()).code());
        } catch (IllegalArgumentException e) {
          throw refused("unknown-rule-set", code, RuleSet.codes());
        }
      }
    }
    String version = nuts == null || nuts.isBlank() ? NutsVersion.DEFAULT.label() : nuts.strip();
    if (Arrays.stream(NutsVersion.values()).noneMatch(v -> v.label().equals(version))) {
      throw refused(
          "unknown-nuts-version",
          version,
          String.join(", ", Arrays.stream(NutsVersion.values()).map(NutsVersion::label).toList()));
    }
    String lang = language == null || language.isBlank() ? pick(browser) : language.strip();
    if (!LANGUAGES.contains(lang)) {
      throw refused("unknown-language", lang, String.join(", ", LANGUAGES));
    }
    return new CheckOptions(List.copyOf(sets), version, lang);
  }

  /** The language of the page for a browser that prefers {@code browser}: German or English. */
  static String pick(Locale browser) {
    return browser.getLanguage().equals("de") ? "de" : "en";
  }

  /** The options of the commands that check (validate, convert): rule sets and NUTS version. */
  List<String> ruleArgs() {
    List<String> args = new ArrayList<>(List.of("--nuts", nuts));
    if (!rules.isEmpty()) {
      args.add("--rules");
      args.add(String.join(",", rules));
    }
    return args;
  }

  /** The option that chooses the language of what a command says. */
  List<String> languageArgs() {
    return List.of("--lang", language);
  }

  private static ReviewException refused(String type, String given, String known) {
    return ReviewException.of(HttpStatus.BAD_REQUEST, type, given, known);
  }
}
