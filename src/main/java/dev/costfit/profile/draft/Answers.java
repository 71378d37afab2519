package dev.costfit.profile.draft;

import dev.costfit.profile.Kind;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.yaml.FlowYaml;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers given so far, by question id, each as YAML read it (the value, not the text typed: `'job'` is the word
 * job, `T4 # a card` is T4). Blank answers are not kept: the field is left out.
 */
public final class Answers {

    private final Map<String, YamlNode> byId = new LinkedHashMap<>();

    public Answers() {
    }

    private Answers(Map<String, YamlNode> byId) {
        this.byId.putAll(byId);
    }

    public Optional<YamlNode> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The answer as the profile writes it: one line of YAML. */
    public Optional<String> written(String id) {
        return get(id).map(FlowYaml::write);
    }

    /** A scalar answer's text ("none", a model id); empty for no answer or a mapping. */
    public Optional<String> text(String id) {
        return get(id).filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).text());
    }

    /** Keeps {@code value} as the answer; empty removes it (the field is left out). */
    public void put(String id, Optional<YamlNode> value) {
        value.ifPresentOrElse(v -> byId.put(id, v), () -> byId.remove(id));
    }

    /** These answers and one more, for checking an answer before it is kept. */
    public Answers with(String id, Optional<YamlNode> value) {
        Answers copy = new Answers(byId);
        copy.put(id, value);
        return copy;
    }

    /** Whether the kind answered is job, as the profile reader reads it. */
    public boolean isJob() {
        return get("kind").map(node -> {
            try {
                return ProfileFormat.KIND.type().parser().parse(node) == Kind.JOB;
            } catch (InvalidValue e) {
                return false;
            }
        }).orElse(false);
    }

    /** Whether an LLM model was named (not blank, not "none"). */
    public boolean callsAnLlm() {
        return get("llm.model").isPresent() && !text("llm.model").equals(Optional.of("none"));
    }
}
