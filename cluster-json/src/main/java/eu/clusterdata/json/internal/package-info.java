/**
 * The JSON codecs built from the model description, the readers of JSON arrays and JSON Lines, the
 * streaming writer and the generator of the JSON Schema. Not exported.
 */
package eu.clusterdata.json.internal;
