package org.partnergraph.launcher;

import java.io.IOException;
import java.nio.file.Path;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.sheets.WorkbookReader;

/** What {@code load} and {@code validate} read: a workbook ({@code .xlsx}) or a bundle folder. */
final class WorkbookOrBundle {

    private WorkbookOrBundle() {}

    static Dataset read(Path path) throws DatasetException, IOException {
        return WorkbookReader.isWorkbook(path) ? WorkbookReader.read(path) : BundleReader.read(path);
    }
}
