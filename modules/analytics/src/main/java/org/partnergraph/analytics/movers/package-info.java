/** Who can move an indicator: partners ranked by their role on it, their influence and their network position. */
package org.partnergraph.analytics.movers;
