/**
 * The workbook face of a bundle: {@link org.partnergraph.sheets.TemplateWriter} writes the template,
 * {@link org.partnergraph.sheets.WorkbookReader} reads a filled-in workbook through the bundle reader
 * (so it is checked exactly as a bundle is, problems located as {@code Sheet!Cell}), and
 * {@link org.partnergraph.sheets.WorkbookWriter} exports a dataset as one. Imports of other sheets live
 * in {@code org.partnergraph.sheets.importer}.
 */
package org.partnergraph.sheets;
