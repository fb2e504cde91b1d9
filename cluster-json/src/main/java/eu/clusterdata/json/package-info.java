/**
 * The JSON interchange format of cluster profiles. {@link eu.clusterdata.json.ClusterJson} reads
 * and writes profile documents and streamed collections; {@link
 * eu.clusterdata.json.ClusterJsonModule} plugs the same format into a Jackson {@code ObjectMapper}.
 * The format is described in {@code docs/json-format.md} and by the JSON Schema that {@link
 * eu.clusterdata.json.ClusterJson#schema()} returns.
 */
@NullMarked
package eu.clusterdata.json;

import org.jspecify.annotations.NullMarked;
