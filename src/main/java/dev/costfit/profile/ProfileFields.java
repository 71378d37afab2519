package dev.costfit.profile;

import dev.costfit.units.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile as dotted field paths and the values they resolved to (defaults included), for diffs. */
public final class ProfileFields {

    private ProfileFields() {
    }

    public static Map<String, String> flatten(Profile p) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", p.kind().spelling());
        out.put("description", p.description());
        out.put("region", p.region());
        p.gcpRegion().ifPresent(g -> out.put("gcp_region", g));
        if (p.workload() instanceof Workload.Service service) {
            out.put("traffic.rate", service.traffic().rate().display());
            out.put("traffic.pattern", service.traffic().pattern() instanceof PatternSpec.Hourly h
                    ? "hourly " + h.weights() : service.traffic().pattern().display());
            out.put("traffic.burst", Numbers.grouped(service.traffic().burst(), 3) + "x");
            DurationProfile d = service.duration();
            out.put("duration.mean", d.mean().display());
            d.p50().ifPresent(v -> out.put("duration.p50", v.display()));
            d.p95().ifPresent(v -> out.put("duration.p95", v.display()));
            d.p99().ifPresent(v -> out.put("duration.p99", v.display()));
            d.max().ifPresent(v -> out.put("duration.max", v.display()));
        } else {
            Schedule s = ((Workload.Job) p.workload()).schedule();
            out.put("schedule.runs", s.runs().display());
            out.put("schedule.tasks", Integer.toString(s.tasks()));
            out.put("schedule.duration", s.duration().display());
        }
        out.put("cpu_time", p.cpuModel() ? p.cpuTime().display() : "not stated");
        out.put("threads", Integer.toString(p.threads()));
        p.measuredOn().ifPresent(m -> out.put("measured_on", m.display()));
        out.put("memory", p.memory().display());
        p.vcpu().ifPresent(v -> out.put("vcpu", Numbers.grouped(v, 3)));
        out.put("timeout", p.timeout().display());
        out.put("gpu", p.gpu().map(g -> g.count() + " × " + g.type().spelling()
                + g.memory().map(m -> " " + m.display()).orElse("")).orElse("none"));
        out.put("concurrency_per_instance", Integer.toString(p.concurrencyPerInstance()));
        out.put("min_instances", Integer.toString(p.minInstances()));
        out.put("ha", Boolean.toString(p.ha()));
        out.put("architecture", p.architecture().spelling());
        out.put("runtime", p.runtime().spelling());
        out.put("payload.request", p.payload().request().display());
        out.put("payload.response", p.payload().response().display());
        out.put("payload.streaming", Boolean.toString(p.payload().streaming()));
        out.put("storage", p.storage().map(s -> s.display()).orElse("none stated"));
        out.put("trigger", p.trigger().spelling());
        out.put("front_door", p.frontDoor().spelling());
        out.put("network.private", Boolean.toString(p.network().privateSubnets()));
        out.put("network.outbound_per_request", p.network().outboundPerRequest().display());
        out.put("network.clients", p.network().clients().spelling());
        out.put("network.requests_per_connection", Numbers.grouped(p.network().requestsPerConnection(), 3));
        p.latency().ifPresent(l -> {
            out.put("latency.cold_start_budget", l.coldStartBudget().display());
            out.put("latency.cold_start_share", l.coldStartShare().display());
        });
        out.put("latency.max_slowdown", p.maxSlowdown().display());
        p.coldStart().init().ifPresent(v -> out.put("cold_start.init", v.display()));
        p.coldStart().keepAlive().ifPresent(v -> out.put("cold_start.keep_alive", v.display()));
        p.llm().ifPresent(l -> {
            out.put("llm.model", l.model());
            out.put("llm.input_tokens", Long.toString(l.inputTokens()));
            out.put("llm.output_tokens", Long.toString(l.outputTokens()));
            out.put("llm.calls_per_request", Numbers.grouped(l.callsPerRequest(), 3));
            l.rateLimitRpm().ifPresent(r -> out.put("llm.rate_limit_rpm", Long.toString(r)));
        });
        p.budget().ifPresent(b -> out.put("budget", Numbers.grouped(b, 2) + "/month"));
        PlatformKnobs k = p.platforms();
        out.put("platforms.lambda.provisioned_concurrency", k.lambda().provisionedConcurrency().isPresent()
                ? Integer.toString(k.lambda().provisionedConcurrency().getAsInt()) : "auto");
        out.put("platforms.fargate.spot", Boolean.toString(k.fargate().spot()));
        out.put("platforms.fargate.target_utilization", k.fargate().targetUtilization().display());
        out.put("platforms.eks.cluster_share", k.eks().clusterShare().display());
        out.put("platforms.eks.target_utilization", k.eks().targetUtilization().display());
        out.put("platforms.eks.node_types", k.eks().nodeTypes().isEmpty() ? "all" : String.join(", ",
                k.eks().nodeTypes()));
        out.put("platforms.cloud-functions-gen2.billing", k.cloudFunctionsGen2().billing().spelling());
        out.put("platforms.cloud-functions-gen2.network_tier", k.cloudFunctionsGen2().networkTier().spelling());
        out.put("clouds", p.clouds().stream().map(Cloud::spelling).sorted().collect(
                java.util.stream.Collectors.joining(", ")));
        return out;
    }
}
