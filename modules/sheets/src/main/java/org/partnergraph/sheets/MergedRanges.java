package org.partnergraph.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cell ranges of each sheet, by sheet name, as 0-based {first row, first column, last row,
 * last column}. fastexcel-reader does not report them, so they are read from the sheet parts directly.
 */
final class MergedRanges {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private MergedRanges() {}

    static Map<String, List<int[]>> read(Path xlsx) throws IOException {
        Map<String, List<int[]>> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Map<String, String> targets = new HashMap<>();
            each(zip, "xl/_rels/workbook.xml.rels", "Relationship", r -> {
                String target = r.getAttributeValue(null, "Target");
                targets.put(
                        r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
            });
            Map<String, String> sheetParts = new HashMap<>();
            each(
                    zip,
                    "xl/workbook.xml",
                    "sheet",
                    r -> sheetParts.put(
                            r.getAttributeValue(null, "name"), targets.get(r.getAttributeValue(REL_NS, "id"))));
            for (Map.Entry<String, String> e : sheetParts.entrySet()) {
                List<int[]> ranges = new ArrayList<>();
                if (e.getValue() != null) {
                    each(zip, e.getValue(), "mergeCell", r -> ranges.add(range(r.getAttributeValue(null, "ref"))));
                }
                if (!ranges.isEmpty()) {
                    out.put(e.getKey(), ranges);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("its XML is damaged: " + e.getMessage(), e);
        }
        return out;
    }

    private interface ElementHandler {
        void accept(XMLStreamReader reader);
    }

    private static void each(ZipFile zip, String part, String element, ElementHandler handler)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals(element)) {
                    handler.accept(r);
                }
            }
            r.close();
        }
    }

    /** "B3:D5" to {2, 1, 4, 3}. */
    static int[] range(String ref) {
        String[] ends = ref.split(":", -1);
        int[] a = cell(ends[0]);
        int[] b = ends.length > 1 ? cell(ends[1]) : a;
        return new int[] {a[0], a[1], b[0], b[1]};
    }

    private static int[] cell(String ref) {
        int col = 0;
        int i = 0;
        String r = ref.replace("$", "");
        while (i < r.length() && Character.isLetter(r.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(r.substring(i)) - 1, col - 1};
    }
}
