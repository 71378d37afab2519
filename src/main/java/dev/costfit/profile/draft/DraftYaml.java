package dev.costfit.profile.draft;

import static dev.costfit.profile.ProfileFormat.*;

import dev.costfit.profile.Entry;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.yaml.FlowYaml;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profile `costfit init` writes: the answers in the format's order, each with its field's summary as a comment,
 * so a new user reads what every line means without opening the reference. Every value is written from the answer
 * as YAML read it, by {@link FlowYaml}, never from the text typed: whatever an answer held, the profile says what
 * was checked.
 */
final class DraftYaml {

    private static final int COMMENT_COLUMN = 32;
    private static final Location HERE = Location.ofFile("costfit init");

    private DraftYaml() {
    }

    static String render(Answers answers, String schemaReference) {
        StringBuilder out = new StringBuilder();
        if (!schemaReference.isEmpty()) {
            out.append("# yaml-language-server: $schema=").append(schemaReference).append('\n');
        }
        out.append("# Written by costfit init. Every field, its default and why: docs/profile.md;\n");
        out.append("# `costfit recommend --explain THIS_FILE` lists the defaults this profile relies on.\n");
        line(out, 0, "version", Integer.toString(ProfileFormat.VERSION_NUMBER), VERSION);
        line(out, 0, "kind", answers.isJob() ? "job" : "service", KIND);
        line(out, 0, "name", answers.written("name").orElse("my-service"), NAME);
        answers.written("description").ifPresent(d -> line(out, 0, "description", d, DESCRIPTION));
        line(out, 0, "region", answers.written("region").orElse("us-east-1"), REGION);
        if (answers.isJob()) {
            section(out, SCHEDULE);
            answers.written("schedule.runs").ifPresent(v -> line(out, 1, "runs", v, RUNS));
            answers.written("schedule.tasks").ifPresent(v -> line(out, 1, "tasks", v, TASKS));
            answers.written("schedule.duration").ifPresent(v -> line(out, 1, "duration", v, TASK_DURATION));
        } else {
            section(out, TRAFFIC);
            answers.written("traffic.rate").ifPresent(v -> line(out, 1, "rate", v, RATE));
            answers.written("traffic.pattern").ifPresent(v -> line(out, 1, "pattern", v, PATTERN));
            answers.written("traffic.burst").ifPresent(v -> line(out, 1, "burst", v, BURST));
            answers.get("duration").ifPresent(mean -> duration(out, mean));
        }
        answers.written("cpu_time").ifPresent(v -> line(out, 0, "cpu_time", v, CPU_TIME));
        answers.written("memory").ifPresent(v -> line(out, 0, "memory", v, MEMORY));
        answers.written("timeout").ifPresent(v -> line(out, 0, "timeout", v, TIMEOUT));
        line(out, 0, "gpu", gpu(answers), GPU);
        if (!answers.isJob()) {
            answers.written("concurrency_per_instance").ifPresent(v -> line(out, 0, "concurrency_per_instance", v,
                    CONCURRENCY));
        }
        if (!answers.isJob() && answers.callsAnLlm()) {
            section(out, LLM);
            line(out, 1, "model", answers.written("llm.model").orElseThrow(), LLM_MODEL);
            answers.written("llm.input_tokens").ifPresent(v -> line(out, 1, "input_tokens", v, INPUT_TOKENS));
            answers.written("llm.output_tokens").ifPresent(v -> line(out, 1, "output_tokens", v, OUTPUT_TOKENS));
        }
        return out.toString();
    }

    /** A plain mean as the shorthand (duration: 6s); a range under mean, where the shorthand cannot hold one. */
    private static void duration(StringBuilder out, YamlNode mean) {
        if (mean instanceof YamlNode.Scalar) {
            line(out, 0, "duration", FlowYaml.write(mean), DURATION);
        } else {
            section(out, DURATION);
            line(out, 1, "mean", FlowYaml.write(mean), MEAN);
        }
    }

    /** none, or one GPU of the type answered: {count: 1, type: T4}. */
    private static String gpu(Answers answers) {
        if (answers.get("gpu").isEmpty() || answers.text("gpu").equals(java.util.Optional.of("none"))) {
            return "none";
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        entries.put("count", new YamlNode.Entry("count", HERE, new YamlNode.Scalar("1", YamlNode.ScalarKind.INTEGER,
                HERE)));
        entries.put("type", new YamlNode.Entry("type", HERE, answers.get("gpu").orElseThrow()));
        return FlowYaml.write(new YamlNode.Mapping(entries, HERE));
    }

    private static void section(StringBuilder out, Entry section) {
        line(out, 0, section.key(), "", section);
    }

    private static void line(StringBuilder out, int depth, String key, String value, Entry entry) {
        String text = "  ".repeat(depth) + key + ":" + (value.isEmpty() ? "" : " " + value);
        out.append(text).append(" ".repeat(Math.max(1, COMMENT_COLUMN - text.length()))).append("# ")
                .append(entry.summary()).append('\n');
    }
}
