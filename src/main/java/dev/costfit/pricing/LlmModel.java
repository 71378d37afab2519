package dev.costfit.pricing;

import java.time.LocalDate;
import java.util.List;

/** An LLM API model's token prices per million tokens, with the ids it is also known by. */
public record LlmModel(String id, List<String> aliases, double inputPerMillion, double outputPerMillion,
                       LocalDate effective, String source) {

    public LlmModel {
        aliases = List.copyOf(aliases);
    }

    public boolean answersTo(String name) {
        if (id.equalsIgnoreCase(name)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
