package dev.costfit.fuzz;

import static dev.costfit.fuzz.Extremes.DIGITS_310;
import static dev.costfit.fuzz.Extremes.MAX_DOUBLE;
import static dev.costfit.fuzz.Extremes.NINES_400;
import static dev.costfit.fuzz.Extremes.SUBNORMAL;
import static dev.costfit.fuzz.Extremes.UNDERFLOW;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Extremes that keep a profile valid otherwise — the fields that must agree are changed together (a long duration
 * with a timeout as long; an LLM block with its model) — so that the value reaches the engine and the reports
 * instead of stopping at the reader.
 */
final class CoherentExtremes {

    private final SplittableRandom rnd;

    CoherentExtremes(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** Whether the profile is a job (kind: job): its work is a schedule, not traffic and a duration. */
    static boolean isJob(YamlTree.Node tree) {
        return YamlTree.get(tree, List.of("kind")).filter(k -> k instanceof YamlTree.Raw r
                && r.source().equals("job")).isPresent();
    }

    List<Edit> draw(YamlTree.Node tree) {
        boolean job = isJob(tree);
        return switch (rnd.nextInt(17)) {
            case 0 -> job ? schedule() : List.of(put("traffic.rate", one("1000000000000/s", "1B/s",
                    MAX_DOUBLE + "/s", DIGITS_310 + "/s", "999999999999999B/s", "100000/s", "10000000/s",
                    SUBNORMAL + "/s", "1/month", "0.001/month")));
            case 1 -> duration(one("100000h", "1ms", SUBNORMAL + "s", "0.001ms", "15min", "60min",
                    DIGITS_310 + "s", "1000000h", "900s", "541s"));
            case 2 -> List.of(put("memory", one("1MB", "1000TB", "10240MB", "10241MB", "1B", SUBNORMAL + "TB",
                    DIGITS_310 + "MB", "32GiB", "33GiB", "128MB")), remove("vcpu"));
            case 3 -> List.of(put("min_instances", one("2147483647", "1000000", "100", "2147483648")));
            case 4 -> List.of(put("platforms.lambda.provisioned_concurrency", one("2147483647", "1000000",
                    "999999999999999")), put("latency.cold_start_budget", one("1ms", "1s")),
                    put("latency.cold_start_share", one("0%", "1%", SUBNORMAL + "%")));
            case 5 -> llm();
            case 6 -> List.of(put("latency.cold_start_budget", one("0ms", "1ms", SUBNORMAL + "ms", "100000h")),
                    put("latency.cold_start_share", one("0%", "100%", SUBNORMAL + "%", UNDERFLOW + "%",
                            "1e-300%", "0.0000001%")));
            case 7 -> List.of(put(one("platforms.fargate.target_utilization", "platforms.eks.target_utilization",
                    "platforms.eks.cluster_share", "latency.max_slowdown"), one(SUBNORMAL + "%", "0.0000001%",
                    "100%", "0%", "10000%", "1e-300%")));
            case 8 -> job ? schedule() : List.of(put("traffic.burst", one("1000x", "999.99x", "1x")),
                    put("traffic.rate", one("1000000/s", "1000000000000/s", "1/month", "20/s")));
            case 9 -> List.of(put("budget", one(SUBNORMAL + "/month", NINES_400 + "/month", MAX_DOUBLE + "/month",
                    "0.01/month", DIGITS_310 + "/year", "0/month")));
            case 10 -> measuredOn();
            case 11 -> List.of(put("traffic.pattern", Extremes.draw(FieldKind.PATTERN, rnd)));
            case 12 -> List.of(put(one("payload.request", "payload.response"), one("1000TB", "6MB", "7MB",
                    "200MB", "201MB", DIGITS_310 + "B", "0B", SUBNORMAL + "B")),
                    put("payload.streaming", one("true", "false")));
            case 13 -> List.of(put("network.outbound_per_request", one("1000TB", "0B", DIGITS_310 + "B")),
                    put("network.requests_per_connection", one("1", "1000000000", "1.0000001", SUBNORMAL)),
                    put("network.private", one("true", "false")));
            case 14 -> List.of(put(one("cold_start.init", "cold_start.keep_alive"), one("100000h", "0ms",
                    SUBNORMAL + "ms", "1ms", DIGITS_310 + "s", "15min")));
            case 15 -> List.of(put("gpu", one("{count: 16, type: any, memory: 1000TB}", "{count: 1, type: T4}",
                    "{count: 16}", "{count: 1, type: V100, memory: 16GB}", "{count: 8, type: A10G}")),
                    put("memory", one("12GB", "1000TB", "1MB")));
            default -> List.of(put("threads", one("256", "1", "255")), put("cpu_time", one("1ms", SUBNORMAL + "s",
                    "100000h")), put("concurrency_per_instance", one("10000", "1", "9999")));
        };
    }

    private List<Edit> duration(String value) {
        List<Edit> edits = new ArrayList<>();
        edits.add(put("duration", value));
        edits.add(put("timeout", rnd.nextInt(3) == 0 ? one("100000h", DIGITS_310 + "s", "900s") : value));
        edits.add(rnd.nextBoolean() ? remove("cpu_time") : put("cpu_time", value));
        edits.add(remove("measured_on"));
        return edits;
    }

    private List<Edit> schedule() {
        return List.of(put("schedule.runs", one("1000000000000/s", "1/month", SUBNORMAL + "/month",
                        MAX_DOUBLE + "/month", "30/month", DIGITS_310 + "/s")),
                put("schedule.tasks", one("100000", "1", "99999")),
                put("schedule.duration", one("100000h", "1ms", SUBNORMAL + "s", "20min", DIGITS_310 + "s")),
                remove("timeout"));
    }

    private List<Edit> llm() {
        return List.of(put("llm.model", one("claude-sonnet-4", "claude-opus-4", "gpt-5-mini")),
                put("llm.input_tokens", one("999999999999999", "0", "1500", "1")),
                put("llm.output_tokens", one("999999999999999", "0", "400")),
                put("llm.calls_per_request", one(NINES_400, MAX_DOUBLE, DIGITS_310, SUBNORMAL, UNDERFLOW,
                        "1000000000000", "1", "0.0000001")),
                put("llm.rate_limit_rpm", one("1", "999999999999999", "4000")));
    }

    private List<Edit> measuredOn() {
        return List.of(put("measured_on", one("0.0001 vCPU", SUBNORMAL + " vCPU", NINES_400 + " vCPU",
                        "lambda 128MB", "1000 vCPU", DIGITS_310 + " vCPU", "lambda 10240MB")),
                put("cpu_time", one("1ms", SUBNORMAL + "ms", "100ms", "1us")),
                put("threads", one("1", "256", "2")));
    }

    private String one(String... values) {
        return values[rnd.nextInt(values.length)];
    }

    static Edit put(String dotted, String raw) {
        return new Edit.Put(FieldKind.path(dotted), new YamlTree.Raw(raw));
    }

    private static Edit put(String dotted, YamlTree.Node value) {
        return new Edit.Put(FieldKind.path(dotted), value);
    }

    static Edit remove(String dotted) {
        return new Edit.Remove(FieldKind.path(dotted));
    }
}
