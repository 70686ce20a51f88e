package cefshell.internal.browser;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import javax.swing.JWindow;

/**
 * Gets a windowed browser made before its panel is shown, so that the page loads (and talks IPC) at once. JCEF makes
 * a windowed browser the first time its component is painted while displayable, as a child of the component's native
 * canvas; there is no other working way (see {@link BrowserHost#createBrowser}). So until its panel becomes
 * displayable, the component waits in a "parking" window, which is realised but never shown, is painted there once
 * off-screen, and then moves into its panel, a move JCEF supports by reparenting the native window. EDT only.
 */
public final class WindowedCreation {
    public static final int PARKED_WIDTH = 640;
    public static final int PARKED_HEIGHT = 480;
    private static JWindow parking;

    private WindowedCreation() {
    }

    /** Puts {@code c} in the parking window and has JCEF create its browser there. */
    public static void park(Component c) {
        JWindow w = parking();
        c.setBounds(0, 0, PARKED_WIDTH, PARKED_HEIGHT);
        w.getContentPane().add(c); // w is displayable: c gets its native peer now
        c.validate();
        poke(c);
    }

    public static boolean isParked(Component c) {
        return parking != null && c.getParent() == parking.getContentPane();
    }

    /** Takes {@code c} out of the parking window (to add it to its panel). */
    public static void unpark(Component c) {
        if (isParked(c)) {
            parking.getContentPane().remove(c);
        }
    }

    /**
     * Paints {@code c} once into a scratch image: JCEF records the component's size and, if no browser exists yet
     * and {@code c} is displayable, creates it shortly after (from a 100 ms Swing timer).
     */
    static void poke(Component c) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
    }

    /**
     * Disposes the parking window, when the shell quits: a realised window, even one never shown, keeps AWT and so
     * the JVM alive. Disposing it also lets Swing dispose the hidden shared owner frame it hangs from.
     */
    public static void disposeParkingWindow() {
        if (parking != null) {
            parking.dispose();
            parking = null;
        }
    }

    private static JWindow parking() {
        if (parking == null) {
            parking = new JWindow();
            parking.getContentPane().setLayout(null);
            parking.setSize(PARKED_WIDTH, PARKED_HEIGHT);
            parking.addNotify(); // realised (native window exists) but never shown
        }
        return parking;
    }
}
