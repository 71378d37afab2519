package dev.costfit.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A time shown beside a limit it is not equal to never reads as that limit. */
class TimeSpanBesideTest {

    private static final TimeSpan FIFTEEN_MINUTES = TimeSpan.ofSeconds(900);

    /** 15.0001 min = 900.006 s: "900 s (15 min)" beside "15 min" and VIOLATED; two decimals tell them apart. */
    @Test
    void aTimeoutOverTheLimitByLessThanTheDisplaysDigitShowsMoreOfThem() {
        TimeSpan over = TimeSpan.ofSeconds(15.0001 * 60);
        assertThat(over.display()).isEqualTo("900 s (15 min)");
        assertThat(over.displayBeside(FIFTEEN_MINUTES)).isEqualTo("900.01 s");
        // 0.4 ms over: three decimals still round to 900.000, four do not.
        assertThat(TimeSpan.ofSeconds(900.0004).displayBeside(FIFTEEN_MINUTES)).isEqualTo("900.0004 s");
        // Just under reads as under.
        assertThat(TimeSpan.ofSeconds(899.997).displayBeside(FIFTEEN_MINUTES)).isEqualTo("899.997 s");
    }

    @Test
    void otherwiseItIsTheUsualDisplay() {
        assertThat(FIFTEEN_MINUTES.displayBeside(FIFTEEN_MINUTES)).isEqualTo("15 min");
        assertThat(TimeSpan.ofSeconds(1200).displayBeside(FIFTEEN_MINUTES)).isEqualTo("20 min");
        assertThat(TimeSpan.ofSeconds(930).displayBeside(FIFTEEN_MINUTES)).isEqualTo("930 s (15.5 min)");
        assertThat(TimeSpan.ofSeconds(30).displayBeside(FIFTEEN_MINUTES)).isEqualTo("30 s");
    }
}
