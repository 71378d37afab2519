package dev.costfit.profile.draft;

import static dev.costfit.profile.ProfileFormat.*;

import dev.costfit.profile.Entry;
import dev.costfit.profile.ProfileFormat;
import java.util.regex.Pattern;

/**
 * The profile `costfit init` writes: the answers in the format's order, each with its field's summary as a comment,
 * so a new user reads what every line means without opening the reference.
 */
final class DraftYaml {

    private static final int COMMENT_COLUMN = 32;
    /** Text YAML reads back as the same text when written plain: no indicators, not a number or a boolean. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()+,-]*");

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
        line(out, 0, "kind", answers.getOr("kind", "service"), KIND);
        line(out, 0, "name", text(answers.getOr("name", "my-service")), NAME);
        answers.get("description").ifPresent(d -> line(out, 0, "description", text(d), DESCRIPTION));
        line(out, 0, "region", answers.getOr("region", "us-east-1"), REGION);
        if (answers.isJob()) {
            section(out, SCHEDULE);
            answers.get("schedule.runs").ifPresent(v -> line(out, 1, "runs", v, RUNS));
            answers.get("schedule.tasks").ifPresent(v -> line(out, 1, "tasks", v, TASKS));
            answers.get("schedule.duration").ifPresent(v -> line(out, 1, "duration", v, TASK_DURATION));
        } else {
            section(out, TRAFFIC);
            answers.get("traffic.rate").ifPresent(v -> line(out, 1, "rate", v, RATE));
            answers.get("traffic.pattern").ifPresent(v -> line(out, 1, "pattern", v, PATTERN));
            answers.get("traffic.burst").ifPresent(v -> line(out, 1, "burst", v, BURST));
            answers.get("duration").ifPresent(v -> line(out, 0, "duration", v, DURATION));
        }
        answers.get("cpu_time").ifPresent(v -> line(out, 0, "cpu_time", v, CPU_TIME));
        answers.get("memory").ifPresent(v -> line(out, 0, "memory", v, MEMORY));
        if (!answers.isJob()) {
            answers.get("timeout").ifPresent(v -> line(out, 0, "timeout", v, TIMEOUT));
        }
        String gpu = answers.getOr("gpu", "none");
        line(out, 0, "gpu", gpu.equals("none") ? "none" : "{count: 1, type: " + gpu + "}", GPU);
        if (!answers.isJob()) {
            answers.get("concurrency_per_instance").ifPresent(v -> line(out, 0, "concurrency_per_instance", v,
                    CONCURRENCY));
        }
        if (!answers.isJob() && answers.callsAnLlm()) {
            section(out, LLM);
            line(out, 1, "model", answers.get("llm.model").orElseThrow(), LLM_MODEL);
            answers.get("llm.input_tokens").ifPresent(v -> line(out, 1, "input_tokens", v, INPUT_TOKENS));
            answers.get("llm.output_tokens").ifPresent(v -> line(out, 1, "output_tokens", v, OUTPUT_TOKENS));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Entry section) {
        line(out, 0, section.key(), "", section);
    }

    private static void line(StringBuilder out, int depth, String key, String value, Entry entry) {
        String text = "  ".repeat(depth) + key + ":" + (value.isEmpty() ? "" : " " + value);
        out.append(text).append(" ".repeat(Math.max(1, COMMENT_COLUMN - text.length()))).append("# ")
                .append(entry.summary()).append('\n');
    }

    /** Plain where YAML reads it back unchanged, else double-quoted (JSON's escapes are YAML's). */
    static String text(String value) {
        if (PLAIN.matcher(value).matches() && !value.matches("(?i)(true|false|yes|no|on|off|null|y|n)")) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
