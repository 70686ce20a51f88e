package cefshell;

import java.util.List;

/**
 * A message received by a {@link MessagePortMain}: Electron's {@code MessageEvent} of {@code port.on('message')}.
 *
 * @param data the message, decoded as IPC arguments are (README, type table)
 * @param ports the ports that were transferred with it, in order
 */
public record MessageEvent(Object data, List<MessagePortMain> ports) {
    public MessageEvent {
        ports = List.copyOf(ports);
    }
}
