package dev.costfit.assessment;

import dev.costfit.profile.Profile;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A report's note that prices a setting the profile left to its default (arm64, SnapStart, a Tier 1 Google region,
 * 2nd gen's concurrency or instance-based billing), kept with what it was worded from so that it can be worded anew.
 * A platform prices the setting from its own lines; the month a report shows adds what every platform's adds
 * (dev.costfit.platform.Platforms: the glue such as the queue that feeds it and the logs, further LLM attempts, the
 * pricing option), and a note that compared its own lines' month with that one compared two different totals (a
 * reviewer's finding: Lambda's "arm64 would cost $574.64 a month (20% less)" against a month of $720.71 that
 * includes $3.36 of SQS and logs the $574.64 left out). So the setting's month is priced as the platform's is, and
 * the note and its saving worded from both.
 *
 * @param month      the month the platform's own lines give, as the note was first worded from
 * @param other      the platform's own assessment with the setting stated, as a search prices it
 * @param otherMonth its month, as the note was first worded from
 * @param stating    the setting stated in a profile, for what the month adds to the platform's own lines (a Tier 1
 *                   region prices the glue there too)
 * @param wording    the note and its saving from the two months
 */
public record SettingNote(double month, Assessment other, double otherMonth, UnaryOperator<Profile> stating,
                          Wording wording) {

    /** A note and, where it says what stating the setting would save, that saving. */
    public record Worded(String note, Optional<Alternative> alternative) {

        public static Optional<Worded> note(String note) {
            return Optional.of(new Worded(note, Optional.empty()));
        }

        public static Optional<Worded> saving(String note, Alternative alternative) {
            return Optional.of(new Worded(note, Optional.of(alternative)));
        }
    }

    /** How the note words the two months. */
    @FunctionalInterface
    public interface Wording {

        /**
         * The note where the month is {@code month} (NaN where the platform has none: it does not fit) and
         * {@code other} with the setting stated; empty where it says nothing.
         *
         * @param whose what the months are of, after "a month": empty for the platform's month; for a month that is
         *              not the platform's (a pipeline step's function alone), words that say so
         */
        Optional<Worded> at(double month, double other, String whose);
    }

    /** The note as first worded, from the platform's own lines. */
    public Optional<Worded> written() {
        return wording.at(month, otherMonth, "");
    }
}
