package org.provlens.energy.core;

import java.util.List;

/**
 * The position of each of many objects in a list, by identity: an open-addressing table of references and ints, a
 * few bytes per entry instead of a map entry and a boxed integer per task.
 */
final class IdentityIndex {

    private final Object[] keys;
    private final int[] values;
    private final int mask;

    IdentityIndex(List<?> objects) {
        int capacity = Integer.highestOneBit(Math.max(4, objects.size() * 2 - 1)) << 1;
        keys = new Object[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < objects.size(); i++) {
            Object key = objects.get(i);
            int slot = slot(key);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = i;
        }
    }

    /** The position of an object, -1 when it is not in the list. */
    int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        for (int slot = slot(key); keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return -1;
    }

    private int slot(Object key) {
        int h = System.identityHashCode(key);
        return (h ^ (h >>> 16)) * 0x9E3779B1 & mask;
    }
}
