package org.partnergraph.workbench.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.EditRequest;

/**
 * The history in memory after edits and their undo, on the Hertfordshire sample without a
 * database: what an op appends, what its retraction removes, and the fold the views read.
 */
class HistoryInMemoryTest {

    private static final String NHS = "hertfordshire:national-health-service";
    private static final String OBJ2 = "hertfordshire:obj-2";
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    private static PartnershipGraph herts;

    @BeforeAll
    static void read() throws Exception {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("graphs/hertfordshire"))) {
            p = p.getParent();
        }
        herts = BundleReader.read(p.resolve("graphs/hertfordshire")).graph();
    }

    @Test
    void aDatedRatingHoldsFromItsDateAndItsRetractionLeavesTheHistoryAsItWas() {
        GraphOp op = setQuality(4);
        Dating stamp = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00Z"), "ann", "", false);
        GraphOp undo = op.inverseOn(herts.asOf(JUNE, "ann"));
        PartnershipGraph edited = op.applyTo(herts, stamp);
        ((GraphOp.Retract) undo).appended().remember(stamp);

        assertThat(quality(edited.asOf(JUNE.minusDays(1), "ann"))).contains(Score.of(3));
        assertThat(quality(edited.asOf(JUNE, "ann"))).contains(Score.of(4));
        assertThat(edited.changeDates()).contains(JUNE);
        assertThat(undo.applyTo(edited, null)).isEqualTo(herts);
    }

    @Test
    void aRetractionAfterARereadFindsTheRecordTheStoreStampedAtItsOwnTime() {
        GraphOp op = setQuality(4);
        Dating mine = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00.000000001Z"), "ann", "", false);
        GraphOp.Retract undo = (GraphOp.Retract) op.inverseOn(herts);
        undo.appended().remember(mine);
        // as read back: the store's clock stamped the record a few milliseconds later
        Dating saved = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00.004Z"), "ann", "", false);
        PartnershipGraph reread = op.applyTo(herts, saved);
        assertThat(undo.applyTo(reread, null)).isEqualTo(herts);

        // but not where someone else recorded one after it: that stays (the store refuses or keeps it)
        Dating sams = new Dating(JUNE, Instant.parse("2026-12-02T10:05:00Z"), "sam", "", false);
        PartnershipGraph withSams = setQuality(2).applyTo(reread, sams);
        assertThat(quality(undo.applyTo(withSams, null).asOf(JUNE, "ann"))).contains(Score.of(2));
    }

    @Test
    void removingARatingAppendsAnEndAndUndoingItBringsTheRatingBack() {
        Requests r = Requests.of(new EditRequest.AsOf(new EditRequest.RemoveInfluence(NHS, OBJ2), JUNE), herts);
        assertThat(r.asOf()).isEqualTo(JUNE);
        Dating stamp = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00Z"), "ann", "", false);
        GraphOp.Retract undo = (GraphOp.Retract) r.op().inverseOn(herts);
        undo.appended().remember(stamp);
        PartnershipGraph ended = r.op().applyTo(herts, stamp);
        assertThat(quality(ended.asOf(JUNE, "ann"))).isEmpty();
        assertThat(quality(ended.asOf(JUNE.minusDays(1), "ann"))).contains(Score.of(3));
        assertThat(undo.applyTo(ended, null)).isEqualTo(herts);
    }

    @Test
    void requestsThatNameNothingTheGraphHoldsAreRefusedWithASentence() {
        assertThatThrownBy(() -> Requests.of(new EditRequest.RemoveMeasurement("hertfordshire:none"), herts))
                .hasMessage("There is no measurement 'hertfordshire:none' to remove; nothing was changed.");
        assertThatThrownBy(() -> Requests.of(new EditRequest.EndMembership(NHS, "hertfordshire:no-group"), herts))
                .hasMessage(NHS + " is not a member of hertfordshire:no-group; nothing was changed.");
        assertThatThrownBy(() -> new GraphOp.RemoveInfluence(NHS, "hertfordshire:obj-999").inverseOn(herts))
                .hasMessageStartingWith("There is no rating of " + NHS + " on hertfordshire:obj-999");
        EditRequest twice =
                new EditRequest.AsOf(new EditRequest.AsOf(new EditRequest.RemoveInfluence(NHS, OBJ2), JUNE), JUNE);
        assertThatThrownBy(() -> Requests.of(twice, herts)).hasMessageContaining("one date only");
    }

    @Test
    void whatAnEditIsBasedOnIsTheNewestRecordOfItsThing() {
        Dating ann = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00Z"), "ann", "", false);
        PartnershipGraph edited = setQuality(4).applyTo(herts, ann);
        assertThat(setQuality(5).basedOn(herts)).contains(Dating.UNDATED);
        assertThat(setQuality(5).basedOn(edited)).contains(ann);
        assertThat(new GraphOp.AddPartner(herts.partners().get(0)).basedOn(edited))
                .isEmpty();
    }

    @Test
    void anotherUsersDraftIsNotInTheHistoryShown() throws Exception {
        Wave draft = new Wave("hertfordshire:sams", "hertfordshire", "sam's draft", JUNE, "sam", false, "");
        Dating inDraft = new Dating(JUNE, Instant.parse("2026-12-02T10:00:00Z"), "sam", draft.id(), false);
        PartnershipGraph.Builder b = setQuality(1).applyTo(herts, inDraft).toBuilder();
        b.waves.add(draft);
        PartnershipGraph withDraft = b.build();
        var shared = new org.partnergraph.workbench.context.SharedGraph(() -> LocalDate.of(2026, 12, 2));
        shared.setViewer("ann");
        javax.swing.SwingUtilities.invokeAndWait(() -> shared.replace(withDraft, "Loaded"));
        assertThat(shared.history().waves()).isEmpty();
        assertThat(quality(shared.current())).contains(Score.of(3));
        shared.setViewer("sam");
        javax.swing.SwingUtilities.invokeAndWait(() -> shared.replace(withDraft, "Loaded"));
        assertThat(shared.history().waves()).containsExactly(draft);
        assertThat(quality(shared.current())).contains(Score.of(1));
    }

    @Test
    void foldingTheSampleAsOfADateIsQuick() {
        for (int i = 0; i < 20; i++) {
            herts.asOf(JUNE, "ann");
        }
        long t0 = System.nanoTime();
        int n = 200;
        for (int i = 0; i < n; i++) {
            herts.asOf(JUNE, "ann");
        }
        double millis = (System.nanoTime() - t0) / 1e6 / n;
        System.out.printf(
                "Hertfordshire (%d ratings, %d memberships, %d measurements) as of a date: %.3f ms%n",
                herts.influences().size(),
                herts.memberships().size(),
                herts.measurements().size(),
                millis);
        assertThat(millis).as("a fold of the county sample, ms").isLessThan(50);
    }

    @Test
    void anEditOnAGraphOfTwoHundredThousandMembershipsIsShownWithoutFoldingItAllAgain() throws Exception {
        PartnershipGraph.Builder b = herts.toBuilder();
        var group = herts.memberships().get(0);
        for (int i = 0; i < 200_000; i++) {
            b.memberships.add(new org.partnergraph.model.Membership(
                    "p" + i,
                    group.groupId(),
                    group.role(),
                    group.provenance(),
                    Dating.from(JUNE.minusDays(i % 400)),
                    null));
        }
        PartnershipGraph big = b.build();
        var shared = new org.partnergraph.workbench.context.SharedGraph(() -> LocalDate.of(2026, 12, 2));
        shared.setViewer("ann");
        javax.swing.SwingUtilities.invokeAndWait(() -> shared.replace(big, "Loaded"));
        long t0 = System.nanoTime();
        PartnershipGraph edited = setQuality(4).applyTo(big, Dating.from(JUNE));
        long t1 = System.nanoTime();
        javax.swing.SwingUtilities.invokeAndWait(() -> shared.replace(edited, "Set"));
        long t2 = System.nanoTime();
        PartnershipGraph folded = edited.asOf(LocalDate.of(2026, 12, 2), "ann");
        long t3 = System.nanoTime();
        System.out.printf(
                "200,000 memberships: the edit's copy %.1f ms, shown after it %.1f ms (a whole fold: %.1f ms)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        assertThat(quality(shared.current())).contains(Score.of(4));
        assertThat(shared.current().memberships()).hasSameSizeAs(folded.memberships());
        assertThat(shared.current().influences()).containsExactlyInAnyOrderElementsOf(folded.influences());
        assertThat((t2 - t1) / 1e6).as("ms on the event thread").isLessThan((t3 - t2) / 1e6);
    }

    private static GraphOp setQuality(int q) {
        return new GraphOp.SetInfluence(
                new Influence(NHS, OBJ2, Score.of(5), Score.of(q), Provenance.of("edited in the workbench")));
    }

    private static Optional<Score> quality(PartnershipGraph g) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .map(Influence::quality)
                .findFirst();
    }
}
