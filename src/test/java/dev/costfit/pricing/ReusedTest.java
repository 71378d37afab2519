package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search's store: each value worked out once for its key, and never handed out for another key. */
class ReusedTest {

    @Test
    void eachKeyGetsItsOwnValueWorkedOutOnce() {
        Reused store = Reused.forOneSearch();
        List<String> workedOut = new ArrayList<>();
        // Keys that differ only in round vCPUs, whose hashes differ only in high bits (the store mixes them), and
        // keys whose hashes are equal though they are not.
        List<List<Object>> keys = new ArrayList<>();
        for (double vcpu = 0.25; vcpu <= 16; vcpu *= 2) {
            keys.add(List.of("speed-limits", vcpu, List.of("eks", vcpu)));
        }
        keys.add(List.of("Aa"));
        keys.add(List.of("BB")); // "Aa" and "BB" have the same String hash
        for (int round = 0; round < 3; round++) {
            for (List<Object> key : keys) {
                String value = store.get(key, () -> {
                    workedOut.add(key.toString());
                    return "value of " + key;
                });
                assertThat(value).isEqualTo("value of " + key);
            }
        }
        assertThat(workedOut).hasSize(keys.size()).doesNotHaveDuplicates();
        // An equal key made anew finds the kept value.
        assertThat(store.<String>get(List.of("speed-limits", 0.5, List.of("eks", 0.5)), () -> "again"))
                .isEqualTo("value of [speed-limits, 0.5, [eks, 0.5]]");
        // Keeping nothing: worked out every time.
        int[] calls = {0};
        Reused.NONE.get(keys.get(0), () -> calls[0]++);
        Reused.NONE.get(keys.get(0), () -> calls[0]++);
        assertThat(calls[0]).isEqualTo(2);
    }
}
