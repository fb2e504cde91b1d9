package eu.clusterdata.examples;

import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.Transformation;
import java.io.PrintStream;
import java.util.List;

/** Reads the impulse catalogue: all 25 impulses, and those under one transformation. */
public final class ImpulseCatalogueTour {

  private ImpulseCatalogueTour() {}

  static List<Impulse> run(PrintStream out) {
    for (Impulse impulse : ImpulseCatalogue.impulses()) {
      out.println(impulse.code() + "  " + impulse.title().get("de").orElseThrow());
    }
    List<Impulse> decarbonisation = ImpulseCatalogue.byHeading(Transformation.DECARBONISATION);
    out.println("Under decarbonisation: " + decarbonisation.stream().map(Impulse::code).toList());
    return decarbonisation;
  }

  public static void main(String[] args) {
    run(System.out);
  }
}
