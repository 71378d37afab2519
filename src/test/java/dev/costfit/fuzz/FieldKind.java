package dev.costfit.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a profile field holds (read off ProfileReader), so that extremes of the right kind can be drawn for it. */
enum FieldKind {
    RATE, DURATION, SIZE, PERCENT, MULTIPLIER, COUNT, DECIMAL, BOOLEAN, TEXT, BUDGET, MEASURED_ON, PATTERN,
    PROVISIONED, CLOUDS, NODE_TYPES, GPU, DURATION_SPEC, REGION, GCP_REGION, MODEL,
    KIND, ARCHITECTURE, RUNTIME, TRIGGER, FRONT_DOOR, CLIENTS, GPU_TYPE, BILLING;

    /** Every field of the profile format by dotted path. */
    static final Map<String, FieldKind> FIELDS = fields();

    static List<String> path(String dotted) {
        return List.of(dotted.split("\\."));
    }

    private static Map<String, FieldKind> fields() {
        Map<String, FieldKind> f = new LinkedHashMap<>();
        f.put("version", COUNT);
        f.put("kind", KIND);
        f.put("name", TEXT);
        f.put("description", TEXT);
        f.put("region", REGION);
        f.put("gcp_region", GCP_REGION);
        f.put("traffic.rate", RATE);
        f.put("traffic.pattern", PATTERN);
        f.put("traffic.burst", MULTIPLIER);
        f.put("duration", DURATION_SPEC);
        f.put("duration.mean", DURATION);
        f.put("duration.p50", DURATION);
        f.put("duration.p95", DURATION);
        f.put("duration.p99", DURATION);
        f.put("duration.max", DURATION);
        f.put("schedule.runs", RATE);
        f.put("schedule.tasks", COUNT);
        f.put("schedule.duration", DURATION);
        f.put("cpu_time", DURATION);
        f.put("threads", COUNT);
        f.put("measured_on", MEASURED_ON);
        f.put("memory", SIZE);
        f.put("vcpu", DECIMAL);
        f.put("timeout", DURATION);
        f.put("gpu", GPU);
        f.put("gpu.count", COUNT);
        f.put("gpu.type", GPU_TYPE);
        f.put("gpu.memory", SIZE);
        f.put("concurrency_per_instance", COUNT);
        f.put("min_instances", COUNT);
        f.put("ha", BOOLEAN);
        f.put("architecture", ARCHITECTURE);
        f.put("runtime", RUNTIME);
        f.put("payload.request", SIZE);
        f.put("payload.response", SIZE);
        f.put("payload.streaming", BOOLEAN);
        f.put("storage", SIZE);
        f.put("trigger", TRIGGER);
        f.put("front_door", FRONT_DOOR);
        f.put("network.private", BOOLEAN);
        f.put("network.outbound_per_request", SIZE);
        f.put("network.clients", CLIENTS);
        f.put("network.requests_per_connection", DECIMAL);
        f.put("latency.cold_start_budget", DURATION);
        f.put("latency.cold_start_share", PERCENT);
        f.put("latency.max_slowdown", PERCENT);
        f.put("cold_start.init", DURATION);
        f.put("cold_start.keep_alive", DURATION);
        f.put("llm.model", MODEL);
        f.put("llm.input_tokens", COUNT);
        f.put("llm.cached_input_tokens", COUNT);
        f.put("llm.output_tokens", COUNT);
        f.put("llm.calls_per_request", DECIMAL);
        f.put("llm.rate_limit_rpm", COUNT);
        f.put("llm.rate_limit_itpm", COUNT);
        f.put("llm.rate_limit_otpm", COUNT);
        f.put("budget", BUDGET);
        f.put("clouds", CLOUDS);
        f.put("platforms.lambda.provisioned_concurrency", PROVISIONED);
        f.put("platforms.lambda.snapstart", BOOLEAN);
        f.put("platforms.fargate.spot", BOOLEAN);
        f.put("platforms.fargate.target_utilization", PERCENT);
        f.put("platforms.eks.cluster_share", PERCENT);
        f.put("platforms.eks.node_types", NODE_TYPES);
        f.put("platforms.eks.target_utilization", PERCENT);
        f.put("platforms.eks.spot", BOOLEAN);
        f.put("platforms.eks.on_demand_base", COUNT);
        f.put("platforms.cloud-functions-gen2.billing", BILLING);
        return java.util.Collections.unmodifiableMap(f);
    }
}
