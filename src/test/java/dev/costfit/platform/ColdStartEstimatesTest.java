package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Cold-start latency by memory against Shilkov's end-to-end C# measurements (coldstart-reference.md §1.4, [B3]:
 * 128 MB 3.28 s, 256 MB 1.75 s, 512 MB 1.00 s, 1 GB 0.65 s, 2 GB and up 0.52 s), each runtime's catalog figure
 * holding at its own memory.
 */
class ColdStartEstimatesTest {

    private static Profile on(String runtime) {
        return TestProfiles.parse("name: c\ntraffic: {rate: 1/min}\nduration: 100ms\nmemory: 128MB\ntimeout: 10s\n"
                + "runtime: " + runtime + "\n");
    }

    private static double latency(String runtime, double memoryMb) {
        return ColdStartEstimates.latency("lambda", on(runtime), CATALOG, memoryMb).seconds();
    }

    @Test
    void dotnetsHalfSecondHoldsFromTwoGigabytesAndGrowsAsShilkovMeasuredBelow() {
        // The catalog's 0.5 s is the 2 GB figure (0.52 s): 1 GB is 0.5 x 0.65 / 0.52 = 0.625 s, 128 MB
        // 0.5 x 3.28 / 0.52 = 3.154 s (where the curve anchored at 1 GB gave 0.5 s and 2.5 s).
        assertThat(latency("dotnet", 4096)).isCloseTo(0.5, within(1e-12));
        assertThat(latency("dotnet", 2048)).isCloseTo(0.5, within(1e-12));
        assertThat(latency("dotnet", 1024)).isCloseTo(0.625, within(1e-12));
        assertThat(latency("dotnet", 128)).isCloseTo(0.5 * 3.28 / 0.52, within(1e-12));
        // Between points, log-log: at 724 MB (about 2^9.5) the geometric mean of 1.00 and 0.65, over 0.52.
        assertThat(latency("dotnet", Math.sqrt(512 * 1024.0))).isCloseTo(0.5 * Math.sqrt(0.65) / 0.52, within(1e-9));
    }

    @Test
    void aJvmFrameworksFiveSecondsHoldFromOneGigabyteAndOtherRuntimesAreFlat() {
        assertThat(latency("java", 1024)).isCloseTo(5, within(1e-12));
        assertThat(latency("java", 512)).isCloseTo(5 * 1.00 / 0.65, within(1e-12));
        assertThat(latency("python", 128)).isCloseTo(latency("python", 4096), within(1e-12));
    }
}
