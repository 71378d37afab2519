package dev.costfit.profile.draft;

import dev.costfit.profile.Field;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One question of `costfit init`: the field it fills, the prompt and a hint, the answer suggested in brackets
 * (from the answers so far), when it is asked, what completes it, and the command-line flag that answers it
 * without a terminal.
 *
 * @param id         the field's path, or the shorthand it writes ("duration" for the mean, "gpu")
 * @param suggestion the answer Enter accepts ("" leaves the field out)
 */
public record Question(String id, Field<?> field, String flag, String prompt, String hint,
                       Function<Answers, String> suggestion, Predicate<Answers> asked, Completion completion) {

    /** Where the candidates of TAB come from. */
    public enum Completion { NONE, CHOICES, REGIONS, MODELS }
}
