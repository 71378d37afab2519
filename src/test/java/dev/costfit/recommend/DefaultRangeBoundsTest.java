package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A default sweep or map range stays within what a profile may state (Bounds): at or near a field's bound the rule
 * (rate ÷100 to ×100, duration ÷10 to ×3, memory to ×4, concurrency to ×4) would step past it, to values --from and
 * --to refuse, and the range then extends only the other way.
 */
class DefaultRangeBoundsTest {

    private static final double YEAR = 365 * 86400.0;

    private static Profile service(String rate, String duration, String timeout, String memory, String... extra) {
        return TestProfiles.parse("name: t\ntraffic: {rate: " + rate + "}\nduration: " + duration + "\nmemory: "
                + memory + "\ntimeout: " + timeout + "\nfront_door: none\nnetwork: {clients: vpc}\n"
                + String.join("\n", extra) + "\n");
    }

    @Test
    void aRateOfTenMillionASecondIsSweptUpToTenMillionNotAThousandMillion() {
        SweepVariable.Range range = SweepVariable.RATE.defaultRange(service("10M/s", "1ms", "1s", "128MB"));
        // 10,000,000 ÷ 100 = 100,000/s; × 100 would be 1,000,000,000/s, beyond the field's 10M/s.
        assertThat(range.from()).isEqualTo(100_000);
        assertThat(range.to()).isEqualTo(10_000_000);
        assertThat(range.fromWhy()).isEqualTo("the profile's 10M/s ÷100");
        assertThat(range.toWhy()).isEqualTo("the most a profile may state");
    }

    @Test
    void aRateOfOneInAMillionSecondsStartsAtOneAYear() {
        SweepVariable.Range range = SweepVariable.RATE.defaultRange(service("0.000001/s", "1s", "2s", "128MB"));
        // ÷100 is 1e-8/s, 0.0263 a month; one a year is 1 / 31,536,000 s = 3.1710e-8/s.
        assertThat(range.from()).isCloseTo(3.1710e-8, within(1e-12));
        assertThat(range.to()).isCloseTo(1e-4, within(1e-15));
        assertThat(range.fromWhy()).isEqualTo("the least a profile may state");
    }

    @Test
    void aDurationOfAYearIsSweptFromATenthOfItToIt() {
        SweepVariable.Range range = SweepVariable.DURATION.defaultRange(
                service("0.001/s", "8760h", "8760h", "128MB"));
        // 8,760 h = 31,536,000 s; ÷10 = 3,153,600 s; ×3 would be three years.
        assertThat(range.from()).isEqualTo(3_153_600);
        assertThat(range.to()).isEqualTo(YEAR);
    }

    @Test
    void aMemoryOf32TbIsSweptTo32TbNot128() {
        SweepVariable.Range range = SweepVariable.MEMORY.defaultRange(service("1/s", "1s", "2s", "32TB"));
        // 32 × 1,024 × 1,024 = 33,554,432 MiB; ×4 would be 134,217,728 MiB (131,072 GB).
        assertThat(range.from()).isEqualTo(128);
        assertThat(range.to()).isEqualTo(33_554_432);
    }

    @Test
    void aConcurrencyOfTenThousandIsSweptToTenThousand() {
        SweepVariable.Range range = SweepVariable.CONCURRENCY.defaultRange(
                service("1/s", "1s", "2s", "128MB", "concurrency_per_instance: 10000"));
        assertThat(range.from()).isEqualTo(1);
        assertThat(range.to()).isEqualTo(10_000);
    }

    @Test
    void aCpuTimeOnFourThreadsOfAYearLongRequestEndsAtAYear() {
        SweepVariable.Range range = SweepVariable.CPU_TIME.defaultRange(
                service("0.001/s", "8760h", "8760h", "128MB", "cpu_time: 0ms", "threads: 4"));
        // The duration × threads is four years; cpu_time's field ends at a year. From a hundredth of that rule.
        assertThat(range.to()).isEqualTo(YEAR);
        assertThat(range.from()).isEqualTo(4 * YEAR / 100);
    }

    @Test
    void aProfileWellInsideItsBoundsKeepsTheRule() {
        SweepVariable.Range range = SweepVariable.RATE.defaultRange(service("20/s", "6s", "2min", "512MB"));
        assertThat(range.from()).isEqualTo(0.2);
        assertThat(range.to()).isEqualTo(2000);
        assertThat(range.toWhy()).isEqualTo("the profile's 20/s ×100");
    }
}
