package cefshell.internal.codec;

import cefshell.Undefined;
import java.util.ArrayList;
import java.util.BitSet;

/**
 * A decoded sparse JavaScript array: an ordinary {@code ArrayList} whose holes read as
 * {@link Undefined#INSTANCE}, but which remembers where the holes are so that it encodes back with them.
 *
 * <p>A hole stays a hole while it still holds {@code Undefined.INSTANCE} and the list has not been structurally
 * modified (added to, removed from) since decoding; after such a change the list simply encodes densely.
 */
final class HoleyList extends ArrayList<Object> {

    private static final long serialVersionUID = 1L;

    private final BitSet present = new BitSet();
    private int sealedModCount = -1;

    /** Grows the list to {@code length} with holes. */
    void grow(int length) {
        ensureCapacity(length);
        while (size() < length) {
            add(Undefined.INSTANCE);
        }
    }

    /** Sets a present element, growing the list with holes as needed. */
    void put(int index, Object value) {
        grow(index + 1);
        set(index, value);
        present.set(index);
    }

    /** Ends decoding: from here on, structural changes make the holes void. */
    void seal() {
        sealedModCount = modCount;
    }

    boolean hasHoles() {
        if (modCount != sealedModCount) {
            return false;
        }
        for (int i = present.nextClearBit(0); i < size(); i = present.nextClearBit(i + 1)) {
            if (get(i) == Undefined.INSTANCE) {
                return true;
            }
        }
        return false;
    }

    boolean isHole(int index) {
        return modCount == sealedModCount && !present.get(index) && get(index) == Undefined.INSTANCE;
    }
}
