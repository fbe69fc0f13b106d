package org.partnergraph.views.influence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each rating's move between two waves: its drawn point in the earlier wave's map and in the later
 * one's, matched by partner and objective. A rating in one wave only has one point.
 */
final class MapMoves {

    /**
     * One partner-objective rating in the two waves.
     *
     * @param then its point in the earlier wave, or null where it was not rated then
     * @param now its point in the later wave, or null where it is no longer rated
     */
    record Move(MapPoints.Point then, MapPoints.Point now) {

        boolean onlyThen() {
            return now == null;
        }

        boolean onlyNow() {
            return then == null;
        }

        /** True where both points exist and the scores differ. */
        boolean moved() {
            return then != null
                    && now != null
                    && (then.rating().quality() != now.rating().quality()
                            || then.rating().influence() != now.rating().influence());
        }

        MapPoints.Point either() {
            return now == null ? then : now;
        }
    }

    private MapMoves() {}

    /** The moves from {@code then} to {@code now}: the later wave's order, then what only the earlier had. */
    static List<Move> of(List<MapPoints.Point> then, List<MapPoints.Point> now) {
        Map<String, MapPoints.Point> earlier = new LinkedHashMap<>();
        then.forEach(p -> earlier.put(key(p), p));
        List<Move> moves = new ArrayList<>();
        for (MapPoints.Point p : now) {
            moves.add(new Move(earlier.remove(key(p)), p));
        }
        earlier.values().forEach(p -> moves.add(new Move(p, null)));
        return moves;
    }

    private static String key(MapPoints.Point p) {
        return p.rating().source().key();
    }
}
