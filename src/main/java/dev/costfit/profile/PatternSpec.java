package dev.costfit.profile;

import java.util.List;

/** How a profile states its traffic shape: a named preset or its own 24 or 168 hourly weights. */
public sealed interface PatternSpec permits PatternSpec.Preset, PatternSpec.Hourly {

    String display();

    record Preset(PatternPreset preset) implements PatternSpec {
        @Override
        public String display() {
            return preset.spelling();
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
    }
}
