/**
 * The workbench's side of the database: what it is handed ({@link org.partnergraph.workbench.db.DatabaseSource},
 * built by the launcher), what it holds open ({@link org.partnergraph.workbench.db.OpenDatabase}), the
 * sample graphs on first start, and the Help &gt; How to connect text. Starting Neo4j is the launcher's business.
 */
package org.partnergraph.workbench.db;
