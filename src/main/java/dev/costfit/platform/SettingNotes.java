package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.SettingNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The notes that price a setting ({@link SettingNote}) worded from the months a report shows: the platform's month,
 * what every platform's adds to its own lines included (the glue, further LLM attempts, the pricing option:
 * {@link Platforms}), against the setting's month priced the same way. So "arm64 would cost $X a month" is the month
 * the table would show with architecture: any stated, and the saving the recommendation's reasons take off the
 * platform's month ({@code Recommender.chooseAt}) is the difference of those two months, like with like.
 */
final class SettingNotes {

    /** What a pipeline step's note says its months are of: the step's function alone, not the pipeline's month. */
    static final String STEP = " for the step's function";

    private SettingNotes() {
    }

    /**
     * {@code total} with its setting notes worded from its month and each setting's month as {@code pricedAsTotal}
     * gives it (the setting's own assessment with what {@code total} adds to its own, added alike); a setting whose
     * month that leaves unusable says nothing. As it is where it has no setting notes.
     */
    static Assessment worded(Assessment total, Function<SettingNote, Assessment> pricedAsTotal) {
        if (total.settingNotes().isEmpty()) {
            return total;
        }
        double month = total.usable() ? total.platformCost() : Double.NaN;
        List<Optional<SettingNote.Worded>> now = new ArrayList<>();
        for (SettingNote note : total.settingNotes()) {
            Assessment other = pricedAsTotal.apply(note);
            now.add(note.wording().at(month, other.usable() ? other.platformCost() : Double.NaN, ""));
        }
        return total.withSettingNotesWorded(now);
    }

    /** {@code own} with its setting notes worded without a month: where the month a report shows has no price. */
    static Assessment unpriced(Assessment own) {
        return own.withSettingNotesWorded(own.settingNotes().stream()
                .map(n -> n.wording().at(Double.NaN, Double.NaN, "")).toList());
    }

    /**
     * A pipeline step's notes, its setting notes worded from the step's own months and saying so ({@link #STEP}):
     * the pipeline's month is the steps' with the orchestrator, front door, network and glue around them, and a
     * setting stated for the pipeline applies to every step, so a step's month is not one the report shows.
     */
    static List<String> ofStep(Assessment step) {
        return step.withSettingNotesWorded(step.settingNotes().stream()
                .map(n -> n.wording().at(n.month(), n.otherMonth(), STEP)).toList()).notes();
    }
}
