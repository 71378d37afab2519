package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Percent;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;

/**
 * Every numeric field's range, in one place, each with the reason it ends where it does. The reader checks them;
 * `--explain`, the docs and the schema can list them.
 */
public final class Bounds {

    private static final double YEAR = 365 * 86400.0;
    private static final double TIB = DataSize.TIB;

    private static String rate(double perSecond) {
        return Math.abs(perSecond * YEAR - 1) < 1e-9 ? "one a year" : new Rate(perSecond).display();
    }

    private static String time(double seconds) {
        return Math.abs(seconds - YEAR) < 1e-6 ? "a year" : TimeSpan.ofSeconds(seconds).display();
    }

    /** traffic.rate: from one request a year to ten million a second (10× the busiest public APIs). */
    public static final Bound RATE = new Bound(1 / YEAR, true, 1e7, Bounds::rate,
            "from one a year to ten million a second: beyond that no single service runs, split it into profiles");
    /** schedule.runs: from one a year to one a second (more often is a service). */
    public static final Bound RUNS = new Bound(1 / YEAR, true, 1, Bounds::rate,
            "from one run a year to one a second; work that starts more often is a service (kind: service)");
    /** duration and its percentiles, a job task's duration and the timeout: 100 µs to a year. */
    public static final Bound DURATION = new Bound(1e-4, true, YEAR, Bounds::time,
            "from 0.1 ms to a year");
    /** cpu_time: zero (pure waiting) to a year; the reader also holds it within the duration. */
    public static final Bound CPU_TIME = new Bound(0, true, YEAR, Bounds::time,
            "0 ms means the request only waits");
    /** memory: 1 MB to 32 TiB, the largest EC2 instance (u7in-32tb). */
    public static final Bound MEMORY = new Bound(DataSize.MIB, true, 32 * TIB, v -> new DataSize(v).display(),
            "from 1 MB to 32 TB, the largest machine any of these clouds rents");
    /** vcpu, and measured_on's vCPU: 0.01 to 2,048. */
    public static final Bound VCPU = new Bound(0.01, true, 2048, v -> Numbers.grouped(v, 3) + " vCPU",
            "from 0.01 vCPU to 2,048, more than the largest machine any of these clouds rents");
    /** storage: 1 MB to 64 TiB, the largest EBS volume. */
    public static final Bound STORAGE = new Bound(DataSize.MIB, true, 64 * TIB, v -> new DataSize(v).display(),
            "from 1 MB to 64 TB, the largest block volume");
    /** payload sizes and network.outbound_per_request: 0 to 5 TiB, the largest object S3 stores. */
    public static final Bound PAYLOAD = new Bound(0, true, 5 * TIB, v -> new DataSize(v).display(),
            "at most 5 TB, the largest object S3 stores; no request carries more");
    /** gpu.memory: more than 0, at most 1 TiB per GPU. */
    public static final Bound GPU_MEMORY = new Bound(0, false, TIB, v -> new DataSize(v).display(),
            "no GPU has more than 1 TB");
    /** cold_start.init: 0 (INIT not billed) to an hour. */
    public static final Bound INIT = new Bound(0, true, 3600, Bounds::time,
            "0 ms turns INIT billing off; no runtime starts for longer than an hour");
    /** cold_start.keep_alive: a second to a day. */
    public static final Bound KEEP_ALIVE = new Bound(1, true, 86400, Bounds::time,
            "from 1 s to a day: providers recycle idle instances within minutes to hours");
    /** latency.cold_start_budget: a millisecond to an hour. */
    public static final Bound COLD_START_BUDGET = new Bound(1e-3, true, 3600, Bounds::time,
            "from 1 ms to an hour; to allow no cold starts at all, set a tiny cold_start_share");
    /** latency.cold_start_share: 0.0001% to 100%. */
    public static final Bound COLD_START_SHARE = new Bound(1e-6, true, 1, v -> Numbers.significant(v * 100, 3) + "%",
            "from 0.0001% to 100%: no platform that starts instances can promise that none ever starts cold");
    /** llm.input_tokens and llm.output_tokens: to ten million per call, beyond any model's context. */
    public static final Bound TOKENS = new Bound(0, true, 1e7, v -> Numbers.grouped(v, 0) + " tokens",
            "no model takes or writes ten million tokens in one call");
    /** llm.calls_per_request: more than 0, at most 1,000. */
    public static final Bound LLM_CALLS = new Bound(0, false, 1000, v -> Numbers.grouped(v, 3),
            "more than 0 (remove the llm block if it makes no calls) and at most 1,000 calls per request");
    /** llm.rate_limit_rpm: 1 to a billion a minute. */
    public static final Bound RPM = new Bound(1, true, 1e9, v -> Numbers.grouped(v, 0) + " a minute",
            "from 1 to a billion calls a minute");
    /** llm.rate_limit_itpm and rate_limit_otpm: 1 to a trillion tokens a minute. */
    public static final Bound TPM = new Bound(1, true, 1e12,
            v -> Numbers.grouped(v, 0) + (v == 1 ? " token" : " tokens") + " a minute",
            "from 1 to a trillion tokens a minute");
    /** budget: more than $0, at most $1e12 a month. */
    public static final Bound BUDGET = new Bound(0, false, 1e12, v -> "$" + Numbers.grouped(v, 2) + "/month",
            "more than $0 a month (leave budget out to have none)");
    /** min_instances and a fixed provisioned_concurrency: 0 to 100,000, beyond any account's quota. */
    public static final Bound INSTANCES = new Bound(0, true, 100_000, v -> Numbers.grouped(v, 0),
            "0 to 100,000, beyond any account's quota");
    /** Target utilisations: 1% to 100%. */
    public static final Bound UTILIZATION = new Bound(0.01, true, 1, v -> new Percent(v).display(),
            "from 1% to 100% of the vCPU");
    /** Cloud Run's CPU utilisation target: 10% to 90%, what its scaling controls accept. */
    public static final Bound RUN_CPU_TARGET = new Bound(0.10, true, 0.90, v -> new Percent(v).display(),
            "from 10% to 90%, what Cloud Run's scaling controls accept");
    /** Cloud Run's concurrency utilisation target: 10% to 95%, what its scaling controls accept. */
    public static final Bound RUN_CONCURRENCY_TARGET = new Bound(0.10, true, 0.95, v -> new Percent(v).display(),
            "from 10% to 95%, what Cloud Run's scaling controls accept");
    /** platforms.eks.cluster_share: 0.01% to 100%. */
    public static final Bound CLUSTER_SHARE = new Bound(1e-4, true, 1, v -> new Percent(v).display(),
            "from 0.01% to 100% of the cluster fee");
    /** network.nat_share: 0% (another budget pays for the gateway) to 100%. */
    public static final Bound NAT_SHARE = new Bound(0, true, 1, v -> new Percent(v).display(),
            "from 0% (another budget pays for the gateway) to 100% of its hours");
    /** Hourly pattern weights: 0 to a billion (they are relative). */
    public static final Bound WEIGHT = new Bound(0, true, 1e9, v -> Numbers.grouped(v, 3),
            "weights are relative: 0 to a billion");
    /** threads: 1 to 256 (the CPU part of one request on more threads than that is not a request). */
    public static final Bound THREADS = whole(1, 256, "threads that the CPU part of one request runs on at once")
            .refusedAs(found -> "found " + found + ", expected 1 to 256 threads that the CPU part of one request "
                    + "runs on at once");
    /** concurrency_per_instance: 1 to 10,000 requests one instance serves at once. */
    public static final Bound CONCURRENCY = whole(1, 10_000, "requests one instance serves at once")
            .refusedAs(found -> "found " + found + ", expected 1 to 10000");
    /** schedule.tasks: 1 to 100,000 parallel tasks a run starts. */
    public static final Bound TASKS = whole(1, 100_000, "parallel tasks one run starts")
            .refusedAs(found -> "found " + found + "; a run starts 1 to 100000 tasks");
    /** gpu.count: 1 to 16 GPUs, more than any instance has. */
    public static final Bound GPUS = whole(1, 16, "GPUs per instance; no instance type has more")
            .refusedAs(found -> "found " + found + ", expected 1 to 16 GPUs per instance");
    /** network.requests_per_connection: 1 (a connection per request) to a billion. */
    public static final Bound REQUESTS_PER_CONNECTION = new Bound(1, true, 1e9, v -> Numbers.grouped(v, 3),
            "1 is a new connection per request")
            .refusedAs(found -> "found " + found + ", expected 1 (a new connection per request) to "
                    + Numbers.grouped(1e9, 0));
    /** traffic.burst: 1x (no burst) to 1000x. */
    public static final Bound BURST = new Bound(1, true, 1000, v -> Numbers.grouped(v, 3) + "x",
            "1x is no burst")
            .refusedAs(found -> "found " + found + ", expected 1x (no burst) to 1000x");

