package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;

/**
 * Validates a graph against the shipped profile shapes with Jena's SHACL engine, and gives the
 * results as the model validator's report: a focus node and a property path in place of a model
 * path. The shapes are parsed once.
 */
public final class ShaclFindings {

  /** Where the jar holds the shapes. */
  public static final String SHAPES_RESOURCE = "/eu/clusterdata/rdf/shapes.ttl";

  private static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefixes(eu.clusterdata.rdf.ClusterVocabulary.PREFIXES)
          .lock();

  /** Jena names an sh:in constraint with every value; the code lists have thousands. */
  private static final java.util.regex.Pattern IN_LIST =
      java.util.regex.Pattern.compile("InConstraint\\[[^\\]]*\\]");

  private ShaclFindings() {}

  private static final class Holder {
    static final Shapes SHAPES =
        Shapes.parse(RDFParser.fromString(shapesText(), Lang.TURTLE).toGraph());
  }

  /** Returns the shipped shapes as Turtle. */
  public static String shapesText() {
    return Resources.text(SHAPES_RESOURCE);
  }

  /** Validates {@code data}; conforming data gives an empty report. */
  public static ValidationReport validate(Graph data) {
    org.apache.jena.shacl.ValidationReport report =
        ShaclValidator.get().validate(Holder.SHAPES, data);
    List<Finding> findings = new ArrayList<>();
    for (ReportEntry entry : report.getEntries()) {
      String focus = term(entry.focusNode());
      String path =
          entry.resultPath() == null
              ? ""
              : entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
      String value = entry.value() == null ? null : term(entry.value());
      findings.add(
          Finding.of(
              Rule.CORE_SHAPE,
              (focus + " " + path).strip(),
              value,
              focus,
              path,
              IN_LIST.matcher(entry.message()).replaceAll("the list of allowed values")));
    }
    findings.sort(java.util.Comparator.comparing(Finding::path).thenComparing(f -> f.message()));
    return new ValidationReport(findings);
  }

  private static String term(Node node) {
    if (node.isURI()) {
      return "<" + node.getURI() + ">";
    }
    if (node.isBlank()) {
      return "[]";
    }
    return node.toString(PREFIXES);
  }
}
