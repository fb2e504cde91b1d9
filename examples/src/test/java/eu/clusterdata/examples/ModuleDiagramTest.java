package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The module diagrams of ARCHITECTURE.md and README.md draw the library modules' real dependencies:
 * each arrow is a compile-scope dependency in a pom.xml, and together they are exactly what is left
 * of those dependencies when the ones implied by others are left out (io depends on json, so the
 * model that json depends on needs no arrow from io).
 */
class ModuleDiagramTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MERMAID = Pattern.compile("(?s)```mermaid\n(.*?)```");
  private static final Pattern NODE = Pattern.compile("(\\w+)(?:\\[([\\w-]+)\\])?");
  private static final Pattern ARROW =
      Pattern.compile("(?m)^\\s*" + NODE + "\\s*-->\\s*" + NODE + "\\s*$");
  private static final Set<String> LIBRARY =
      Set.of(
          "cluster-model",
          "cluster-json",
          "cluster-jackson3",
          "cluster-rdf",
          "cluster-tabular",
          "cluster-io",
          "cluster-store",
          "cluster-cli",
          "cluster-spring-boot",
          "cluster-review");

  @Test
  void theArchitectureDiagramDrawsThePomsDependencies() throws Exception {
    assertEquals(
        reduced(pomDependencies()),
        drawn(firstDiagram("ARCHITECTURE.md")),
        "ARCHITECTURE.md's module diagram and the poms' compile dependencies");
  }

  @Test
  void theReadmeShowsTheSameDiagram() throws Exception {
    assertEquals(
        firstDiagram("ARCHITECTURE.md"),
        firstDiagram("README.md"),
        "README.md shows ARCHITECTURE.md's module diagram");
  }

  private static String firstDiagram(String page) throws Exception {
    Matcher block = MERMAID.matcher(Files.readString(ROOT.resolve(page)));
    assertTrue(block.find(), page + " has no mermaid diagram");
    return block.group(1);
  }

  /** The arrows of a diagram, by module name ({@code io[cluster-io]} names io once). */
  private static Map<String, Set<String>> drawn(String diagram) {
    Map<String, String> names = new HashMap<>();
    Map<String, Set<String>> arrows = new TreeMap<>();
    Matcher arrow = ARROW.matcher(diagram);
    while (arrow.find()) {
      String from = name(names, arrow.group(1), arrow.group(2));
      String to = name(names, arrow.group(3), arrow.group(4));
      arrows.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }
    assertTrue(!arrows.isEmpty(), "no arrows in\n" + diagram);
    return arrows;
  }

  private static String name(Map<String, String> names, String alias, String label) {
    if (label != null) {
      names.put(alias, label);
    }
    String name = names.get(alias);
    assertTrue(name != null, "the diagram uses " + alias + " before it names it");
    return name;
  }

  /** Each library module's compile-scope dependencies on the other library modules. */
  private static Map<String, Set<String>> pomDependencies() throws Exception {
    Map<String, Set<String>> dependencies = new TreeMap<>();
    for (String module : LIBRARY) {
      Element project =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(ROOT.resolve(module).resolve("pom.xml").toFile())
              .getDocumentElement();
      Set<String> on = new TreeSet<>();
      Element list = child(project, "dependencies");
      NodeList all = list == null ? null : list.getElementsByTagName("dependency");
      for (int i = 0; all != null && i < all.getLength(); i++) {
        Element dependency = (Element) all.item(i);
        String artifact = text(dependency, "artifactId");
        String scope = text(dependency, "scope");
        if (LIBRARY.contains(artifact) && (scope == null || scope.equals("compile"))) {
          on.add(artifact);
        }
      }
      if (!on.isEmpty()) {
        dependencies.put(module, on);
      }
    }
    return dependencies;
  }

  /** The dependencies without those a longer path implies. */
  private static Map<String, Set<String>> reduced(Map<String, Set<String>> dependencies) {
    Map<String, Set<String>> reduced = new TreeMap<>();
    dependencies.forEach(
        (module, on) -> {
          Set<String> kept = new TreeSet<>();
          for (String target : on) {
            boolean implied =
                on.stream()
                    .filter(other -> !other.equals(target))
                    .anyMatch(other -> reaches(dependencies, other, target));
            if (!implied) {
              kept.add(target);
            }
          }
          reduced.put(module, kept);
        });
    return reduced;
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
    Deque<String> open = new ArrayDeque<>(Set.of(from));
    Set<String> seen = new TreeSet<>();
    while (!open.isEmpty()) {
      String module = open.pop();
      if (module.equals(to)) {
        return true;
      }
      if (seen.add(module)) {
        open.addAll(graph.getOrDefault(module, Set.of()));
      }
    }
    return false;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().strip();
  }
}
