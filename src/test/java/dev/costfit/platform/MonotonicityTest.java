package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random profiles: on every platform, a month never gets cheaper when the rate, the
 * duration (with the same CPU share) or the memory grows, and a container platform never runs fewer than its
 * minimum. The front door is fixed (an ALB) because `auto` rightly switches front doors as durations grow.
 */
class MonotonicityTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final int CASES = 60;

    private record Shape(double rate, double seconds, double cpuShare, int memoryMb, int concurrency,
                         String pattern, double burst, boolean ha) {
        Profile profile() {
            return TestProfiles.parse(String.format(Locale.ROOT, "name: r\ntraffic: {rate: %.6f/s, pattern: %s, "
                            + "burst: %.3fx}\nduration: %.6fs\ncpu_time: %.6fs\nmemory: %dMB\ntimeout: 900s\n"
                            + "concurrency_per_instance: %d\nha: %s\nfront_door: alb\narchitecture: any\n",
                    rate, pattern, burst, seconds, seconds * cpuShare, memoryMb, concurrency, ha));
        }
    }

    private static Shape random(Random r) {
        String[] patterns = {"flat", "business-hours", "diurnal", "spiky"};
        return new Shape(Math.pow(10, -3 + r.nextDouble() * 5), 0.05 + r.nextDouble() * 60, 0.01 + r.nextDouble() * 0.5,
                128 + r.nextInt(4000), 1 + r.nextInt(60), patterns[r.nextInt(4)], 1 + r.nextDouble() * 2,
                r.nextBoolean());
    }

    private static void assertNotCheaper(Shape smaller, Shape larger, String what) {
        for (Platform platform : Platforms.all()) {
            Assessment a = platform.assess(smaller.profile(), LIST);
            Assessment b = platform.assess(larger.profile(), LIST);
            if (a.usable() && b.usable()) {
                assertThat(b.monthlyCost()).as("%s on %s: %s -> %s", what, platform.id(), smaller, larger)
                        .isGreaterThanOrEqualTo(a.monthlyCost() - 1e-9);
            }
        }
    }

    @Test
    void moreRequestsNeverCostLess() {
        Random r = new Random(20261129);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape more = new Shape(s.rate() * (1.01 + r.nextDouble() * 3), s.seconds(), s.cpuShare(), s.memoryMb(),
                    s.concurrency(), s.pattern(), s.burst(), s.ha());
            assertNotCheaper(s, more, "rate");
        }
    }

    @Test
    void longerRequestsNeverCostLess() {
        Random r = new Random(7);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape longer = new Shape(s.rate(), s.seconds() * (1.01 + r.nextDouble() * 3), s.cpuShare(), s.memoryMb(),
                    s.concurrency(), s.pattern(), s.burst(), s.ha());
            assertNotCheaper(s, longer, "duration");
        }
    }

    @Test
    void moreMemoryNeverCostsLess() {
        Random r = new Random(99);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape bigger = new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb() + 1 + r.nextInt(4000),
                    s.concurrency(), s.pattern(), s.burst(), s.ha());
            assertNotCheaper(s, bigger, "memory");
        }
    }

    @Test
    void containersNeverRunFewerThanTheirMinimum() {
        Random r = new Random(3);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Assessment fargate = new FargatePlatform().assess(s.profile(), LIST);
            if (fargate.usable()) {
                double min = fargate.capacity().figures().stream().filter(f -> f.key().equals("tasksMin"))
                        .findFirst().orElseThrow().value();
                assertThat(min).isGreaterThanOrEqualTo(s.ha() ? 2 : 1);
            }
            Assessment eks = new EksPlatform().assess(s.profile(), LIST);
            if (eks.usable()) {
                double nodes = eks.capacity().figures().stream().filter(f -> f.key().equals("nodesMin"))
                        .findFirst().orElseThrow().value();
                assertThat(nodes).isGreaterThanOrEqualTo(s.ha() ? 2 : 1);
            }
        }
    }
}
