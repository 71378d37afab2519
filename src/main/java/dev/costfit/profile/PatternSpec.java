package dev.costfit.profile;

import java.util.List;

/** How a profile states its traffic shape: a named preset or its own 24 or 168 hourly weights. */
public sealed interface PatternSpec permits PatternSpec.Preset, PatternSpec.Hourly {

    String display();

    /** The hourly weights, as stated or as the preset defines them (any scale). */
    double[] hourlyWeights();

    /** The busiest hour's rate over the mean rate. */
    default double peakWeight() {
        double[] w = hourlyWeights();
        double mean = java.util.Arrays.stream(w).average().orElse(1);
        return mean > 0 ? java.util.Arrays.stream(w).max().orElse(1) / mean : 1;
    }

    record Preset(PatternPreset preset) implements PatternSpec {
        @Override
        public String display() {
            return preset.spelling();
        }

        @Override
        public double[] hourlyWeights() {
            return preset.weights();
        }
    }

    /** Raw weights as written (any positive scale); the model normalises them to mean 1. */
    record Hourly(List<Double> weights) implements PatternSpec {
        public Hourly {
            weights = List.copyOf(weights);
        }

        @Override
        public String display() {
            return "hourly (" + weights.size() + " weights)";
        }

        @Override
        public double[] hourlyWeights() {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
