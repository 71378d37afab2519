package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.TreeSet;

/** Values shell completion offers for options whose values are not a Java enum's constants as written. */
final class CompletionNames {

    private CompletionNames() {
    }

    /** --format values as they are typed: table, json, … (the enum's constants in lower case). */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /**
     * AWS regions of the embedded catalog. Read only when a completion script or a help text asks, never while a
     * command line is parsed, so no run pays for the catalog it does not need.
     */
    static final class Regions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new TreeSet<>(new CatalogLoader().embedded().regions("aws")).iterator();
        }
    }

    /** The shells `costfit completion` writes scripts for. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Shell.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /** The shells, as parsed. */
    enum Shell { BASH, ZSH, FISH }
}
