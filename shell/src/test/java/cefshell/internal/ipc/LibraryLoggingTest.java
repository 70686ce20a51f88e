package cefshell.internal.ipc;

import static cefshell.internal.ipc.IpcCoreFixtures.envelope;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * The library logs through System.Logger, so an application routes its lines with its own logging: here a
 * java.util.logging handler on "cefshell" receives a refusal the IPC intake logs, with its level and logger name.
 */
class LibraryLoggingTest {
    @Test
    void anApplicationReceivesTheLibrarysLinesThroughItsOwnLogging() {
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger cefshell = Logger.getLogger("cefshell");
        cefshell.addHandler(capture);
        try {
            PageIpc page = IpcCoreFixtures.page(41);
            Inbound inbound = new Inbound(new IpcDispatcher(new IpcMainImpl(), id -> null), 1000);
            FrameRef evil = new FrameRef("f1", "https://evil.example/", true, null);
            IpcCoreFixtures.Recorded r = new IpcCoreFixtures.Recorded();
            inbound.acceptText(page, evil, TransportKind.QUERY, envelope(1, "[0,\"c\",[]]"), r);
            r.await();
            assertTrue(seen.stream().anyMatch(rec -> rec.getLoggerName().equals("cefshell.ipc")
                    && rec.getLevel() == Level.WARNING
                    && rec.getMessage().contains("origin 'https://evil.example' is not trusted by WebContents #41")),
                    seen.stream().map(LogRecord::getMessage).toList().toString());
        } finally {
            cefshell.removeHandler(capture);
        }
    }
}
