package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.value.MultilingualText;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * The model keeps language tags in the case Jena keeps them (issue 33): a text read back from any
 * RDF syntax equals the text written.
 */
class LanguageTagCaseTest {

  @Test
  void theModelsCaseIsJenasCase() {
    for (String tag :
        List.of(
            "de",
            "DE",
            "en-us",
            "EN-gb",
            "zh-hant-tw",
            "az-latn-az",
            "es-419",
            "de-CH-1996",
            "de-DE-u-CO-phonebk",
            "en-a-bbb-x-A-CCC",
            "x-Klingon",
            "tlh",
            "art-lojban")) {
      String jena = NodeFactory.createLiteralLang("x", tag).getLiteralLanguage();
      assertEquals(jena, MultilingualText.canonicalTag(tag), tag);
    }
  }
}
