package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.HostileFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile input ends in a clear error; nothing is fetched from the network or the file system. */
class HostileInputTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static RdfDocument read(String text, ProfileFormat syntax) {
    return RDF.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax);
  }

  @Test
  void remoteJsonLdContextIsNotFetched() {
    String doc =
        "{\"@context\": \"https://attacker.example.org/context.jsonld\", \"@id\": \"https://example.org/x\", \"name\": \"x\"}";
    RdfSyntaxException e =
        assertThrows(RdfSyntaxException.class, () -> read(doc, ProfileFormat.JSON_LD));
    assertTrue(
        e.getMessage()
            .contains(
                "the document names the remote JSON-LD context <https://attacker.example.org/context.jsonld>, which is not fetched"),
        e.getMessage());
  }

  @Test
  void ourOwnContextIsServedFromTheJar() {
    String doc =
        "{\"@context\": \"https://clusterdata.eu/ns/context.jsonld\", \"@id\": \"https://example.org/x\", \"skos:prefLabel\": \"x\"}";
    // Parsed without fetching anything; the one triple is no profile, which is said.
    RdfMappingException e =
        assertThrows(RdfMappingException.class, () -> read(doc, ProfileFormat.JSON_LD));
    assertEquals("rdf.no-profile", e.code());
  }

  @Test
  void rdfXmlWithAnExternalEntityIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rdf:RDF [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\">\n"
            + "  <rdf:Description rdf:about=\"https://example.org/x\"><skos:prefLabel>&secret;</skos:prefLabel></rdf:Description>\n"
            + "</rdf:RDF>\n";
    RdfSyntaxException e =
        assertThrows(RdfSyntaxException.class, () -> read(xxe, ProfileFormat.RDF_XML));
    assertFalse(
        e.getMessage().contains("root:"), "the file must not have been read: " + e.getMessage());
  }

  @Test
  void rdfXmlWithEntityExpansionIsRefused() {
    String bomb = HostileFiles.entityExpansionRdfXml();
    RdfSyntaxException e =
        assertThrows(RdfSyntaxException.class, () -> read(bomb, ProfileFormat.RDF_XML));
    // Said as what it is, not as the JDK's JAXP00010001.
    assertEquals(
        "rdf.syntax.entity-expansion", e.problems().get(0).message().key(), e.getMessage());
    assertFalse(e.getMessage().contains("JAXP"), e.getMessage());
  }

  @Test
  void inputOverTheLimitIsRefused() {
    ClusterRdf small = ClusterRdf.builder().maxInputBytes(1_000).build();
    String big =
        "<https://example.org/s> <https://example.org/p> \"" + "x".repeat(2_000) + "\" .\n";
    RdfSyntaxException e =
        assertThrows(
            RdfSyntaxException.class,
            () ->
                small.read(
                    new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
                    ProfileFormat.N_TRIPLES));
    assertTrue(
        e.getMessage().contains("the input is longer than the limit of 1000 bytes"),
        e.getMessage());
  }

  @Test
  void malformedIriIsAnError() {
    RdfSyntaxException e =
        assertThrows(
            RdfSyntaxException.class,
            () ->
                read(
                    "<https://example.org/a b> <https://example.org/p> \"x\" .\n",
                    ProfileFormat.N_TRIPLES));
    assertEquals(1, e.line());
  }
}
