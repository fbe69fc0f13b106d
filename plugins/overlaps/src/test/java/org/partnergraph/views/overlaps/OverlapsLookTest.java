package org.partnergraph.views.overlaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.support.ThemeColours;
import org.partnergraph.plugin.swing.testing.OffscreenPaint;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;
import org.partnergraph.workbench.shell.Themes;

/** Merge candidates' minimum group size, zoom, and the heat map in light and dark, on the real bundles. */
class OverlapsLookTest {

    static PartnershipGraph hertfordshire;
    static PartnershipGraph staffordshire;

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        staffordshire = BundleReader.read(Path.of("../../graphs/staffordshire")).graph();
        theme(false);
    }

    @AfterAll
    static void light() throws Exception {
        theme(false);
    }

    private static void theme(boolean dark) throws Exception {
        SwingUtilities.invokeAndWait(() -> Themes.install(dark));
    }

    @Test
    void theMinimumGroupSizeRemovesTheSmallGroupsCandidates() {
        for (PartnershipGraph graph : List.of(hertfordshire, staffordshire)) {
            OverlapsPanel panel = new OverlapsPanel(new StubWorkbenchContext(graph));
            List<GroupPair> all = GroupOverlaps.of(graph).mergeCandidates(OverlapMeasure.JACCARD, 0.5);
            long small =
                    all.stream().filter(p -> Math.min(p.sizeA(), p.sizeB()) < 3).count();

            assertThat(panel.toolbar().minGroupSize()).isEqualTo(3);
            assertThat(panel.candidates()).hasSize(all.size() - (int) small);
            assertThat(panel.candidates())
                    .allSatisfy(p -> assertThat(Math.min(p.sizeA(), p.sizeB())).isGreaterThanOrEqualTo(3));
            assertThat(panel.candidateTable().getRowCount())
                    .isEqualTo(panel.candidates().size());

            panel.toolbar().minSizeSpinner().setValue(1);
            assertThat(panel.candidateTable().getRowCount()).isEqualTo(all.size());
        }
    }

    @Test
    void hertfordshireHasOneMemberGroupsWithJaccardOneThatTheDefaultDrops() {
        List<GroupPair> all = GroupOverlaps.of(hertfordshire).mergeCandidates(OverlapMeasure.JACCARD, 0.5);
        List<GroupPair> ones = all.stream()
                .filter(p -> p.jaccard() == 1.0 && Math.min(p.sizeA(), p.sizeB()) == 1)
                .toList();
        assertThat(ones).as("the issue: Jaccard 1 on the County Council alone").isNotEmpty();
        OverlapsPanel panel = new OverlapsPanel(new StubWorkbenchContext(hertfordshire));
        assertThat(panel.candidates()).doesNotContainAnyElementsOf(ones);
    }

    @Test
    void ctrlWheelAndTheButtonsZoomTheMatrix() {
        OverlapsPanel panel = new OverlapsPanel(new StubWorkbenchContext(hertfordshire));
        HeatMap map = panel.heatMap();
        int before = map.cell();
        int width = map.getPreferredSize().width;

        map.dispatchEvent(new MouseWheelEvent(
                map,
                MouseWheelEvent.MOUSE_WHEEL,
                0,
                InputEvent.CTRL_DOWN_MASK,
                300,
                300,
                0,
                false,
                MouseWheelEvent.WHEEL_UNIT_SCROLL,
                1,
                -1));
        assertThat(map.cell()).isGreaterThan(before);
        assertThat(map.getPreferredSize().width).isGreaterThan(width);
        find(panel, javax.swing.JButton.class, "overlaps.zoomout").doClick();
        find(panel, javax.swing.JButton.class, "overlaps.zoomout").doClick();
        assertThat(map.cell()).isLessThan(before);
        for (int i = 0; i < 50; i++) {
            map.zoom(-1);
        }
        assertThat(map.cell()).isEqualTo(HeatMap.MIN_CELL);
    }

    @Test
    void theHeatMapFollowsTheThemeAndNothingIsCutAt1280x800() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            OverlapsPanel panel = new OverlapsPanel(new StubWorkbenchContext(hertfordshire));
            BufferedImage image = paint(panel, new Dimension(1280, 800));
            save(image, "overlaps-" + (dark ? "dark" : "light") + ".png");
            Color low = HeatMap.colour(0);
            Color high = HeatMap.colour(1);
            assertThat(ThemeColours.isDark()).isEqualTo(dark);
            assertThat(ThemeColours.luminance(low) > ThemeColours.luminance(high))
                    .as("light: pale to dark blue; dark: dark to pale blue")
                    .isEqualTo(!dark);
            assertThat(ThemeColours.contrast(low, high)).isGreaterThan(4.5);
            Component right = find(panel, javax.swing.JTable.class, "overlaps.candidates");
            java.awt.Point at = SwingUtilities.convertPoint(right.getParent(), right.getLocation(), panel);
            assertThat(at.x + right.getParent().getWidth())
                    .as("the candidates fit the view")
                    .isLessThanOrEqualTo(1280);
        }
    }

    @Test
    void theToolbarWrapsInANarrowViewRatherThanCuttingItsEnd() {
        OverlapsPanel panel = new OverlapsPanel(new StubWorkbenchContext(hertfordshire));
        paint(panel, new Dimension(740, 700)); // the view's width beside the navigator and inspector
        Container toolbar = panel.toolbar();

        assertThat(toolbar.getComponentCount()).isEqualTo(4);
        for (Component row : toolbar.getComponents()) {
            assertThat(row.getX() + row.getWidth()).as(row.toString()).isLessThanOrEqualTo(toolbar.getWidth());
        }
        assertThat(toolbar.getComponent(3).getY())
                .as("the status on a second row")
                .isPositive();
    }

    static BufferedImage paint(Container view, Dimension size) {
        return OffscreenPaint.paint(view, size);
    }

    static void save(BufferedImage image, String name) throws Exception {
        OffscreenPaint.save(image, name);
    }

    static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
