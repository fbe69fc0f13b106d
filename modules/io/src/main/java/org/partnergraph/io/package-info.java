/**
 * Dataset bundles: a folder with {@code manifest.json} and one CSV file per node or relationship
 * type (docs/data-format.md). {@link org.partnergraph.io.BundleReader} reads and checks a bundle
 * into a {@link org.partnergraph.io.Dataset}, reporting every problem as {@code file:line: column:
 * reason}; {@link org.partnergraph.io.BundleWriter} writes one back.
 */
package org.partnergraph.io;
