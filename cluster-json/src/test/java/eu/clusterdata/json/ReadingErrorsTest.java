package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.Label;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.testing.TestProfiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data steward reads from an error what is wrong and where; the tests assert exact messages. */
class ReadingErrorsTest {

  private static final ClusterJson JSON = ClusterJson.create();

  /** The fixture's document with one text replaced, for errors in a realistic context. */
  private static String fixtureWith(String find, String replace) {
    String json =
        ClusterJson.builder().prettyPrint(true).build().writeProfile(TestProfiles.valid());
    assertTrue(json.contains(find), () -> "fixture lacks " + find);
    return json.replace(find, replace);
  }

  private static List<Problem> problems(String json) {
    return assertThrows(JsonShapeException.class, () -> JSON.readProfile(json)).problems();
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() {
    String json = fixtureWith("\"acronym\" : \"TCD\",", "\"acronym\" : \"TCD\" \"x\",");
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JSON.readProfile(json));
    assertEquals(9, e.line());
    assertEquals(23, e.column());
    assertTrue(
        e.getMessage()
            .startsWith(
                "not well-formed JSON: unexpected character '\"' where a comma must separate the"
                    + " entries"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith(" at $.organisation.acronym (line 9, column 23)"), e.getMessage());
  }

  @Test
  void truncatedDocument() {
    JsonSyntaxException e =
        assertThrows(
            JsonSyntaxException.class,
            () -> JSON.readProfile("{\"formatVersion\": \"1.0\", \"organisation\": {"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "not well-formed JSON: the input ends before its objects and arrays are closed"),
        e.getMessage());
  }

  /** A bracket that closes the wrong thing is said in words, without Jackson's internals. */
  @Test
  void aWrongClosingBracketIsSaidInWords() {
    JsonSyntaxException e =
        assertThrows(
            JsonSyntaxException.class, () -> JSON.readProfile("{\"formatVersion\": \"1.1\"]"));
    Problem problem = e.problems().get(0);
    assertEquals(
        "not well-formed JSON: ']' closes what is not open here; expected '}'",
        problem.text(Locale.ENGLISH).replaceAll(" at \\$.*", ""),
        problem.toString());
    assertEquals(
        "kein wohlgeformtes JSON: ']' schließt, was hier nicht offen ist; erwartet wird '}'",
        problem.text(Locale.GERMAN).replaceAll(" bei \\$.*", ""),
        problem.toString());
  }

  @Test
  void emptyInput() {
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JSON.readProfile(""));
    assertEquals("the input is empty; expected a JSON document (line 1)", e.getMessage());
  }

  @Test
  void duplicateKeysAreSyntaxErrors() {
    JsonSyntaxException e =
        assertThrows(
            JsonSyntaxException.class,
            () -> JSON.readProfile("{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}"));
    assertTrue(
        e.getMessage().startsWith("not well-formed JSON: the field 'formatVersion' is given twice"),
        e.getMessage());
  }

  /**
   * A name given twice is a syntax error wherever it is: a field of a record, a language of a text
   * (also after a value that failed), a key of an extension's value, an extension, a name the
   * record does not know. The codecs find it, not the parser, so each place is tried.
   */
  @Test
  void aNameGivenTwiceIsASyntaxErrorInEveryKindOfObject() {
    Map<String, String> documents =
        Map.of(
            "id",
            "{\"formatVersion\":\"1.1\",\"organisation\":{\"id\":\"https://e.org/x\",\"id\":\"https://e.org/y\"}}",
            "de",
            "{\"formatVersion\":\"1.1\",\"organisation\":{\"name\":{\"de\":\"a\",\"de\":\"b\"}}}",
            "en",
            "{\"formatVersion\":\"1.1\",\"organisation\":{\"name\":{\"en\":1,\"en\":\"b\"}}}",
            "k",
            "{\"formatVersion\":\"1.1\",\"x-a:b\":{\"k\":1,\"k\":2}}",
            "x-a:c",
            "{\"formatVersion\":\"1.1\",\"x-a:c\":1,\"x-a:c\":2}",
            "unknownField",
            "{\"formatVersion\":\"1.1\",\"unknownField\":1,\"unknownField\":2}");
    documents.forEach(
        (name, json) -> {
          JsonSyntaxException e =
              assertThrows(JsonSyntaxException.class, () -> JSON.readProfile(json), json);
          assertTrue(
              e.getMessage()
                  .startsWith("not well-formed JSON: the field '" + name + "' is given twice"),
              e.getMessage());
        });
  }

