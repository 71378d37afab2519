package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the judge counts as the input's own: costfit quoting a value back is not its own non-finite figure. */
class RunInputTest {

    @Test
    void aCharacterWrittenAsAYamlEscapeIsTheInputs() {
        // Seed 3131's case 11191: payload.response written as "e" with combining accents and an escaped infinity
        // sign (backslash, u, 221e), which the error message quotes back decoded.
        String escaped = "payload:\n  response: \"e" + "\\" + "u0301" + "\\" + "u221e%\"\n";
        RunInput input = new RunInput(List.of("map", "p.yaml"), Map.of("p.yaml", escaped), null, false);
        assertThat(input.inputContains("\u221e")).isTrue();
        String eight = "a: \"" + "\\" + "U0000221E\"\n";
        assertThat(new RunInput(List.of(), Map.of("p.yaml", eight), null, false).inputContains("\u221e")).isTrue();
        // Not an escape of one: three hex digits, or none at all.
        String broken = "a: \"" + "\\" + "u221 and 221e\"\n";
        assertThat(new RunInput(List.of(), Map.of("p.yaml", broken), null, false).inputContains("\u221e")).isFalse();
    }
}
