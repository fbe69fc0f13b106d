/**
 * Network: partners and groups as a force-directed network: size by score, colour by type or indicator status, search, neighbourhood, GraphML.
 * A built-in view, built against {@code plugin-api} only, like a third party's.
 */
package org.partnergraph.views.network;
