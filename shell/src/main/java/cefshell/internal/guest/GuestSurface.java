package cefshell.internal.guest;

import javax.swing.JComponent;

import cefshell.internal.browser.WebContentsImpl;

/** A guest page and the Swing component that shows it (laid over its element by {@link GuestPlacement}). */
public record GuestSurface(WebContentsImpl webContents, JComponent component) {
}
