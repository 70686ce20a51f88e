package cefshell.internal.lifecycle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.function.Consumer;

import com.google.gson.Gson;

/**
 * Electron's {@code app.requestSingleInstanceLock()}: one process per app name holds it; the others hand their
 * command line to it and learn that they should quit.
 *
 * <p>The lock is an OS file lock on {@code <dir>/<app>.lock}: released by the OS when the holder dies, so it never
 * goes stale. The holder listens on the Unix-domain socket {@code <dir>/<app>.sock} (its file replaced when taken
 * over). A second instance connects, sends one {@link Handover} as length-prefixed JSON, and waits for the holder's
 * one-byte answer, so that when {@link #acquire} returns null the first instance has the message. The folder is
 * {@code $XDG_RUNTIME_DIR/cefshell} (private to the user, cleared at logout), else {@code /tmp/cefshell-<user>}, made
 * readable by its owner only.
 */
public final class SingleInstanceLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("cefshell.app");
    private static final Gson GSON = new Gson();
    /** How long a second instance retries while the holder has the lock but is not listening yet. */
    private static final long CONNECT_MILLIS = 5_000;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final Path socketPath;
    private final ServerSocketChannel server;

    private SingleInstanceLock(FileChannel lockFile, FileLock lock, Path socketPath, ServerSocketChannel server) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.socketPath = socketPath;
        this.server = server;
    }

    /** The folder for this user's locks. */
    public static Path defaultFolder() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && runtime.startsWith("/") && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "cefshell");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "cefshell-" + System.getProperty("user.name", "user"));
    }

    /**
     * Takes the lock for {@code appName}, or hands {@code mine} to the process holding it.
     *
     * @param secondInstances told (on a thread of the lock's own) of each later instance's hand-over
     * @return the lock, or null when another process holds it and has received {@code mine}
     * @throws IOException when the lock folder cannot be used, or the holder does not answer
     */
    public static SingleInstanceLock acquire(Path folder, String appName, Handover mine,
                                             Consumer<Handover> secondInstances) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: use it as it is
        }
        String base = fileName(appName);
        Path socket = folder.resolve(base + ".sock");
        FileChannel channel = FileChannel.open(folder.resolve(base + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null; // this JVM holds it already
        }
        if (lock == null) {
            channel.close();
            handOver(socket, mine);
            return null;
        }
        Files.deleteIfExists(socket); // left by a holder that died
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        SingleInstanceLock held = new SingleInstanceLock(channel, lock, socket, server);
        Thread t = new Thread(() -> held.serve(secondInstances), "cefshell-single-instance");
        t.setDaemon(true);
        t.start();
        return held;
    }

    /** A name safe as a file name, short enough for a socket path, distinct per app name. */
    static String fileName(String appName) {
        String safe = appName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return safe + "-" + HexFormat.of().toHexDigits(appName.hashCode());
    }

    private static void handOver(Path socket, Handover mine) throws IOException {
        byte[] json = GSON.toJson(mine).getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + CONNECT_MILLIS * 1_000_000;
        while (true) {
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(ch));
                out.writeInt(json.length);
                out.write(json);
                out.flush();
                if (Channels.newInputStream(ch).read() != 1) {
                    throw new IOException("the first instance closed the connection without taking the hand-over");
                }
                return;
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the app's first instance holds the single-instance lock but does not "
                            + "answer on " + socket + ": " + notListeningYet.getMessage(), notListeningYet);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted handing over to the first instance", e);
                }
            }
        }
    }

    private void serve(Consumer<Handover> secondInstances) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
                int length = in.readInt();
                if (length < 0 || length > 1 << 20) {
                    continue;
                }
                byte[] json = in.readNBytes(length);
                Handover h = GSON.fromJson(new String(json, StandardCharsets.UTF_8), Handover.class);
                secondInstances.accept(h); // first: when the second instance hears back, the event is on its way
                Channels.newOutputStream(ch).write(1);
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    LOG.log(System.Logger.Level.WARNING, "a second instance's hand-over failed: " + e);
                }
            }
        }
    }

    /** Releases the lock (Electron's {@code releaseSingleInstanceLock}); a later instance may take it. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socketPath);
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "releasing the single-instance lock: " + e);
        }
    }
}
