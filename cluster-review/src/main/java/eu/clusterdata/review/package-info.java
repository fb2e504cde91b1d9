/**
 * The review web application: a page where a data steward drops an export, reads what is wrong with
 * it, sees its overview and its differences to another, and takes it away in any format; and an
 * HTTP API that does the same for platforms. Every answer is the {@code clusterdata} command's own
 * ({@link eu.clusterdata.cli.Main#run(java.util.List, java.util.Map, java.io.OutputStream,
 * java.io.OutputStream)}), so the page, the API and the command line give one input one verdict.
 */
@NullMarked
package eu.clusterdata.review;

import org.jspecify.annotations.NullMarked;
