/**
 * The {@code clusterdata} command for data stewards: one class per command (validate, convert,
 * load, import, query, summary, diff, catalogue, schema), the reports they write (text, JSON, HTML)
 * and their words in English and German. Read and written through {@code cluster-io}; not a library
 * API.
 */
@NullMarked
package eu.clusterdata.cli;

import org.jspecify.annotations.NullMarked;
