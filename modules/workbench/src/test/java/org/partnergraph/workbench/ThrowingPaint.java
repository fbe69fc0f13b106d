package org.partnergraph.workbench;

import java.awt.Dimension;
import java.awt.Graphics;
import javax.swing.JComponent;

/** A component of a test plugin whose paint code throws. */
public class ThrowingPaint extends JComponent {

    public ThrowingPaint() {
        setName("test.paint.component");
        setPreferredSize(new Dimension(200, 200));
    }

    @Override
    protected void paintComponent(Graphics g) {
        throw new IllegalStateException("paint always throws");
    }
}
