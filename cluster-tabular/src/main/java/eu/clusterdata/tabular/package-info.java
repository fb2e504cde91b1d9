/**
 * Cluster profiles as spreadsheets and CSV files: {@link eu.clusterdata.tabular.ClusterTables}
 * writes and reads them without loss, in the layout docs/tabular-format.md describes. Depends on
 * the model, not on the JSON or RDF modules.
 */
@NullMarked
package eu.clusterdata.tabular;

import org.jspecify.annotations.NullMarked;
