package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search's store: each value worked out once for its key, and never handed out for another key; a run's store
 * across profiles the same on any thread, up to its most values.
 */
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
        // Keys are compared element by element, whatever list holds them, as List#equals compares: an equal key
        // in another kind of list finds the kept value; a longer or shorter one, or one element different, does not.
        assertThat(store.<String>get(new ArrayList<>(List.of("speed-limits", 0.5, List.of("eks", 0.5))),
                () -> "again")).isEqualTo("value of [speed-limits, 0.5, [eks, 0.5]]");
        assertThat(store.<String>get(java.util.Arrays.asList("Aa"), () -> "again")).isEqualTo("value of [Aa]");
        assertThat(store.<String>get(List.of("Aa", "BB"), () -> "longer")).isEqualTo("longer");
        assertThat(store.<String>get(List.of("speed-limits", 0.5), () -> "shorter")).isEqualTo("shorter");
        assertThat(store.<String>get(List.of("speed-limits", 0.5, List.of("eks", 1.0)), () -> "other"))
                .isEqualTo("other");
        // A key that is no list is compared by its own equals.
        assertThat(store.<String>get("a string key", () -> "string")).isEqualTo("string");
        assertThat(store.<String>get(new String("a string key"), () -> "again")).isEqualTo("string");
        // Keeping nothing: worked out every time.
        int[] calls = {0};
        Reused.NONE.get(keys.get(0), () -> calls[0]++);
        Reused.NONE.get(keys.get(0), () -> calls[0]++);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aStoreAcrossProfilesKeepsUpToItsMostAndThenWorksValuesOutAsAsked() throws Exception {
        Reused store = Reused.acrossProfiles();
        java.util.concurrent.atomic.AtomicInteger workedOut = new java.util.concurrent.atomic.AtomicInteger();
        // Two threads ask for the same keys: each value they are handed is the one for its key, and a key's value
        // is worked out at most once a thread (a race may work it out on both; one is kept).
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                threads.add(two.submit(() -> {
                    int right = 0;
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < Reused.ACROSS_PROFILES_LIMIT; k++) {
                            int key = k;
                            String value = store.get(List.of("pod-fit", key), () -> {
                                workedOut.incrementAndGet();
                                return "fit " + key;
                            });
                            right += value.equals("fit " + key) ? 1 : 0;
                        }
                    }
                    return right;
                }));
            }
            for (java.util.concurrent.Future<Integer> thread : threads) {
                assertThat(thread.get()).isEqualTo(3 * Reused.ACROSS_PROFILES_LIMIT);
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(workedOut.get()).isBetween(Reused.ACROSS_PROFILES_LIMIT, 2 * Reused.ACROSS_PROFILES_LIMIT);
        // Full: a new key is worked out every time it is asked for, and still gets its own value.
        int[] calls = {0};
        for (int round = 0; round < 3; round++) {
            assertThat(store.<String>get(List.of("pod-fit", -1), () -> "fit " + calls[0]++)).isEqualTo("fit " + round);
        }
        // The keys kept are still handed out.
        assertThat(store.<String>get(List.of("pod-fit", 7), () -> "again")).isEqualTo("fit 7");
    }
}