    /**
     * Requests in flight at the peak hour, with the burst (rate × peak weight × burst × mean duration): ten
     * million, beyond any single service and where costfit's queueing figures stop being exact.
     */
    public static final Bound IN_FLIGHT = new Bound(0, true, 1e7, v -> Numbers.grouped(v, 0) + " requests",
            "ten million requests in flight at once is beyond any single service; split it into profiles");

    /** delivery.batch_size: 1 to 10,000 messages per invocation, Lambda's largest batch for a standard queue. */
    public static final Bound BATCH_SIZE = whole(1, 10_000, "messages per invocation (Lambda's largest batch)");
    /** delivery.batch_window: 0 to 300 s, the longest batching window a Lambda event source mapping takes. */
    public static final Bound BATCH_WINDOW = new Bound(0, true, 300, Bounds::time,
            "0 to 5 minutes, the longest batching window Lambda allows");
    /** delivery.attempts: 1 to 1,000 receives before a message moves to the dead-letter queue (SQS's maxReceiveCount). */
    public static final Bound ATTEMPTS = whole(1, 1000, "attempts before the dead-letter queue (maxReceiveCount)");
    /** Shares that may be nothing: 0% to 100%. */
    public static final Bound SHARE = new Bound(0, true, 1, v -> new Percent(v).display(), "from 0% to 100%");
    /** observability.retention_days: 1 day to 10 years (CloudWatch's longest retention is 3,653 days). */
    public static final Bound RETENTION_DAYS = whole(1, 3653, "days (CloudWatch keeps logs at most 3653 days)");
    /** secrets.count: 1 to 10,000 secrets. */
    public static final Bound SECRETS = whole(1, 10_000, "secrets");

    private static Bound whole(long min, long max, String what) {
        return new Bound(min, true, max, v -> Long.toString((long) v), min + " to " + max + " " + what);
    }

    private Bounds() {
    }
}
