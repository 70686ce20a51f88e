package cefshell.internal.codec;

import java.util.List;

/**
 * One encoded value: its JSON text and the blobs that {@code "b":i} entries of the text point to.
 * In text mode {@code blobs} is empty. The blobs may be the caller's own arrays (a {@code byte[]} value is not
 * copied), so send them before changing those arrays.
 */
public record EncodedMessage(String json, List<byte[]> blobs) {

    public EncodedMessage {
        blobs = List.copyOf(blobs);
    }
}
