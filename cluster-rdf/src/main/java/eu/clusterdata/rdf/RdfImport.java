package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.problem.Message;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Triple;

/**
 * What {@link RdfImporter} read from linked data in public vocabularies: the profiles, every triple
 * that is in none of them, and a note for every record it left out or completed by an assumption.
 * The triples are Jena's on purpose: they are in no vocabulary the library maps, so the caller who
 * keeps them works with them as RDF (writes them with any Jena writer, adds them to a graph).
 *
 * @param profiles the profiles, in the order of their organisations' identifiers
 * @param unmapped the triples that were not read into any profile, sorted
 * @param notes the records left out or completed, with why, in the order they were met
 */
public record RdfImport(List<ClusterProfile> profiles, List<Triple> unmapped, List<Note> notes) {

  public RdfImport {
    profiles = List.copyOf(profiles);
    unmapped = List.copyOf(unmapped);
    notes = List.copyOf(notes);
  }

  /**
   * A record the importer left out or completed by an assumption.
   *
   * @param subject the node, as {@code <iri>} or a blank-node label
   * @param message what happened, rendered per locale
   */
  public record Note(String subject, Message message) {

    /** Returns the note as a line of text in {@code locale}: the node, then what happened. */
    public String text(Locale locale) {
      return subject + ": " + message.text(locale);
    }
  }
}
