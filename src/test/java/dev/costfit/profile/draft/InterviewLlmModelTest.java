package dev.costfit.profile.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import org.junit.jupiter.api.Test;

/**
 * `costfit init` asks for the LLM model and completes it from the catalog: Google's Gemini models are among the
 * answers it takes and offers, by id and by the Gemini API's resource name (models/…), as a profile's llm.model is.
 */
class InterviewLlmModelTest {

    private final Interview interview = new Interview(TestProfiles.CATALOG);

    private Question model() {
        return Interview.QUESTIONS.stream().filter(q -> q.id().equals("llm.model")).findFirst().orElseThrow();
    }

    @Test
    void theModelQuestionTakesAndOffersTheGeminiModels() {
        assertThat(interview.problem(model(), "gemini-2.5-flash")).isEmpty();
        assertThat(interview.problem(model(), "models/gemini-2.5-pro")).isEmpty();
        assertThat(interview.candidates(model())).contains("gemini-2.5-pro", "gemini-2.5-flash",
                "gemini-2.5-flash-lite", "gemini-2.0-flash", "gemini-2.0-flash-001", "gemini-3-pro-preview",
                "models/gemini-2.5-flash");
        assertThat(interview.problem(model(), "gemini-2.5-flsh")).hasValueSatisfying(m -> assertThat(m)
                .contains("Did you mean 'gemini-2.5-flash'?").contains("gemini-2.5-pro"));
    }
}
