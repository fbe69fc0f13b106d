package org.partnergraph.views.overlaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The overlaps view on Hertfordshire's memberships (001, 003, 000), without a window. */
class OverlapsPanelTest {

    static PartnershipGraph hertfordshire;
    static final String WORKING_GROUP = "hertfordshire:hertfordshire-health-and-physical-activity-working-group";
    static final String ALLIANCE = "hertfordshire:hertfordshire-physical-activity-alliance";

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
    }

    @Test
    void theWorkingGroupAndTheAllianceShareTheSameTwoMembersAndSitSideBySide() {
        OverlapMatrix m = OverlapMatrix.of(hertfordshire, OverlapMeasure.JACCARD);
        long withMembers = hertfordshire.memberships().stream()
                .map(x -> x.groupId())
                .distinct()
                .count();
        assertThat(m.size()).isEqualTo((int) withMembers);
        int a = m.indexOf(WORKING_GROUP);
        int b = m.indexOf(ALLIANCE);
        assertThat(m.value(a, b)).isEqualTo(1.0);
        assertThat(m.shared(a, b)).containsExactly("hertfordshire:hsp", "hertfordshire:public-health-hertfordshire");
        assertThat(Math.abs(a - b)).as("identical groups are neighbours").isEqualTo(1);
        assertThat(Double.isNaN(m.value(a, a))).isTrue();
        assertThat(m.max()).isEqualTo(1.0);
    }

    @Test
    void groupsWithTheSameMembersFormOneBlockInTheOrder() {
        OverlapMatrix m = OverlapMatrix.of(hertfordshire, OverlapMeasure.JACCARD);
        Map<Set<String>, List<Integer>> bySet = new HashMap<>();
        for (int i = 0; i < m.size(); i++) {
            bySet.computeIfAbsent(m.membersOf(m.groups().get(i).id()), k -> new ArrayList<>())
                    .add(i);
        }
        assertThat(bySet.values())
                .anySatisfy(positions -> assertThat(positions.size()).isGreaterThan(2));
        for (List<Integer> positions : bySet.values()) {
            int lo = positions.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int hi = positions.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(hi - lo + 1).as("block of " + positions).isEqualTo(positions.size());
        }
    }

    @Test
    void seriationKeepsTheClosestPairAdjacentOnRandomMatrices() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = 3 + random.nextInt(25);
            double[][] s = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    s[i][j] = s[j][i] = random.nextDouble() * 0.9;
                }
            }
            int x = random.nextInt(n);
            int y = (x + 1 + random.nextInt(n - 1)) % n;
            s[x][y] = s[y][x] = 0.95;
            int[] order = OverlapMatrix.seriate(s);
            assertThat(new HashSet<>(java.util.Arrays.stream(order).boxed().toList()))
                    .hasSize(n);
            int px = -1;
            int py = -1;
            for (int i = 0; i < n; i++) {
                px = order[i] == x ? i : px;
                py = order[i] == y ? i : py;
            }
            assertThat(Math.abs(px - py)).isEqualTo(1);
        }
    }

    @Test
    void choosingACellListsTheSharedMembersAndASelectedPartnerMarksItsGroups() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        OverlapsPanel panel = new OverlapsPanel(context);
        OverlapMatrix m = panel.matrix();
        int a = m.indexOf(WORKING_GROUP);
        int b = m.indexOf(ALLIANCE);
        var centre = panel.heatMap().centreOf(a, b);
        assertThat(panel.heatMap().cellAt(centre.x, centre.y)).containsExactly(a, b);
        panel.heatMap()
                .dispatchEvent(new java.awt.event.MouseEvent(
                        panel.heatMap(),
                        java.awt.event.MouseEvent.MOUSE_PRESSED,
                        0,
                        0,
                        centre.x,
                        centre.y,
                        1,
                        false,
                        java.awt.event.MouseEvent.BUTTON1));
        assertThat(panel.sharedIds())
                .containsExactlyInAnyOrder("hertfordshire:hsp", "hertfordshire:public-health-hertfordshire");
        assertThat(context.selection().items())
                .containsExactly(
                        SelectedItem.node(m.groups().get(a).id()),
                        SelectedItem.node(m.groups().get(b).id()));

        assertThat(panel.candidateTable().getRowCount()).isGreaterThan(0);
        assertThat(panel.bridgeTable().getRowCount()).isGreaterThanOrEqualTo(0);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.exports().stream()
                .filter(e -> e.fileExtension().equals("csv"))
                .findFirst()
                .orElseThrow()
                .write(out);
        List<CSVRecord> csv = CSVFormat.RFC4180
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(csv).hasSize(m.size() + 1);
        for (int i = 0; i < m.size(); i++) {
            assertThat(csv.get(i + 1).get(0)).isEqualTo(m.groups().get(i).name());
            assertThat(csv.get(0).get(i + 1)).isEqualTo(m.groups().get(i).name());
        }
        assertThat(csv.get(a + 1).get(b + 1)).isEqualTo("1");
        assertThat(context.exports()).extracting(e -> e.fileExtension()).containsExactly("png", "svg", "csv");
    }
}
