package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.LlmModel;
import dev.costfit.recommend.SweepVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Values shell completion offers for options whose values are not a Java enum's constants as written. */
final class CompletionNames {

    private CompletionNames() {
    }

    /** The inputs breakeven sweeps and map draws: rate, duration, memory, concurrency, cpu_time. */
    static final class Inputs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SweepVariable.values()).map(SweepVariable::spelling).iterator();
        }
    }

    /** --pricing values: on demand, and each commitment term with each way of paying. */
    static final class Pricing implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> options = new ArrayList<>(List.of("on-demand"));
            for (String term : List.of("savings-plan-1y", "savings-plan-3y")) {
                for (String paid : List.of("", "-partial-upfront", "-all-upfront")) {
                    options.add(term + paid);
                }
            }
            return options.iterator();
        }
    }

    /** LLM model ids and aliases of the embedded catalog, read only when a script or a help text asks. */
    static final class Models implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            TreeSet<String> names = new TreeSet<>();
            for (LlmModel model : new CatalogLoader().embedded().llmModels().values()) {
                names.add(model.id());
                names.addAll(model.aliases());
            }
            return names.iterator();
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
