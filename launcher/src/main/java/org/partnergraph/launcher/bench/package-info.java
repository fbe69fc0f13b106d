/** The synthetic national-scale generator and the benchmark that measures load, read and every analysis. */
package org.partnergraph.launcher.bench;
