package cefshell.internal.ports;

import java.util.ArrayList;
import java.util.List;

import cefshell.MessageEvent;
import cefshell.MessagePortMain;

/**
 * A message queued in a Java port: its data is decoded only when a listener gets it (outside the graph's lock), and
 * its ports are already Java ports entangled with their peers, so nothing sent to them meanwhile is lost.
 */
record Incoming(PortMessage message, List<MessagePortMain> ports) {
    MessageEvent event() {
        return new MessageEvent(message.valueForJava(), ports);
    }

    /** The same message for another end (its port moved before this was delivered): its ports move on too. */
    PortMessage forward() {
        List<Transfer> moved = new ArrayList<>(ports.size());
        for (MessagePortMain p : ports) {
            moved.add(((PortHandle) p).core.neuter());
        }
        return message.with(moved);
    }
}
