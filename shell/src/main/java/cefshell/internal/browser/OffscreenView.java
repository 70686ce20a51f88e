package cefshell.internal.browser;

import java.awt.Cursor;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefPaintEvent;
import org.cef.browser.CefshellOffscreenBrowser;
import org.cef.callback.CefDragData;
import org.cef.handler.CefRenderHandler;
import org.cef.handler.CefScreenInfo;

/**
 * The Swing side of an off-screen page: a lightweight component that paints the frames CEF renders (BGRA,
 * premultiplied alpha, top-left origin) from an image, and forwards its mouse, wheel, key and focus events to the
 * browser. Being lightweight, it can overlap other components and, for a transparent page, show what is under it; its
 * image is what {@link #capture()} returns. CEF calls the render methods on its UI thread, which in off-screen mode is
 * the EDT; everything here runs there.
 *
 * <p>Not handled: drag and drop out of the page (refused), IME composition.
 */
public final class OffscreenView extends JComponent implements CefRenderHandler {
    private final boolean transparent;
    private final List<Consumer<CefPaintEvent>> paintListeners = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<BufferedImage>> captures = new CopyOnWriteArrayList<>();
    private CefshellOffscreenBrowser browser;
    private BufferedImage frame;           // the page, as last painted by CEF
    private BufferedImage popupFrame;      // an open <select> list and the like
    private Rectangle popupBounds;

    public OffscreenView(boolean transparent) {
        this.transparent = transparent;
        setOpaque(!transparent);
        setFocusable(true);
        setFocusTraversalKeysEnabled(false); // Tab belongs to the page; CEF hands the focus back past its last element
        setCursor(Cursor.getDefaultCursor());
    }

    /** Connects the browser this view shows; call once, before the browser is created. */
    public void attach(CefshellOffscreenBrowser b) {
        this.browser = b;
        enableInput();
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                b.setFocus(true);
            }

