package org.partnergraph.views.trajectories;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/** The dashboard's tiles in rows as wide as the view; scrolls vertically. */
final class TileGrid extends JPanel implements Scrollable {

    private static final int GAP = 8;

    TileGrid() {
        setLayout(new Rows());
    }

    /** Tiles share the row: at least {@link Tile#SIZE} wide, stretched so that the row ends at the right edge. */
    int tileWidth() {
        return Math.max(Tile.SIZE.width, (viewWidth() - GAP) / columns() - GAP);
    }

    private int viewWidth() {
        int width = getParent() instanceof JViewport v && v.getWidth() > 0 ? v.getWidth() : getWidth();
        return width <= 0 ? 1200 : width;
    }

    int columns() {
        return Math.max(1, (viewWidth() - GAP) / (Tile.SIZE.width + GAP));
    }

    private final class Rows implements LayoutManager {
        @Override
        public void addLayoutComponent(String name, Component comp) {}

        @Override
        public void removeLayoutComponent(Component comp) {}

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            int columns = columns();
            int rows = (parent.getComponentCount() + columns - 1) / columns;
            return new Dimension(columns * (tileWidth() + GAP) + GAP, rows * (Tile.SIZE.height + GAP) + GAP);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(Tile.SIZE.width + 2 * GAP, Tile.SIZE.height + 2 * GAP);
        }

        @Override
        public void layoutContainer(Container parent) {
            int columns = columns();
            int w = tileWidth();
            for (int i = 0; i < parent.getComponentCount(); i++) {
                int r = i / columns;
                int c = i % columns;
                parent.getComponent(i)
                        .setBounds(GAP + c * (w + GAP), GAP + r * (Tile.SIZE.height + GAP), w, Tile.SIZE.height);
            }
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - 24 : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
