package dev.costfit.fuzz;

import static dev.costfit.fuzz.CoherentExtremes.put;
import static dev.costfit.fuzz.CoherentExtremes.remove;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Values at or just inside the bounds the profile format enforces (docs/profile.md, profile.Bounds), with the fields
 * that must agree changed together: the profile stays valid, so the extreme reaches the engine, every renderer and
 * map's grids — where an overflow, a non-finite figure or a slow loop would show. (The values outside the bounds are
 * {@link CoherentExtremes}' and {@link Extremes}'.)
 */
final class EdgeValues {

    private final SplittableRandom rnd;

    EdgeValues(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    List<Edit> draw(YamlTree.Node tree) {
        boolean job = CoherentExtremes.isJob(tree);
        return switch (rnd.nextInt(15)) {
            // The in-flight bound is ten million at the busiest hour (rate × peak weight × burst × duration).
            case 0 -> job ? List.of(put("schedule.runs", one("1/s", "1/year", "0.5/s")),
                    put("schedule.tasks", one("100000", "1", "50000")),
                    put("schedule.duration", one("0.1ms", "1s", "20min"))) : rateAndDuration();
            case 1 -> job ? List.of(put("schedule.duration", one("8760h", "8760h", "0.1ms")), remove("timeout"),
                    remove("cpu_time"), remove("measured_on"))
                    : List.of(put("traffic.rate", one("1/year", "1/month")), put("duration", one("8760h", "0.1ms",
                    "1h")), put("timeout", "8760h"), remove("cpu_time"), remove("measured_on"));
            case 2 -> List.of(put("memory", one("1MB", "32TB", "32768GB", "10240MB", "10241MB", "1GB")),
                    remove("vcpu"));
            case 3 -> List.of(put("vcpu", one("0.01", "2048", "192", "0.25")));
            case 4 -> List.of(put("min_instances", one("100000", "99999", "1", "0")), put("ha", one("true", "false")));
            case 5 -> List.of(put("platforms.lambda", "{provisioned_concurrency: " + one("100000", "0", "auto", "1")
                    + ", snapstart: " + one("on", "off") + "}"),
                    put("latency.cold_start_budget", one("1ms", "1h", "1s")),
                    put("latency.cold_start_share", one("0.0001%", "100%", "1%")));
            case 6 -> List.of(put("llm", "{model: claude-sonnet-4, input_tokens: " + one("10000000", "0", "1")
                    + ", output_tokens: " + one("10000000", "0") + ", calls_per_request: " + one("1000", "0.001",
                    "1") + ", rate_limit_rpm: " + one("1", "1000000000", "4000") + "}"));
            case 7 -> List.of(put(one("platforms.fargate.target_utilization", "platforms.eks.target_utilization",
                    "platforms.eks.cluster_share"), one("1%", "100%", "0.01%")));
            case 8 -> List.of(put("traffic.pattern", one("{hourly: [1000000000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
                    + "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}", "{hourly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
                    + "0, 0, 0, 0, 0, 0, 0, 0, 0.000001]}", "spiky", "diurnal", "flat")),
                    put("traffic.burst", one("1000x", "1x")));
            case 9 -> List.of(put(one("payload.request", "payload.response", "network.outbound_per_request"),
                    one("5TB", "0B", "1MB", "10MB", "6MB")), put("storage", one("64TB", "1MB", "16TB", "10GB")));
            case 10 -> List.of(put("cold_start", "{init: " + one("0ms", "1h", "10s", "11s") + ", keep_alive: "
                    + one("1s", "24h", "10min") + "}"));
            case 11 -> List.of(put("budget", one("0.01/month", "1000000000000/month", "1/year")),
                    put("network.requests_per_connection", one("1", "1000000000")));
            case 12 -> List.of(put("concurrency_per_instance", one("10000", "1")), put("threads", one("256", "1")),
                    put("gpu", one("none", "{count: 16, type: any, memory: 1TB}", "{count: 1, type: H200}")));
            case 14 -> List.of(put("pricing", one("on-demand", "savings-plan-1y", "savings-plan-3y-all-upfront",
                    "savings-plan-3y-partial-upfront", "savings-plan-2y", "reserved")),
                    put("platforms.eks", "{spot: " + one("true", "false") + ", on_demand_base: "
                            + one("0", "100000", "1", "100001") + "}"),
                    put("platforms.fargate.spot", one("true", "false")));
            default -> List.of(put("cpu_time", one("0ms", "1ms")), put("measured_on", one("0.01 vCPU",
                    "2048 vCPU", "lambda 128MB", "lambda 10240MB")));
        };
    }

    /** A rate and a duration whose product stays within ten million in flight, or lands right on it. */
    private List<Edit> rateAndDuration() {
        List<Edit> edits = new ArrayList<>();
        String[][] pairs = {{"10M/s", "0.1ms"}, {"1M/s", "1ms"}, {"100000/s", "30s"}, {"1000/s", "1h"},
            {"1/s", "8760h"}, {"3333/s", "1000s"}, {"10000/s", "15min"}};
        String[] pair = pairs[rnd.nextInt(pairs.length)];
        edits.add(put("traffic.rate", pair[0]));
        edits.add(put("traffic.pattern", "flat"));
        edits.add(put("traffic.burst", "1x"));
        edits.add(put("duration", pair[1]));
        edits.add(put("timeout", pair[1].equals("8760h") ? "8760h" : one(pair[1], "8760h")));
        edits.add(remove("cpu_time"));
        edits.add(remove("measured_on"));
        return edits;
    }

    private String one(String... values) {
        return Extremes.pick(rnd, List.of(values));
    }
}
