package org.partnergraph.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Stage;

/**
 * Writes a {@link Dataset} as a bundle of the newest format that {@link BundleReader} reads back to
 * an equal graph, history included: ids lose their partnership prefix, lists are joined with {@code
 * |}, every assessment is a row with its dating (the graph's order kept, so writing one graph twice
 * gives the same bytes), the waves go to waves.csv, empty files are left out.
 */
public final class BundleWriter {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Dataset dataset;
    private final String partnership;
    /** Rows written per file, for the manifest's {@code files}. */
    private final Map<String, Long> rowCounts = new LinkedHashMap<>();

    private BundleWriter(Dataset dataset) {
        this.dataset = dataset;
        this.partnership = dataset.manifest().partnership();
    }

    /**
     * Writes {@code dataset} as the bundle {@code dir}, all or nothing: the files go into a hidden
     * folder beside it, the manifest (with each file's number of rows) last, and that folder is then
     * renamed to {@code dir}. An existing bundle there is replaced whole; files that are not the
     * bundle's own (a README) are kept. Killed half way, {@code dir} is still the old bundle (or
     * absent) and the hidden folder has no manifest, so it never reads as a bundle.
     *
     * @throws IOException when the folder cannot be written, or {@code dir} exists and is not a dataset folder
     */
    public static void write(Dataset dataset, Path dir) throws IOException {
        Path partial = FolderSwap.temporarySibling(dir);
        try {
            new BundleWriter(dataset).writeAll(partial);
            FolderSwap.sync(partial);
            FolderSwap.replace(partial, dir);
        } finally {
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
                FolderSwap.deleteTree(partial);
            }
        }
    }

    private void writeAll(Path dir) throws IOException {
        PartnershipGraph g = dataset.graph();
        write(
                dir,
                FileType.PARTNERS,
                g.partners(),
                p -> cells(
                        id(p.id()),
                        p.name(),
                        p.type(),
                        p.tier(),
                        p.sector(),
                        String.join("|", p.aliases()),
                        p.provenance()));
        write(
                dir,
                FileType.GROUPS,
                g.groups(),
                x -> cells(id(x.id()), x.name(), x.kind(), String.join("|", x.aliases()), x.provenance()));
        write(dir, FileType.THEMES, g.themes(), x -> cells(id(x.id()), x.name(), x.description(), x.provenance()));
        write(
                dir,
                FileType.OBJECTIVES,
                g.objectives(),
                x -> cells(id(x.id()), x.name(), id(x.themeId()), x.provenance()));
        write(
                dir,
                FileType.AREAS,
                g.areas(),
                x -> cells(id(x.id()), x.name(), x.kind(), id(x.withinId()), x.provenance()));
        write(
                dir,
                FileType.INDICATORS,
                g.indicators(),
                x -> cells(
                        id(x.id()),
                        x.name(),
                        x.code(),
                        x.unit(),
                        x.polarity().code(),
                        ids(x.measures()),
                        x.leadIndividual(),
                        x.monitoredBy(),
                        x.risks(),
                        x.provenance()));
        write(
                dir,
                FileType.MEASUREMENTS,
                g.measurements(),
                x -> cells(
                        id(x.indicatorId()),
                        x.kind().code(),
                        x.period().text(),
                        number(x.value()),
                        measurementId(x),
                        id(x.areaId()),
                        x.dating(),
                        x.provenance()));
        write(
                dir,
                FileType.INITIATIVES,
                g.initiatives(),
                x -> cells(
                        id(x.id()),
                        x.name(),
                        x.kind(),
                        x.phase(),
                        x.description(),
                        x.timescale(),
                        x.milestones(),
                        ids(x.contributesTo()),
                        x.provenance()));
        write(
                dir,
                FileType.MEMBERSHIPS,
                g.memberships(),
                x -> cells(id(x.partnerId()), id(x.groupId()), x.role().code(), x.until(), x.dating(), x.provenance()));
        write(
                dir,
                FileType.INFLUENCES,
                g.influences(),
                x -> cells(
                        id(x.partnerId()),
                        id(x.objectiveId()),
                        x.influence().toString(),
                        x.quality().toString(),
                        x.dating(),
                        x.provenance()));
        write(
                dir,
                FileType.RELATIONSHIPS,
                g.relationships(),
                x -> cells(
                        id(x.fromId()),
                        id(x.toId()),
                        label(x.now()),
                        label(x.wanted()),
                        x.priority(),
                        x.lead(),
                        String.join("|", x.background()),
                        x.actions(),
                        x.dating(),
                        x.provenance()));
        write(
                dir,
                FileType.INDICATOR_PARTNERS,
                g.indicatorLinks(),
                x -> cells(id(x.partnerId()), id(x.indicatorId()), x.role().code(), x.provenance()));
        write(
                dir,
                FileType.GROUP_THEMES,
                g.groupThemes(),
                x -> cells(id(x.groupId()), id(x.themeId()), x.provenance()));
        write(
                dir,
                FileType.DELIVERIES,
                g.deliveries(),
                x -> cells(id(x.deliveredById()), id(x.initiativeId()), x.role(), x.provenance()));
        write(
                dir,
                FileType.WAVES,
                g.waves(),
                x -> cells(id(x.id()), x.name(), x.date(), x.author(), Boolean.toString(x.published()), x.note()));
        writeManifest(dir.resolve(BundleReader.MANIFEST));
    }

    private <T> void write(Path dir, FileType type, List<T> rows, Function<T, List<String>> toCells)
            throws IOException {
        String name = type.baseName() + ".csv";
        if (rows.isEmpty()) {
            return;
        }
        try (FileChannel channel =
                        FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Writer out = new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(type.columns());
            for (T row : rows) {
                printer.printRecord(toCells.apply(row));
            }
            printer.flush();
            channel.force(true);
        }
        rowCounts.put(name, (long) rows.size());
    }

    private void writeManifest(Path file) throws IOException {
        Manifest m = dataset.manifest();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = mapper.createObjectNode();
        json.put("format", Manifest.FORMAT_VERSION);
        json.put("partnership", m.partnership());
        json.put("name", m.name());
        json.put("description", m.description());
        if (m.date() != null) {
            json.put("date", m.date().toString());
        }
        ArrayNode sources = json.putArray("sources");
        for (Manifest.Source s : m.sources()) {
            sources.addObject().put("file", s.file()).put("title", s.title());
        }
        ObjectNode files = json.putObject("files");
        rowCounts.forEach(files::put);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(mapper.writeValueAsBytes(json)));
            channel.force(true);
        }
    }

    /**
     * Cells in the file type's column order: a dating as its five columns (as_of, recorded_at,
     * recorded_by, wave, ended), the provenance last (source, uncertain, note).
     */
    private List<String> cells(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Provenance p) {
                out.add(p.source());
                out.add(p.uncertain() ? "true" : "");
                out.add(p.note());
            } else if (v instanceof Dating d) {
                out.add(d.asOf() == null ? "" : d.asOf().toString());
                out.add(d.recordedAt() == null ? "" : d.recordedAt().toString());
                out.add(d.recordedBy());
                out.add(id(d.wave()));
                out.add(d.ended() ? "true" : "");
            } else {
                out.add(v == null ? "" : v.toString());
            }
        }
        return out;
    }

    private String id(String id) {
        return id == null || id.isEmpty() ? "" : Dataset.localId(partnership, id);
    }

    /** Empty where the id is the derived one, so the file stays easy to fill in by hand. */
    private String measurementId(Measurement m) {
        return m.id().equals(Measurement.derivedId(m.indicatorId(), m.kind(), m.period(), m.areaId()))
                ? ""
                : id(m.id());
    }

    private String ids(List<String> ids) {
        return String.join("|", ids.stream().map(this::id).toList());
    }

    private static String label(Stage s) {
        return s == null ? "" : s.label();
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
