package org.partnergraph.views.network;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;

/** The canvas's mouse: press on a node to drag and pin it, on the background to pan; click selects; wheel zooms. */
final class CanvasMouse extends MouseAdapter {

    private final NetworkCanvas c;

    CanvasMouse(NetworkCanvas canvas) {
        this.c = canvas;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        c.requestFocusInWindow();
        int at = c.nodeAt(e.getX(), e.getY());
        if (at >= 0) {
            c.dragging = at;
        } else {
            c.panFrom = e.getPoint();
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (c.dragging >= 0) {
            c.x[c.dragging] = (e.getX() - c.tx) / c.scale;
            c.y[c.dragging] = (e.getY() - c.ty) / c.scale;
            c.pinned[c.dragging] = true;
            c.version++;
            c.repaint();
        } else if (c.panFrom != null) {
            c.tx += e.getX() - c.panFrom.x;
            c.ty += e.getY() - c.panFrom.y;
            c.panFrom = e.getPoint();
            c.repaint();
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (c.dragging >= 0 && c.pinned[c.dragging]) {
            c.onPinned.run();
        }
        c.dragging = -1;
        c.panFrom = null;
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        c.onSelect.accept(c.nodeAt(e.getX(), e.getY()));
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        int at = c.nodeAt(e.getX(), e.getY());
        if (at != c.hover) {
            c.hover = at;
            c.repaint();
        }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        c.zoom(Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
    }
}
