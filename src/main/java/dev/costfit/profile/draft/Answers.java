package dev.costfit.profile.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers given so far, by question id, as typed (blank answers are not kept: the field is left out). */
public final class Answers {

    private final Map<String, String> byId = new LinkedHashMap<>();

    public Optional<String> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String getOr(String id, String fallback) {
        return byId.getOrDefault(id, fallback);
    }

    public void put(String id, String text) {
        if (text.isBlank()) {
            byId.remove(id);
        } else {
            byId.put(id, text.strip());
        }
    }

    public boolean isJob() {
        return getOr("kind", "service").equals("job");
    }

    /** Whether an LLM model was named (not blank, not "none"). */
    public boolean callsAnLlm() {
        return get("llm.model").filter(m -> !m.equals("none")).isPresent();
    }
}