  @Test
  void wrongTypeNamesPathExpectedAndFound() {
    List<Problem> problems = problems(fixtureWith("\"type\" : \"university\"", "\"type\" : 3"));
    assertEquals(
        "expected one of company, university, research-organisation, public-body, intermediary, investor, civil-society but found the number 3",
        problems.get(0).message().text());
    assertEquals("$.actors[12].type", problems.get(0).path());
  }

  @Test
  void unknownCodeWithSuggestion() {
    List<Problem> problems =
        problems(fixtureWith("\"type\" : \"university\"", "\"type\" : \"universty\""));
    assertEquals(
        "unknown ActorType \"universty\"; did you mean \"university\"?; expected one of company, university, research-organisation, public-body, intermediary, investor, civil-society",
        problems.get(0).message().text());
  }

  @Test
  void missingRequiredField() {
    String json =
        fixtureWith("\"role\" : \"member\"", "\"role\" : \"member\"")
            .replaceFirst("\"actor\" : \"[^\"]*\",", "");
    List<String> lines = json.lines().toList();
    int objectLine =
        lines.indexOf("  \"memberships\" : [") + 2; // the object opens on the next line
    assertTrue(objectLine > 1, json);
    List<Problem> problems = problems(json);
    assertEquals(
        List.of(
            "missing required field \"actor\" at $.memberships[0] (line "
                + objectLine
                + ", column 5)"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void misspelledFieldIsReportedOnceWithAHint() {
    String json =
        fixtureWith(
            "\"actor\" : \"https://example.org/test/company-0\"",
            "\"actr\" : \"https://example.org/test/company-0\"");
    List<Problem> problems = problems(json);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "unknown field \"actr\"; did you mean \"actor\"?", problems.get(0).message().text());
    assertEquals("$.memberships[0].actr", problems.get(0).path());
  }

  @Test
  void unknownFieldListsTheKnownOnes() {
    List<Problem> problems =
        problems(
            fixtureWith("\"acronym\" : \"TCD\",", "\"acronym\" : \"TCD\", \"colour\" : \"blue\","));
    assertEquals(
        "unknown field \"colour\"; expected one of id, name, acronym, description, website, websiteLanguages, location, focus, management, labels, partnerships, recognitions, contacts, listings, citations, or a namespaced property whose name is an IRI",
        problems.get(0).message().text());
  }

  @Test
  void everyProblemOfADocumentIsReported() {
    String json =
        fixtureWith("\"region\" : \"DEA11\"", "\"region\" : 11")
            .replace("\"type\" : \"university\"", "\"type\" : \"uni\"");
    List<Problem> problems = problems(json);
    assertEquals(5, problems.size(), problems.toString());
    assertEquals("$.organisation.location.region", problems.get(0).path());
    assertEquals("$.actors[12].type", problems.get(1).path());
    assertEquals("$.actors[15].type", problems.get(4).path());
  }

  @Test
  void dateInTheWrongFormat() {
    JsonShapeException e =
        assertThrows(
            JsonShapeException.class,
            () ->
                JSON.readValue(
                    "{\"level\": \"gold\", \"validUntil\": \"31.01.2027\"}", Label.class));
    assertEquals(
        "expected an ISO 8601 date such as 2025-03-10 but found the string \"31.01.2027\" at $.validUntil (line 1, column 33)",
        e.getMessage());
  }

  @Test
  void futureFormatVersionIsRefusedWhole() {
    String json =
        fixtureWith("\"formatVersion\" : \"1.1\"", "\"formatVersion\" : \"2.0\"")
            .replace("\"type\" : \"university\"", "\"kind\" : \"university\"");
    UnsupportedFormatVersionException e =
        assertThrows(UnsupportedFormatVersionException.class, () -> JSON.readProfile(json));
    assertEquals("2.0", e.version());
    assertEquals(
        "the document follows format version \"2.0\", but this reader knows 1.0, 1.1; read it with a cluster-json release that supports it at $.formatVersion (line 2, column 21)",
        e.getMessage());
  }

  @Test
  void missingFormatVersion() {
    List<Problem> problems = problems(fixtureWith("\"formatVersion\" : \"1.1\",", ""));
    assertEquals(
        "missing required field \"formatVersion\"; a profile document names the format version it follows, such as \"1.1\"",
        problems.get(0).message().text());
    assertEquals("$", problems.get(0).path());
  }

  @Test
  void nullForARequiredField() {
    List<Problem> problems = problems(fixtureWith("\"role\" : \"member\"", "\"role\" : null"));
    assertEquals("required field \"role\" is null", problems.get(0).message().text());
    assertEquals("$.memberships[0].role", problems.get(0).path());
  }

  @Test
  void nullForAnOptionalFieldMeansAbsent() {
    assertEquals(
        null,
        JSON.readProfile(fixtureWith("\"acronym\" : \"TCD\"", "\"acronym\" : null"))
            .organisation()
            .acronym());
  }

  @Test
  void trailingContent() {
    String json = JSON.writeProfile(TestProfiles.valid()) + " {}";
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JSON.readProfile(json));
    assertTrue(
        e.getMessage().startsWith("unexpected content after the end of the document"),
        e.getMessage());
  }

  @Test
  void byteOrderMarkIsTolerated() {
    byte[] json =
        JSON.writeProfile(TestProfiles.valid()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertEquals(TestProfiles.valid(), JSON.readProfile(new java.io.ByteArrayInputStream(withBom)));
  }

  @Test
  void invalidUtf8IsAnEncodingErrorInTheStewardsWords() {
    byte[] json =
        JSON.writeProfile(TestProfiles.valid()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = new String(json, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("TCD");
    json[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    byte[] broken = json;
    JsonSyntaxException e =
        assertThrows(
            JsonSyntaxException.class,
            () -> JSON.readProfile(new java.io.ByteArrayInputStream(broken)));
    assertEquals("json.encoding", e.code());
    assertTrue(
        e.getMessage()
            .startsWith(
                "the input is not UTF-8: it holds bytes that are no UTF-8 character, as Latin-1"),
        e.getMessage());
  }

  @Test
  void problemsSpeakGermanWhenAsked() {
    List<Problem> problems = problems(fixtureWith("\"role\" : \"member\"", "\"role\" : null"));
    assertEquals(
        "Pflichtfeld \"role\" fehlt".replace("fehlt", "ist null"),
        problems.get(0).message().text(Locale.GERMAN));
    assertTrue(
        problems.get(0).text(Locale.GERMAN).startsWith("Pflichtfeld \"role\" ist null bei $."),
        problems.get(0).text(Locale.GERMAN));
    assertTrue(problems.get(0).text(Locale.GERMAN).contains("(Zeile "), problems.toString());
  }

  @Test
  void columnsAreCountedInCharactersNotBytes() {
    // Six two-byte characters before the error: a byte count would say column 46, not 40.
    byte[] json =
        "{\"formatVersion\": \"1.0\", \"x\": \"äöüÄÖÜ\" \"y\"}".getBytes(StandardCharsets.UTF_8);
    JsonSyntaxException e =
        assertThrows(
            JsonSyntaxException.class, () -> JSON.readProfile(new ByteArrayInputStream(json)));
    assertEquals(1, e.line());
    assertEquals(40, e.column(), e.getMessage());
  }

  @Test
  void aRecordOfJsonLinesIsPlacedOnItsOwnLineOfTheInput() {
    String good = JSON.writeProfile(TestProfiles.valid());
    String input = good + "\n" + good + "\n" + good.substring(0, good.length() / 2) + "\n";
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileReader reader =
        JSON.reader(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(records::add);
    }
    ProfileRecord truncated = records.get(2);
    assertEquals(3, truncated.location().line());
    assertEquals(3, truncated.error().problems().get(0).line(), truncated.error().getMessage());
    assertTrue(
        truncated.error().getMessage().contains("(line 3, column "),
        truncated.error().getMessage());
  }

  /**
   * The JSON format is not JSON-LD: a document naming a context, even the project's, would be read
   * by a JSON-LD processor as another graph, so the reader refuses it and says what to do instead.
   * The sniffer still takes it for the JSON format, so that this message is the one a user sees.
   */
  @Test
  void aDocumentThatNamesAJsonLdContextIsRefusedWithTheReason() throws java.io.IOException {
    for (String value :
        List.of("\"https://clusterdata.eu/ns/context.jsonld\"", "\"https://schema.org/\"", "{}")) {
      String named =
          fixtureWith(
              "\"formatVersion\" : \"1.1\"",
              "\"@context\" : " + value + ",\n  \"formatVersion\" : \"1.1\"");
      List<Problem> problems = problems(named);
      assertEquals(1, problems.size(), problems.toString());
      assertEquals("$['@context']", problems.get(0).path());
      assertTrue(
          problems.get(0).text(java.util.Locale.ENGLISH).contains("the JSON format is not JSON-LD"),
          problems.get(0).text(java.util.Locale.ENGLISH));
      assertTrue(
          problems.get(0).text(java.util.Locale.GERMAN).contains("entfernen Sie ihn"),
          problems.get(0).text(java.util.Locale.GERMAN));
      assertEquals(
          eu.clusterdata.model.format.ProfileFormat.JSON,
          eu.clusterdata.model.format.ProfileFormat.sniff(
                  new java.io.BufferedInputStream(
                      new java.io.ByteArrayInputStream(
                          named.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
              .orElseThrow());
    }
  }
}
