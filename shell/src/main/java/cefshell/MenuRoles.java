package cefshell;

/**
 * What each {@link MenuItem.Role} does, as Electron's menu-item-roles: the app's action if the role has one, else the
 * window's, else its page's. Runs on the shell's event thread (never a CEF thread): the window methods wait for the
 * EDT, which is allowed there.
 */
final class MenuRoles {
    private static final double ZOOM_STEP = 0.5; // Electron's zoomIn / zoomOut step of webContents.zoomLevel

    private MenuRoles() {
    }

    /** Performs the role; false when it needs a window and there is none, or has no action (a submenu role). */
    static boolean execute(MenuItem.Role role, BrowserWindow window) {
        if (role == MenuItem.Role.QUIT) {
            // quit waits for Chromium to shut down, which delivers events on this very thread: not here
            Thread t = new Thread(() -> Shell.current().quit(), "cefshell-quit");
            t.setDaemon(false);
            t.start();
            return true;
        }
        if (window == null) {
            return false;
        }
        WebContents page = window.webContents();
        switch (role) {
            case CLOSE -> window.close();
            case MINIMIZE -> window.minimize();
            case TOGGLE_FULL_SCREEN -> window.setFullScreen(!window.isFullScreen());
            case UNDO -> page.undo();
            case REDO -> page.redo();
            case CUT -> page.cut();
            case COPY -> page.copy();
            case PASTE -> page.paste();
            case SELECT_ALL -> page.selectAll();
            case RELOAD -> page.reload();
            case FORCE_RELOAD -> page.reloadIgnoringCache();
            case TOGGLE_DEV_TOOLS -> page.toggleDevTools();
            case RESET_ZOOM -> page.setZoomLevel(0);
            case ZOOM_IN -> page.setZoomLevel(page.getZoomLevel() + ZOOM_STEP);
            case ZOOM_OUT -> page.setZoomLevel(page.getZoomLevel() - ZOOM_STEP);
            default -> {
                return false;
            }
        }
        return true;
    }
}
