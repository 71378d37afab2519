package dev.costfit.pricing.update;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A server's Retry-After (RFC 9110 §10.2.3: seconds, or an HTTP date), honoured by both sources up to {@link #CAP}:
 * a throttled API that asks for a pause gets it, even beyond the back-off's own bound (Google's 25 s was once
 * ignored for a retry 0.57 s later), but costfit does not sit for an hour because a server said so: a longer
 * Retry-After ends the update at once, saying how long the server asked for.
 */
public final class RetryAfter {

    /** The longest pause costfit takes because a server asked for it. */
    public static final Duration CAP = Duration.ofSeconds(60);

    private RetryAfter() {
    }

    /** The pause a Retry-After value asks for, from {@code now}; empty when it is neither form. */
    public static Optional<Duration> parse(String value, Instant now) {
        String v = value == null ? "" : value.trim();
        if (v.matches("[0-9]{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether costfit waits as long as {@code asked}. */
    public static boolean honoured(Duration asked) {
        return asked.compareTo(CAP) <= 0;
    }

    /** What a failure says of a Retry-After over the cap. */
    public static String tooLong(Duration asked) {
        return "the server asked to wait " + asked.toSeconds() + " s before trying again (Retry-After), longer than "
                + "the " + CAP.toSeconds() + " s costfit waits: try again later";
    }
}
