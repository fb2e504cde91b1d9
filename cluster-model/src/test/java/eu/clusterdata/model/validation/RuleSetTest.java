package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Rule sets by the codes users write, as the command line and the Spring properties take them. */
class RuleSetTest {

  @Test
  void codesAreTheLowerCaseNamesAndReadBack() {
    assertEquals("core, eccp, eucles, publication", RuleSet.codes());
    for (RuleSet set : RuleSet.values()) {
      assertEquals(set, RuleSet.ofCode(set.code()));
    }
    assertEquals(RuleSet.ECCP, RuleSet.ofCode(" ECCP "));
  }

  @Test
  void anUnknownCodeSaysWhichAndWhatToUse() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSet.ofCode("esca"));
    assertEquals("unknown rule set \"esca\"; use core, eccp, eucles, publication", e.getMessage());
  }
}
