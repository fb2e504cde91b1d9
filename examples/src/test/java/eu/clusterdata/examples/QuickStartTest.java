package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void theProfileConformsToTheCoreRules() {
    assertEquals(List.of(), ProfileValidator.core().validate(QuickStart.kiNrw()).findings());
  }

  @Test
  void eccpFindingsAreTheGapsOfThePublicSources() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReport report = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        List.of("eccp.member-types", "eccp.members", "eccp.team-size", "eccp.english-website"),
        report.findings().stream().map(Finding::rule).map(r -> r.code()).toList());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("KI.NRW does not conform yet:", printed.lines().findFirst().orElseThrow());
    assertEquals(5, printed.lines().count());
  }
}
