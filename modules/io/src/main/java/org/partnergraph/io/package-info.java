/**
 * Dataset bundles: a folder with {@code manifest.json} and one CSV file per node or relationship
 * type (docs/data-format.md). {@link org.partnergraph.io.BundleReader} reads and checks a bundle
 * into a {@link org.partnergraph.io.Dataset}, reporting every problem in one pass as {@code
 * file:line: column: reason}; it opens regular files only, and parses them with its own RFC 4180
 * parser ({@code CsvParser}) over a strict UTF-8 decoder ({@code Utf8Reader}) so that every problem
 * names its line. {@link org.partnergraph.io.BundleWriter} writes one back all or nothing: into a
 * hidden sibling folder, manifest last, renamed into place ({@code FolderSwap}).
 */
package org.partnergraph.io;
