package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.internal.StreamingWriter;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The one Turtle writer for files, a collection or a stream alike: the prefixes once, then each
 * profile's triples grouped by subject (subjects, predicates and objects in the order the mapping
 * gives them, so every run writes the same bytes), a blank node that one triple points to nested
 * where it is used ({@code [ ... ]}), any other labelled {@code _:b0}, {@code _:b1}... Memory is
 * one profile's triples.
 */
public final class TurtleWriter extends StreamingWriter {

  /** How far a subject's predicates are indented, as Jena's own Turtle writer does. */
  private static final int INDENT = 8;

  private final Writer out;
  private final NodeFormatterTTL formatter =
      new NodeFormatterTTL(null, PrefixMapFactory.create(ClusterVocabulary.PREFIXES));
  private final StringWriter term = new StringWriter();
  private final AWriter termOut = IO.wrap(term);
  private final Map<Node, String> iris = new HashMap<>();
  private final Map<Node, String> labels = new HashMap<>();
  private long blankNodes;

  /**
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public TurtleWriter(OutputStream out, boolean publicExport) {
    super(ProfileFormat.TURTLE, publicExport);
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    int width =
        ClusterVocabulary.PREFIXES.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder prefixes = new StringBuilder();
    ClusterVocabulary.PREFIXES.forEach(
        (prefix, iri) ->
            prefixes
                .append("PREFIX ")
                .append(prefix)
                .append(':')
                .append(" ".repeat(width - prefix.length() + 1))
                .append('<')
                .append(iri)
                .append(">\n"));
    write(prefixes.toString());
  }

  @Override
  protected void append(ClusterProfile profile) {
    Set<Triple> triples = new LinkedHashSet<>();
    GraphWriter.write(profile, triples::add);
    Map<Node, Map<Node, List<Node>>> subjects = new LinkedHashMap<>();
    Map<Node, Integer> pointedTo = new HashMap<>();
    for (Triple t : triples) {
      subjects
          .computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
          .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
          .add(t.getObject());
      if (t.getObject().isBlank()) {
        pointedTo.merge(t.getObject(), 1, Integer::sum);
      }
    }
    Set<Node> nested = new HashSet<>();
    for (Map.Entry<Node, Integer> blank : pointedTo.entrySet()) {
      if (blank.getValue() == 1) {
        nested.add(blank.getKey());
      }
    }
    Set<Node> written = new HashSet<>();
    StringBuilder text = new StringBuilder(triples.size() * 64);
    for (Map.Entry<Node, Map<Node, List<Node>>> subject : subjects.entrySet()) {
      if (!nested.contains(subject.getKey())) {
        block(subject, subjects, nested, written, text);
      }
    }
    // a ring of blank nodes, each pointed to once, has no way in: each is written on its own
    for (Map.Entry<Node, Map<Node, List<Node>>> subject : subjects.entrySet()) {
      if (!written.contains(subject.getKey())) {
        nested.remove(subject.getKey());
        block(subject, subjects, nested, written, text);
      }
    }
    write(text.toString());
    labels.clear(); // a profile's blank nodes are its own; their labels stay unique in the file
  }

  /** One subject with its predicates and objects, ended by a full stop. */
  private void block(
      Map.Entry<Node, Map<Node, List<Node>>> subject,
      Map<Node, Map<Node, List<Node>>> subjects,
      Set<Node> nested,
      Set<Node> written,
      StringBuilder text) {
    written.add(subject.getKey());
    text.append('\n').append(format(subject.getKey())).append('\n').append(" ".repeat(INDENT));
    properties(subject.getValue(), subjects, nested, written, text, INDENT);
    text.append(" .\n");
  }

  /** The predicates of a subject, one to a line, their objects after a column all share. */
  private void properties(
      Map<Node, List<Node>> properties,
      Map<Node, Map<Node, List<Node>>> subjects,
      Set<Node> nested,
      Set<Node> written,
      StringBuilder text,
      int indent) {
    int width = 0;
    for (Node predicate : properties.keySet()) {
      width = Math.max(width, format(predicate).length());
    }
    boolean first = true;
    for (Map.Entry<Node, List<Node>> property : properties.entrySet()) {
      if (!first) {
        text.append(";\n").append(" ".repeat(indent));
      }
      first = false;
      String predicate = format(property.getKey());
      text.append(predicate).append(" ".repeat(width - predicate.length() + 2));
      boolean firstObject = true;
      for (Node object : property.getValue()) {
        if (!firstObject) {
          text.append(" , ");
        }
        firstObject = false;
        if (nested.contains(object) && !written.contains(object)) {
          written.add(object);
          Map<Node, List<Node>> inner = subjects.get(object);
          if (inner == null) {
            text.append("[]");
          } else {
            int column = text.length() - text.lastIndexOf("\n") - 1;
            text.append("[ ");
            properties(inner, subjects, nested, written, text, column + 2);
            text.append('\n').append(" ".repeat(column)).append(']');
          }
        } else {
          text.append(format(object));
        }
      }
    }
  }

  /** A term as Turtle writes it: a prefixed name where a prefix fits, a number as a number. */
  private String format(Node node) {
    if (node.isBlank()) {
      return labels.computeIfAbsent(node, n -> "_:b" + blankNodes++);
    }
    String cached = iris.get(node);
    if (cached != null) {
      return cached;
    }
    term.getBuffer().setLength(0);
    formatter.format(termOut, node);
    termOut.flush();
    String formatted = term.toString();
    if (node.isURI()) {
      if (iris.size() > 10_000) {
        iris.clear(); // terms of the vocabulary repeat; an export's own IRIs need not stay
      }
      iris.put(node, formatted);
    }
    return formatted;
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void finish() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
