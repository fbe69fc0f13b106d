package org.partnergraph.views.influence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The change between two waves drawn over the map: an arrow from the earlier point (a small ring)
 * to the later one of each rating whose scores changed, a ring where a rating is new, a cross where
 * it is no longer rated; an unchanged rating is drawn once, as without a comparison. The chart's plot is
 * white in every theme, so the colours are fixed ones that read on white and apart from the quadrants'.
 */
final class MoveLayer {

    /** The arrows' colour: a violet none of the quadrants uses. */
    static final Color ARROW = new Color(0x6D, 0x28, 0xD9);
    /** The earlier wave's points and the crosses of ratings it alone had. */
    static final Color THEN = new Color(0x4B, 0x55, 0x63);

    private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private MoveLayer() {}

    /** Adds the moves' annotations and their legend entries to {@code plot}. */
    static void draw(XYPlot plot, List<MapMoves.Move> moves, String label) {
        if (moves.isEmpty()) {
            return;
        }
        LegendItemCollection legend = plot.getLegendItems();
        long moved = moves.stream().filter(MapMoves.Move::moved).count();
        long added = moves.stream().filter(MapMoves.Move::onlyNow).count();
        long gone = moves.stream().filter(MapMoves.Move::onlyThen).count();
        for (MapMoves.Move m : moves) {
            plot.addAnnotation(new Mark(m));
        }
        legend.add(item("Moved, " + label + " (" + moved + ")", new Line2D.Double(-7, 0, 7, 0), ARROW, false));
        if (added > 0) {
            legend.add(item("New in the later wave (" + added + ")", ring(0, 0, 7), ARROW, false));
        }
        if (gone > 0) {
            legend.add(item("Not rated in the later wave (" + gone + ")", cross(0, 0, 5), THEN, false));
        }
        plot.setFixedLegendItems(legend);
    }

    private static LegendItem item(String text, Shape shape, Color colour, boolean filled) {
        return new LegendItem(
                text, null, null, null, true, shape, filled, colour, true, colour, LINE, false, shape, LINE, colour);
    }

    static Shape ring(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    static Shape cross(double x, double y, double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - r, y - r);
        p.lineTo(x + r, y + r);
        p.moveTo(x - r, y + r);
        p.lineTo(x + r, y - r);
        return p;
    }

    /** The arrow, ring or cross of one move, drawn in screen space so its head keeps its size at any zoom. */
    static final class Mark extends AbstractXYAnnotation {

        private final MapMoves.Move move;

        Mark(MapMoves.Move move) {
            this.move = move;
        }

        MapMoves.Move move() {
            return move;
        }

        @Override
        public void draw(
                Graphics2D g,
                XYPlot plot,
                Rectangle2D area,
                ValueAxis domain,
                ValueAxis range,
                int index,
                PlotRenderingInfo info) {
            RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
            RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
            if (move.onlyThen()) {
                Point2D at = screen(move.then(), area, domain, range, xEdge, yEdge);
                g.setPaint(THEN);
                g.setStroke(LINE);
                g.draw(cross(at.getX(), at.getY(), 5));
                return;
            }
            Point2D to = screen(move.now(), area, domain, range, xEdge, yEdge);
            if (move.onlyNow()) {
                g.setPaint(ARROW);
                g.setStroke(LINE);
                g.draw(ring(to.getX(), to.getY(), 9));
                return;
            }
            if (move.moved()) {
                Point2D from = screen(move.then(), area, domain, range, xEdge, yEdge);
                g.setPaint(THEN);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(ring(from.getX(), from.getY(), 4));
                arrow(g, from, to);
            }
        }

        private static Point2D screen(
                MapPoints.Point p,
                Rectangle2D area,
                ValueAxis domain,
                ValueAxis range,
                RectangleEdge xEdge,
                RectangleEdge yEdge) {
            return new Point2D.Double(
                    domain.valueToJava2D(p.x(), area, xEdge), range.valueToJava2D(p.y(), area, yEdge));
        }

        /** A line from {@code from} that stops at the target dot's rim, and a filled head there. */
        private static void arrow(Graphics2D g, Point2D from, Point2D to) {
            double dx = to.getX() - from.getX();
            double dy = to.getY() - from.getY();
            double length = Math.hypot(dx, dy);
            if (length < 8) {
                return;
            }
            double ux = dx / length;
            double uy = dy / length;
            double tipX = to.getX() - ux * 6;
            double tipY = to.getY() - uy * 6;
            double baseX = tipX - ux * 10;
            double baseY = tipY - uy * 10;
            g.setPaint(ARROW);
            g.setStroke(LINE);
            g.draw(new Line2D.Double(from.getX() + ux * 4, from.getY() + uy * 4, baseX, baseY));
            Path2D head = new Path2D.Double();
            head.moveTo(tipX, tipY);
            head.lineTo(baseX - uy * 5, baseY + ux * 5);
            head.lineTo(baseX + uy * 5, baseY - ux * 5);
            head.closePath();
            g.fill(head);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
