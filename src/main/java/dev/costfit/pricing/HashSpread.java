package dev.costfit.pricing;

/**
 * A hash with every bit spread to the low ones (Murmur3's 32-bit finaliser), for the tables that index by the low
 * bits: a list's hash of round doubles differs only in high bits (the search store's keys), and a sum of two
 * identity hashes is not spread enough (the price table's pairs).
 */
final class HashSpread {

    private HashSpread() {
    }

    static int of(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
