package io.claimscore.attribution.tagger;

/**
 * Feature hashing: a feature is a template id combined with one to three values (themselves hashes of words,
 * shapes, flags). Hashing instead of a string dictionary keeps the model a flat array, makes feature extraction
 * allocation-free, and makes results identical across JVMs ({@link String#hashCode} is specified by the JLS).
 */
final class FeatureHash {

    private FeatureHash() {
    }

    static int of(int template, int a) {
        return fmix(template * 0x9E3779B1 ^ a);
    }

    static int of(int template, int a, int b) {
        return extend(of(template, a), b);
    }

    static int of(int template, int a, int b, int c) {
        return extend(of(template, a), b, c);
    }

    /**
     * A hash continued with one more value: {@code of(t, a, b) == extend(of(t, a), b)}. Lets a caller that hashes
     * the same first value for many tokens hash it once.
     */
    static int extend(int seed, int b) {
        return fmix(seed * 31 + b);
    }

    /** {@code of(t, a, b, c) == extend(of(t, a), b, c)}. */
    static int extend(int seed, int b, int c) {
        return extend(extend(seed, b), c);
    }

    /** MurmurHash3's finaliser: spreads nearby inputs over all bits. */
    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
