package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retry-After as RFC 9110 §10.2.3 writes it: delay-seconds or an HTTP-date. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void secondsAndHttpDatesAreRead() {
        assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
        // RFC 9110's own example date, one minute after NOW.
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).hasValue(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).hasValue(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }

    @Test
    void sixtySecondsAreHonouredAndNoMore() {
        assertThat(RetryAfter.honoured(Duration.ofSeconds(60))).isTrue();
        assertThat(RetryAfter.honoured(Duration.ofSeconds(61))).isFalse();
    }
}
