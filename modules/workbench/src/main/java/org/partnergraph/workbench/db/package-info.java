/** Opening the database in the background: embedded on a data folder or a server, then the sample graphs on first start. */
package org.partnergraph.workbench.db;
