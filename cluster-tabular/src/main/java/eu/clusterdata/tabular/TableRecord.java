package eu.clusterdata.tabular;

import eu.clusterdata.model.ClusterDataException;
import eu.clusterdata.model.ClusterProfile;

/**
 * One profile read from tables: a row of the {@code clusters} sheet with the rows of the other
 * sheets that belong to it, or why they could not be read.
 *
 * @param number the profile's number, counted from 1 in the order of the {@code clusters} sheet
 * @param row the row of the {@code clusters} sheet, counted from 1 (the header is row 1)
 * @param profile the profile, or {@code null} when it could not be read
 * @param error why it could not be read, or {@code null}: every cell that is wrong, with its sheet,
 *     row and column
 */
public record TableRecord(int number, int row, ClusterProfile profile, ClusterDataException error) {

  /** Returns whether the profile was read. */
  public boolean isRead() {
    return profile != null;
  }
}
