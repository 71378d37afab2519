package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import org.junit.jupiter.api.Test;

/**
 * Lambda bills each invocation's duration "rounded up to the nearest 1 ms" (pricing-reference.md §1.1), so a month
 * bills E[ceil(D ÷ 1 ms)] ms an invocation, not the mean rounded up. For durations spread over many milliseconds the
 * Euler–Maclaurin formula gives E[ceil(X)] = E[X] + 1/2 (X = D ÷ 1 ms): the density and all its derivatives vanish at
 * 0, and what is left is periodic, of the order of the density's Fourier transform at 2π, negligible for a density
 * some 15 units wide. So {mean 20 ms, p50 15 ms, p95 45 ms} bills 20.5 ms; a mean of exactly 20 ms with no spread
 * bills 20 ms.
 */
class LambdaBilledDurationTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final PricingContext REPORT = new PricingContext(CATALOG, false, true);

    /** 100 a second, flat, 1 GB, on x86_64: 100 × 2,628,000 s = 262,800,000 invocations a month. */
    private static Assessment at(String duration) {
        return at(duration, LIST);
    }

    private static Assessment at(String duration, PricingContext context) {
        return new LambdaPlatform().assess(TestProfiles.parse("name: fast\ntraffic: {rate: 100/s}\nduration: "
                + duration + "\nmemory: 1GB\ntimeout: 3s\nruntime: node\narchitecture: x86_64\n"), context);
    }

    private static double gbSeconds(Assessment a) {
        return a.lines().stream().filter(l -> l.key().equals("lambda.duration.x86_64"))
                .mapToDouble(l -> l.quantity()).sum();
    }

    @Test
    void spreadDurationsBillHalfAMillisecondOverTheirMean() {
        // 262,800,000 × 0.0205 s × 1 GB = 5,387,400 GB-s.
        assertThat(gbSeconds(at("{mean: 20ms, p50: 15ms, p95: 45ms}"))).isCloseTo(5_387_400, within(5.0));
        assertThat(at("{mean: 20ms, p50: 15ms, p95: 45ms}", REPORT).assumptions())
                .anyMatch(s -> s.contains("20.5 ms per invocation on average") && s.contains("would bill 20 ms"));
    }

    @Test
    void aMeanAloneIsRoundedUpAsBefore() {
        // Every invocation taken to last the mean: 20 ms exactly bills 20 ms, 20.2 ms bills 21 ms.
        assertThat(gbSeconds(at("20ms"))).isCloseTo(262_800_000 * 0.020, within(1e-3));
        assertThat(gbSeconds(at("20.2ms"))).isCloseTo(262_800_000 * 0.021, within(1e-3));
    }
}
