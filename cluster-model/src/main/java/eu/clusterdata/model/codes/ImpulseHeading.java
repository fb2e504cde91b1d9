package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;

/**
 * One of the nine headings under which "Cluster.Zukunft.NRW" groups its impulses: the five {@link
 * ServiceArea service areas} and the four {@link Transformation transformations}.
 */
public sealed interface ImpulseHeading extends Coded permits ServiceArea, Transformation {

  /** Returns the heading exactly as the paper's closing table words it (German). */
  String germanHeading();

  /** Returns the short title of the heading in English and German. */
  MultilingualText title();
}
