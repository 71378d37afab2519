package dev.costfit.profile.draft;

import dev.costfit.profile.Field;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One question of `costfit init`: the field it fills, the prompt and a hint, the answer suggested in brackets
 * (from the answers so far), which profiles its answer belongs in, when it is asked, what completes it, and the
 * command-line flag that answers it without a terminal.
 *
 * @param id         the field's path, or the shorthand it writes ("duration" for the mean, "gpu")
 * @param suggestion the answer Enter accepts ("" leaves the field out)
 * @param scope      the profiles the answer belongs in; an answer outside it is refused, never dropped
 * @param asked      when the question is put (within its scope; a job is not asked a timeout, but takes one)
 */
public record Question(String id, Field<?> field, String flag, String prompt, String hint,
                       Function<Answers, String> suggestion, Scope scope, Predicate<Answers> asked,
                       Completion completion) {

    /** Where the candidates of TAB come from. */
    public enum Completion { NONE, CHOICES, REGIONS, MODELS }

    /** The profiles an answer belongs in, decided by the kind and the LLM model. */
    public enum Scope {
        ANY, SERVICE, JOB, LLM;

        public boolean holds(Answers answers) {
            return switch (this) {
                case ANY -> true;
                case SERVICE -> !answers.isJob();
                case JOB -> answers.isJob();
                case LLM -> !answers.isJob() && answers.callsAnLlm();
            };
        }

        /** Whether the answers that decide it are in (a job is asked no model: its kind decides). */
        public boolean decided(Answers answers) {
            return switch (this) {
                case ANY -> true;
                case SERVICE, JOB -> answers.get("kind").isPresent();
                case LLM -> answers.isJob() || answers.get("llm.model").isPresent();
            };
        }

        /** Why an answer is not taken, given the answers that decide it ("asked of a job only, and …"). */
        public String refusal(Answers answers) {
            return switch (this) {
                case ANY -> "";
                case SERVICE -> "asked of a service only, and --kind job makes the profile a job";
                case JOB -> "asked of a job only, and the profile is a service; add --kind job";
                case LLM -> answers.isJob() ? SERVICE.refusal(answers)
                        : "asked only when an LLM model is named, and none is; add --llm-model";
            };
        }

        /** The same, when a later answer is what leaves a flag's answer out ("asked of a job only"). */
        public String askedOf() {
            return switch (this) {
                case ANY -> "asked of every profile";
                case SERVICE -> "asked of a service only";
                case JOB -> "asked of a job only";
                case LLM -> "asked of a service that names an LLM model only";
            };
        }
    }
}
