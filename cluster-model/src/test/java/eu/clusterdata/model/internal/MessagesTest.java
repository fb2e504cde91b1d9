package eu.clusterdata.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(keys("messages_en.properties"), keys("messages_de.properties"));
  }

  /** Keys of the readers', writers' and doors' messages; every other key belongs to a rule. */
  private static final List<String> READING =
      List.of(
          "text", "problem.", "json.", "rdf.", "read.", "tabular.", "write.", "load.", "profile.");

  private static boolean belongsToARule(String key) {
    if (key.startsWith("rule.")) {
      return Rule.ofCode(key.substring("rule.".length())).isPresent();
    }
    for (String code = key; ; code = code.substring(0, code.lastIndexOf('.'))) {
      if (Rule.ofCode(code).isPresent()) {
        return true;
      }
      if (code.indexOf('.') < 0) {
        return false;
      }
    }
  }

  @Test
  void everyKeyBelongsToARuleOrAReaderAndFormats() throws IOException {
    for (String key : keys("messages_en.properties")) {
      assertTrue(belongsToARule(key) || READING.stream().anyMatch(key::startsWith), key);
      Object[] args = {1, 2, 3, 4, 5};
      assertFalse(
          Messages.format(key, Locale.ENGLISH, args).matches("(?s).*\\{[0-9].*"),
          key + " left a placeholder");
      assertFalse(
          Messages.format(key, Locale.GERMAN, args).matches("(?s).*\\{[0-9].*"),
          key + " left a placeholder");
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAMessage(Rule rule) throws IOException {
    Set<String> keys = keys("messages_en.properties");
    assertTrue(
        keys.contains(rule.code()) || keys.stream().anyMatch(k -> k.startsWith(rule.code() + ".")),
        rule.code());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleSaysWhatItChecksInBothLanguages(Rule rule) {
    String english = rule.description(Locale.ENGLISH);
    String german = rule.description(Locale.GERMAN);
    assertTrue(english.endsWith(".") && german.endsWith("."), rule.code());
    assertFalse(english.equals(german), rule.code());
  }

  @Test
  void pluralsAreRightInBothLanguages() {
    assertEquals(
        "The cluster has one committed member today; the ECCP requires at least 15.",
        Messages.format("eccp.members", Locale.ENGLISH, 1));
    assertEquals(
        "The cluster has 4 committed members today; the ECCP requires at least 15.",
        Messages.format("eccp.members", Locale.ENGLISH, 4));
    assertEquals(
        "Das Cluster hat heute kein festes Mitglied; die ECCP verlangt mindestens 15.",
        Messages.format("eccp.members", Locale.GERMAN, 0));
    assertEquals(
        "Die Mitgliederzahlen ergeben 1.200 Mitglieder; die ECCP verlangt mindestens 15.",
        Messages.format("eccp.members.counts", Locale.GERMAN, 1200));
  }

  @Test
  void apostrophesSurviveMessageFormat() {
    assertEquals(
        "The Gold label's score is 79%; Gold requires at least 80%.",
        Messages.format("eucles.gold-score", Locale.ENGLISH, 79));
  }
}
