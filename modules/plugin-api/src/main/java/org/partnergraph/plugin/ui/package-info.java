/**
 * Small Swing helpers for views.
 *
 * @since 1.1
 */
package org.partnergraph.plugin.ui;