            @Override
            public void focusLost(FocusEvent e) {
                b.setFocus(false);
            }
        });
    }

    /** Tells CEF about every size change, also while not displayable (no ComponentEvents then). */
    @Override
    @SuppressWarnings("deprecation")
    public void reshape(int x, int y, int width, int height) {
        boolean resized = width != getWidth() || height != getHeight();
        super.reshape(x, y, width, height);
        if (resized && browser != null) {
            browser.resized(Math.max(1, width), Math.max(1, height));
        }
    }

    private void enableInput() {
        java.awt.event.MouseAdapter mouse = new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (!hasFocus()) {
                    requestFocusInWindow();
                }
                browser.mouse(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                browser.mouse(e);
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                browser.mouse(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                browser.mouse(e);
            }

            @Override
            public void mouseEntered(MouseEvent e) {
                browser.mouse(e);
            }

            @Override
            public void mouseExited(MouseEvent e) {
                browser.mouse(e);
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                browser.wheel(e);
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        addKeyListener(new KeyListener() {
            @Override
            public void keyTyped(KeyEvent e) {
                browser.key(e);
            }

            @Override
            public void keyPressed(KeyEvent e) {
                browser.key(e);
            }

            @Override
            public void keyReleased(KeyEvent e) {
                browser.key(e);
            }
        });
    }

    /** The page as shown now; if CEF has painted nothing yet, the first frame it paints. */
    public CompletableFuture<BufferedImage> capture() {
        CompletableFuture<BufferedImage> f = new EdtSafeFuture<>();
        Swing.later(() -> {
            if (frame != null) {
                f.complete(copy(frame));
            } else {
                captures.add(f);
                if (browser != null) {
                    browser.repaintAll();
                }
            }
        });
        return f;
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!transparent) {
            g.setColor(getBackground() == null ? java.awt.Color.WHITE : getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        if (frame != null) {
            double scale = scale();
            if (scale == 1.0) {
                g.drawImage(frame, 0, 0, null);
            } else { // CEF renders in device pixels on a HiDPI screen; Swing's Graphics is in logical ones
                g.drawImage(frame, 0, 0, (int) Math.round(frame.getWidth() / scale),
                        (int) Math.round(frame.getHeight() / scale), null);
            }
        }
        if (popupFrame != null && popupBounds != null) {
            g.drawImage(popupFrame, popupBounds.x, popupBounds.y, null);
        }
    }

    // ---- CefRenderHandler: called by CEF on its UI thread (the EDT in off-screen mode)

    @Override
    public Rectangle getViewRect(CefBrowser b) {
        return new Rectangle(0, 0, Math.max(1, getWidth()), Math.max(1, getHeight()));
    }

    @Override
    public boolean getScreenInfo(CefBrowser b, CefScreenInfo info) {
        Rectangle r = getViewRect(b);
        info.Set(scale(), 32, 8, false, r, r);
        return true;
    }

    private double scale() {
        GraphicsConfiguration gc = getGraphicsConfiguration();
        return gc == null ? 1.0 : gc.getDefaultTransform().getScaleX();
    }

    @Override
    public Point getScreenPoint(CefBrowser b, Point viewPoint) {
        Point p = new Point(viewPoint);
        if (isShowing()) {
            Point origin = getLocationOnScreen();
            p.translate(origin.x, origin.y);
        }
        return p;
    }

    @Override
    public void onPopupShow(CefBrowser b, boolean show) {
        if (!show) {
            popupFrame = null;
            popupBounds = null;
            repaint();
        }
    }

    @Override
    public void onPopupSize(CefBrowser b, Rectangle size) {
        popupBounds = new Rectangle(size);
    }

    @Override
    public void onPaint(CefBrowser b, boolean popup, Rectangle[] dirtyRects, ByteBuffer buffer, int width, int height) {
        IntBuffer pixels = buffer.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer(); // BGRA bytes = ARGB ints
        if (popup) {
            popupFrame = newImage(width, height);
            pixels.get(((DataBufferInt) popupFrame.getRaster().getDataBuffer()).getData(), 0, width * height);
        } else {
            if (frame == null || frame.getWidth() != width || frame.getHeight() != height) {
                frame = newImage(width, height);
                dirtyRects = new Rectangle[] {new Rectangle(0, 0, width, height)};
            }
            int[] dst = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
            for (Rectangle r : dirtyRects) {
                Rectangle d = r.intersection(new Rectangle(0, 0, width, height));
                for (int y = d.y; y < d.y + d.height; y++) {
                    pixels.position(y * width + d.x);
                    pixels.get(dst, y * width + d.x, d.width);
                }
            }
            if (!captures.isEmpty()) {
                BufferedImage shot = copy(frame);
                for (CompletableFuture<BufferedImage> f : captures) {
                    f.complete(shot);
                    captures.remove(f);
                }
            }
        }
        if (!paintListeners.isEmpty()) {
            CefPaintEvent event = new CefPaintEvent(b, popup, dirtyRects, buffer, width, height);
            paintListeners.forEach(l -> l.accept(event));
        }
        if (SwingUtilities.isEventDispatchThread()) {
            repaint();
        } else {
            SwingUtilities.invokeLater(this::repaint);
        }
    }

    private static BufferedImage newImage(int width, int height) {
        return new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    @Override
    public void addOnPaintListener(Consumer<CefPaintEvent> listener) {
        paintListeners.add(listener);
    }

    @Override
    public void setOnPaintListener(Consumer<CefPaintEvent> listener) {
        paintListeners.clear();
        paintListeners.add(listener);
    }

    @Override
    public void removeOnPaintListener(Consumer<CefPaintEvent> listener) {
        paintListeners.remove(listener);
    }

    @Override
    public boolean onCursorChange(CefBrowser b, int cursorType) {
        Swing.later(() -> {
            try {
                setCursor(Cursor.getPredefinedCursor(cursorType));
            } catch (IllegalArgumentException notAnAwtCursor) {
                setCursor(Cursor.getDefaultCursor());
            }
        });
        return true;
    }

    @Override
    public boolean startDragging(CefBrowser b, CefDragData dragData, int mask, int x, int y) {
        return false; // no drag and drop out of an off-screen page: CEF cancels the drag
    }

    @Override
    public void updateDragCursor(CefBrowser b, int operation) {
        // no drag and drop
    }
}
