/**
 * The JSON codecs built from the model description, the readers of JSON arrays and JSON Lines, the
 * streaming writer and the generator of the JSON Schema. Not exported.
 */
@NullMarked
package eu.clusterdata.json.internal;

import org.jspecify.annotations.NullMarked;
