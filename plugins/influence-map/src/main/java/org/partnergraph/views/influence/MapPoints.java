package org.partnergraph.views.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.influence.Quadrant;
import org.partnergraph.analytics.influence.Rating;

/**
 * Where each rating is drawn: at (quality, influence), scored at a range's midpoint; ratings that
 * fall on the same spot are spread on a small circle around it, in a fixed order (partner, then
 * objective), so the picture is the same every time and every rating stays visible.
 */
final class MapPoints {

    /** How far (in score units) coinciding points are spread from their spot. */
    static final double SPREAD = 0.16;

    /** One rating as drawn. */
    record Point(Rating rating, String partnerName, String objectiveName, double x, double y, int together) {

        Quadrant quadrant() {
            return rating.quadrant();
        }
    }

    private MapPoints() {}

    static List<Point> of(InfluenceMap map, Map<String, String> names) {
        Map<String, List<Rating>> bySpot = new LinkedHashMap<>();
        List<Rating> ordered = new ArrayList<>(map.ratings());
        ordered.sort(Comparator.comparing((Rating r) -> names.getOrDefault(r.partnerId(), r.partnerId()))
                .thenComparing(r -> names.getOrDefault(r.objectiveId(), r.objectiveId())));
        for (Rating r : ordered) {
            bySpot.computeIfAbsent(r.quality() + "/" + r.influence(), k -> new ArrayList<>())
                    .add(r);
        }
        List<Point> points = new ArrayList<>();
        for (List<Rating> spot : bySpot.values()) {
            int n = spot.size();
            for (int i = 0; i < n; i++) {
                Rating r = spot.get(i);
                double dx = 0;
                double dy = 0;
                if (n > 1) {
                    double angle = 2 * Math.PI * i / n + Math.PI / 4;
                    double radius = SPREAD * Math.min(1.6, 0.7 + n / 10.0);
                    dx = radius * Math.cos(angle);
                    dy = radius * Math.sin(angle);
                }
                points.add(new Point(
                        r,
                        names.getOrDefault(r.partnerId(), r.partnerId()),
                        names.getOrDefault(r.objectiveId(), r.objectiveId()),
                        r.quality() + dx,
                        r.influence() + dy,
                        n));
            }
        }
        return points;
    }
}
