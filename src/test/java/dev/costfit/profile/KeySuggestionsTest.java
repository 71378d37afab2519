package dev.costfit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean" for an unknown key of a profile: the key meant, or nothing rather than noise. */
class KeySuggestionsTest {

    private static String problem(String line) {
        String yaml = "version: 1\nname: x\ntraffic: {rate: 5/s}\nduration: 2s\nmemory: 512MB\ntimeout: 30s\n"
                + line + "\n";
        try {
            TestProfiles.parse(yaml);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A key of this mapping in other case is that key, not one of the same name elsewhere (gpu.memory).
        "Memory: 1|Memory: unknown field. Did you mean 'memory'?",
        "Duration: 1|Duration: unknown field. Did you mean 'duration'?",
        "Gpu: 1|Gpu: unknown field. Did you mean 'gpu'?",
        // The first words of a key here: not the nearer concurrency_target of Cloud Functions 2nd gen.
        "concurrency: 1|concurrency: unknown field. Did you mean 'concurrency_per_instance'?",
        "min: 1|min: unknown field. Did you mean 'min_instances'?",
        // Near spellings still work, here and elsewhere.
        "memroy: 1|memroy: unknown field. Did you mean 'memory'?",
        "vpcu: 1|vpcu: unknown field. Did you mean 'vcpu'?",
        "rate: 1|rate: unknown field. Did you mean 'traffic.rate'?"})
    void anUnknownKeySuggestsTheKeyMeant(String line, String message) {
        assertThat(problem(line)).contains(message);
    }

    /** One or two characters, or a short key sharing less than half of any known one, suggest nothing ('ha'). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'<<': 1|<<", "'1': 1|1", "b: 1|b", "hx: 1|hx"})
    void aShortKeySuggestsNothing(String line, String key) {
        assertThat(problem(line)).contains(key + ": unknown field. Known fields here:").doesNotContain("Did you mean");
    }

    @Test
    void aRangesKeyUnderTheDurationSuggestsNoLlm() {
        String yaml = "version: 1\nname: x\ntraffic: {rate: 5/s}\nduration: {mean: 2s, low: 1s}\nmemory: 512MB\n"
                + "timeout: 30s\n";
        try {
            TestProfiles.parse(yaml);
            throw new AssertionError("accepted");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("duration.low: unknown field.").doesNotContain("llm");
        }
    }

    /**
     * The rule by hand: "low" against "llm" is 2 edits of 3 characters (more than half changed: nothing);
     * "cpu" against "gpu" 1 of 3 (kept); "b" against "ha" 2 of 2 (nothing); "x86" is the first word of "x86_64".
     */
    @Test
    void similarityByHand() {
        assertThat(Suggestions.closest("low", List.of("llm"))).isEmpty();
        assertThat(Suggestions.closest("cpu", List.of("gpu"))).contains("gpu");
        assertThat(Suggestions.closest("b", List.of("ha"))).isEmpty();
        assertThat(Suggestions.closest("x86", List.of("x86_64", "arm64", "any"))).contains("x86_64");
        // Several keys begin with the word: nothing tells them apart.
        assertThat(Suggestions.closest("cold", List.of("cold_start", "cold_path"))).isEmpty();
    }
}
