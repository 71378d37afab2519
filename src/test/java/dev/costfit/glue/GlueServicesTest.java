package dev.costfit.glue;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The services around the compute (../shared/glue-and-discounts-reference.md): each price reproduces a published
 * example where one exists, otherwise a hand computation written here.
 */
class GlueServicesTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final PricingContext FREE = new PricingContext(CATALOG, true);

    private static Assessment on(String platform, Profile profile, PricingContext context) {
        Assessment a = Platforms.assess(Platforms.byId(platform).orElseThrow(), profile, context);
        assertThat(a.usable()).as(platform + " " + a.violations() + a.unpriced()).isTrue();
        return a;
    }

    private static CostLine line(Assessment a, String key) {
        return a.lines().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + a.lines().stream()
                        .map(CostLine::key).toList()));
    }

    private static double compute(Assessment a) {
        return a.lines().stream().filter(l -> l.key().startsWith("fargate.")).mapToDouble(CostLine::monthlyCost).sum();
    }

    private static boolean has(Assessment a, String key) {
        return a.lines().stream().anyMatch(l -> l.key().startsWith(key));
    }

    /** A service with no front door and a 60 s timeout (Cloud Functions' event limit is 9 minutes). */
    private static Profile svc(String rate, String duration, String memory, String... extra) {
        StringBuilder yaml = new StringBuilder("name: t\ntraffic: {rate: " + rate + "}\nduration: " + duration
                + "\nmemory: " + memory + "\ntimeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\n");
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        return TestProfiles.parse(yaml.toString());
    }

    private static Profile queued(String rate, String duration, String delivery, String... extra) {
        String[] lines = new String[extra.length + 2];
        lines[0] = "trigger: queue";
        lines[1] = "delivery: " + delivery;
        System.arraycopy(extra, 0, lines, 2, extra.length);
        return svc(rate, duration, "512MB", lines);
    }

    // ---- SQS --------------------------------------------------------------------------------------------------

    @Test
    void eachSixtyFourKbChunkOfAMessageIsOneSqsRequest() {
        // infracost's sqs_queue golden (a reproduction of https://aws.amazon.com/sqs/pricing/'s rule): 1M requests
        // of 128 KB are 2M billed requests, $0.80 at $0.40 per 1M.
        Profile p = queued("1M/month", "200ms", "{batch_size: 1}", "payload: {request: 128KB}");
        CostLine send = line(on("fargate", p, LIST), "sqs.requests:send");
        assertThat(send.quantity()).isCloseTo(2_000_000, within(1e-3));
        assertThat(send.monthlyCost()).isCloseTo(0.80, within(1e-9));
    }

    @Test
    void anIdleQueueStillPaysForTheLongPollsOfItsConsumers() {
        // Five consumers long-polling 20 s each while nothing arrives: 5 × 3 polls a minute × 60 × 730 h
        // = 657,000 empty receives a month, $0.2628 at $0.40 per 1M (hand computation).
        Profile p = queued("1/month", "200ms", "{batch_size: 1}");
        CostLine empty = line(on("lambda", p, LIST), "sqs.requests:empty-receive");
        assertThat(empty.quantity()).isCloseTo(657_000, within(1.0));
        assertThat(empty.monthlyCost()).isCloseTo(0.2628, within(1e-6));
        // At 10 messages a second the polls return messages: exp(-10 × 20 / 5) of them are empty.
        Profile busy = queued("10/s", "200ms", "{batch_size: 1}");
        assertThat(line(on("lambda", busy, LIST), "sqs.requests:empty-receive").quantity())
                .isCloseTo(657_000 * Math.exp(-40), within(1e-6));
    }

    @Test
    void aBatchDividesLambdaInvocationsAndMultipliesTheirDuration() {
        // 1 message a second gathered for 10 s: batches of 10, so 2,628,000 messages are 262,800 invocations of
        // 10 × 200 ms; the GB-seconds stay those of the messages (2,628,000 × 0.2 s × 0.5 GB = 262,800 GB-s).
        Profile p = queued("1/s", "200ms", "{batch_size: 10, batch_window: 10s}");
        Assessment lambda = on("lambda", p, LIST);
        assertThat(line(lambda, "lambda.requests").quantity()).isCloseTo(262_800, within(1e-6));
        assertThat(line(lambda, "lambda.duration.x86_64").quantity()).isCloseTo(262_800, within(1e-3));
        // The receives come in tens: 262,800 ReceiveMessage and 262,800 DeleteMessageBatch calls.
        assertThat(line(lambda, "sqs.requests:consume").quantity()).isCloseTo(2 * 262_800, within(1e-3));
        assertThat(lambda.notes()).anyMatch(n -> n.contains("batches of 10"));
        // A container takes them one request each: its compute lines are the same with or without the batch.
        Profile single = queued("1/s", "200ms", "{batch_size: 1}");
        assertThat(compute(on("fargate", p, LIST))).isPositive()
                .isCloseTo(compute(on("fargate", single, LIST)), within(1e-9));
    }

    @Test
    void aBatchSendsTheBytesOfAllItsMessages() {
        // The LLM prompts of a batch leave as its messages' would: batching changes invocations, not the bytes out.
        String llm = "llm: {model: claude-sonnet-4, input_tokens: 3000, output_tokens: 100}";
        Profile batched = queued("1/s", "200ms", "{batch_size: 10, batch_window: 10s}", llm);
        Profile single = queued("1/s", "200ms", "{batch_size: 1}", llm);
        assertThat(line(on("lambda", batched, LIST), "egress.internet").quantity())
                .isCloseTo(line(on("lambda", single, LIST), "egress.internet").quantity(), within(1e-6));
    }

    @Test
    void aBatchMustFitLambdasFifteenMinutes() {
        // 10 messages of 100 s (timeout 120 s) in one invocation: 120 s + 9 × 100 s = 1,020 s > 900 s.
        String[] fields = {"trigger: queue", "delivery: {batch_size: 10, batch_window: 10s}"};
        Profile batched = TestProfiles.parse("name: b\ntraffic: {rate: 1/s}\nduration: 100s\nmemory: 512MB\n"
                + "timeout: 120s\nfront_door: none\n" + String.join("\n", fields) + "\n");
        Assessment lambda = Platforms.assess(Platforms.byId("lambda").orElseThrow(), batched, LIST);
        assertThat(lambda.feasible()).isFalse();
        assertThat(lambda.violations()).anyMatch(v -> v.limit().equals("timeout") && v.required().contains("17"));
        Profile single = TestProfiles.parse("name: b\ntraffic: {rate: 1/s}\nduration: 100s\nmemory: 512MB\n"
                + "timeout: 120s\nfront_door: none\ntrigger: queue\ndelivery: {batch_size: 1}\n");
        assertThat(Platforms.assess(Platforms.byId("lambda").orElseThrow(), single, LIST).feasible()).isTrue();
    }

    /**
     * The busiest hour's window gathers the most messages: 0.2/s with 20 of 24 weights 1.9 (0.38/s) and the rest
     * 0.1 gathers 0.38 x 20 s = 7.6 messages a batch at the peak, where the month's mean rate gathers 4. Its batch
     * needs 4 min + 6.6 x 2 min = 17.2 min of timeout (1,032 s), beyond Lambda's 15: the mean's, 4 + 3 x 2 = 10
     * min, would have passed.
     */
    @Test
    void theBusiestHoursBatchMustFitLambdasFifteenMinutes() {
        Profile p = TestProfiles.parse("name: b\ntraffic: {rate: 0.2/s, pattern: {hourly: [0.1, 0.1, 0.1, 0.1, 0.1, "
                + "0.1, 0.1, 0.1, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 0.1, 0.1, 0.1, 0.1]}}\n"
                + "duration: {mean: 2min, max: 3min}\nmemory: 1GB\ntimeout: 4min\nfront_door: none\ntrigger: queue\n"
                + "delivery: {batch_size: 10, batch_window: 20s}\n");
        Assessment lambda = Platforms.assess(Platforms.byId("lambda").orElseThrow(), p, LIST);
        assertThat(lambda.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("timeout");
            assertThat(v.required()).startsWith("1,032 s");
        });
    }

    @Test
    void aDeadLetterQueueIsALineOnlyWhenRetriesAreConfigured() {
        // An event's default retries (Lambda's two) configure no dead-letter queue: 2,628,000 events × 1% × 2
        // retries = 52,560 more deliveries, and no SendMessage to a dead-letter queue. (A queue's failing messages
        // with no attempts are refused at read time: DeliveryRetriesTest.)
        Profile none = svc("1/s", "200ms", "512MB", "trigger: event", "delivery: {failing: 1%}",
                "llm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100}");
        Assessment event = on("lambda", none, LIST);
        assertThat(has(event, "sqs.requests:dead-letter")).isFalse();
        // The tokens every platform shares are the fewest deliveries any cloud makes (Google tries a failing event
        // once: 2,628,000 calls); Lambda's 52,560 retried calls are a line of its own, counted in its cost.
        assertThat(line(event, "llm.input-tokens").quantity()).isCloseTo(2_628_000 * 1000.0, within(1e-3));
        assertThat(line(event, dev.costfit.assessment.CostLine.LLM_MORE_ATTEMPTS).quantity())
                .isCloseTo(52_560, within(1e-6));
        // 2,628,000 messages × 1% fail 3 attempts: 26,280 move to the dead-letter queue, and each is delivered
        // twice more: 2,628,000 × 1.02 = 2,680,560 deliveries, so 1.02 × the LLM calls.
        Profile retried = queued("1/s", "200ms", "{attempts: 3, failing: 1%}",
                "llm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100}");
        Assessment a = on("fargate", retried, LIST);
        assertThat(line(a, "sqs.requests:dead-letter").quantity()).isCloseTo(26_280, within(1e-6));
        assertThat(line(a, "llm.input-tokens").quantity()).isCloseTo(2_680_560 * 1000.0, within(1e-3));
    }

    @Test
    void theFreeRequestsComeOffTheFirstLines() {
        // 1M free requests a month (--free-tier): 2M send requests leave 1M billed.
        Profile p = queued("1M/month", "200ms", "{batch_size: 1}", "payload: {request: 128KB}");
        assertThat(line(on("fargate", p, FREE), "sqs.requests:send").quantity()).isCloseTo(1_000_000, within(1e-3));
    }

    // ---- EventBridge and Pub/Sub ------------------------------------------------------------------------------

    @Test
    void eventBridgeBillsEachSixtyFourKbChunkAsAnEvent() {
        // https://aws.amazon.com/eventbridge/pricing/: $1.00 per 1M custom events, a 100 KB event is 2 chunks:
        // 1M events are 2M billed events, $2.00. A dead-letter queue adds one SendMessage per failed event.
        Profile p = svc("1M/month", "200ms", "512MB", "trigger: event",
                "delivery: {attempts: 3, failing: 2%}", "payload: {request: 100KB}");
        Assessment a = on("lambda", p, LIST);
        CostLine events = line(a, "eventbridge.events");
        assertThat(events.quantity()).isCloseTo(2_000_000, within(1e-3));
        assertThat(events.monthlyCost()).isCloseTo(2.00, within(1e-9));
        assertThat(line(a, "sqs.requests:dead-letter").quantity()).isCloseTo(40_000, within(1e-6));
    }

    @Test
    void anEventReachesAContainerServiceThroughAnSqsQueueItsWorkersPoll() {
        // 1 event a second, 3 attempts, 1% failing (hand computation, $0.40 per 1M SQS requests, $1.00 per 1M
        // events): 2,628,000 events a month, $2.628 on the bus; the rule sends each to the queue, 2,628,000
        // SendMessage, $1.0512; batches of 1 (no window): 2,628,000 × 1.02 = 2,680,560 receives and
        // 2,628,000 × 0.99 = 2,601,720 deletes, 5,282,280 requests, $2.112912; five 20 s long polls, each empty
        // with probability exp(-1 × 20 / 5): 657,000 × 0.0183156 = 12,033.37 empty receives; 26,280 events fail every
        // attempt into the queue's dead-letter queue, counted once (not again as the rule target's).
        Profile p = svc("1/s", "200ms", "256MB", "cpu_time: 50ms", "trigger: event",
                "delivery: {attempts: 3, failing: 1%}");
        for (String platform : List.of("fargate", "eks")) {
            Assessment a = on(platform, p, LIST);
            assertThat(line(a, "eventbridge.events").monthlyCost()).as(platform).isCloseTo(2.628, within(1e-9));
            CostLine send = line(a, "sqs.requests:send");
            assertThat(send.quantity()).as(platform).isCloseTo(2_628_000, within(1e-6));
            assertThat(send.monthlyCost()).as(platform).isCloseTo(1.0512, within(1e-9));
            CostLine consume = line(a, "sqs.requests:consume");
            assertThat(consume.quantity()).as(platform).isCloseTo(5_282_280, within(1e-3));
            assertThat(consume.monthlyCost()).as(platform).isCloseTo(2.112912, within(1e-9));
            assertThat(line(a, "sqs.requests:empty-receive").quantity()).as(platform)
                    .isCloseTo(12_033.37, within(0.01));
            assertThat(a.lines().stream().filter(l -> l.key().equals("sqs.requests:dead-letter")))
                    .singleElement().satisfies(l -> assertThat(l.quantity()).isCloseTo(26_280, within(1e-6)));
            assertThat(a.notes()).as(platform).anyMatch(n -> n.contains("EventBridge delivers to an SQS queue the "
                    + "service's workers poll") && n.contains("API destination") && n.contains("$0.20 per million"));
        }
        // EventBridge invokes a function itself: Lambda and Lambda Managed Instances keep the bus and the rule
        // target's dead-letter queue (26,280 SendMessage), with no queue in between and no note.
        for (String platform : List.of("lambda", "lambda-managed-instances")) {
            Assessment a = on(platform, p, LIST);
            assertThat(a.lines().stream().map(CostLine::key).filter(k -> k.startsWith("sqs") || k.startsWith(
                    "eventbridge"))).as(platform).containsExactly("eventbridge.events", "sqs.requests:dead-letter");
            assertThat(line(a, "sqs.requests:dead-letter").quantity()).isCloseTo(26_280, within(1e-6));
            assertThat(a.notes()).as(platform).noneMatch(n -> n.contains("EventBridge delivers to an SQS queue"));
        }
    }

    @Test
    void pubSubReproducesItsPricingTable() {
        // https://cloud.google.com/pubsub/pricing: 1 MiB/s with one subscription is about $200 a month — publish
        // plus one delivery, 2 MiB/s × 2,628,000 s = 5,256,000 MiB = 5,132.8 GiB × $40/1,024 = $200.50.
        Profile p = svc("1/s", "200ms", "512MB", "trigger: queue", "payload: {request: 1MB}");
        Assessment a = on("cloud-functions-gen2", p, LIST);
        assertThat(line(a, "pubsub.throughput").monthlyCost()).isCloseTo(200.50, within(0.005));
        // Each request bills at least 1,000 bytes: a 100-byte message counts 1,000.
        Profile small = svc("1/s", "200ms", "512MB", "trigger: queue", "payload: {request: 100B}");
        assertThat(line(on("cloud-functions-gen2", small, LIST), "pubsub.throughput").quantity())
                .isCloseTo(2 * 2_628_000 * 1000.0 / (1024 * 1024 * 1024), within(1e-9));
    }

    @Test
    void anEventOnGoogleSaysItsDeliveryIsNotPricedAndStillFits() {
        Profile p = svc("1/s", "200ms", "512MB", "trigger: event");
        Assessment a = on("cloud-functions-gen2", p, LIST);
        assertThat(a.notes()).anyMatch(n -> n.contains("Eventarc") && n.contains("not priced"));
    }

    // ---- Logs and traces --------------------------------------------------------------------------------------

    @Test
    void cloudWatchLogsIngestionAndStorageReproduceInfracostsGolden() {
        // infracost's cloudwatch_log_group golden: 1,000 GB ingested $500.00; 500 GB stored $15.00.
        // 1,024,000 requests × 1 MB of logs = 1,000 GB, on a container (custom logs, $0.50/GB).
        Profile p = svc("1.024M/month", "200ms", "512MB",
                "observability: {log_bytes_per_request: 1MB, retention_days: 30}");
        Assessment a = on("fargate", p, LIST);
        CostLine ingestion = line(a, "cloudwatch.logs.ingestion");
        assertThat(ingestion.quantity()).isCloseTo(1000, within(1e-9));
        assertThat(ingestion.monthlyCost()).isCloseTo(500.00, within(1e-9));
        CostLine storage = line(a, "cloudwatch.logs.storage");
        assertThat(500 * storage.unitPrice()).isCloseTo(15.00, within(1e-9));
        // 30 days of a 30.42-day month kept, compressed to 15% (the AWS Pricing Calculator's factor):
        // 1,000 × 0.15 × 30 / (730 / 24) = 147.9 GB-months.
        assertThat(storage.quantity()).isCloseTo(1000 * 0.15 * 30 / (730 / 24.0), within(1e-9));
        assertThat(storage.component()).contains("compressed to 15% (estimate)");
    }

    @Test
    void lambdaLogsAreVendedLogsOnTheirOwnTiers() {
        // Duckbill's example of the 2025 tiers: 60 TB of Lambda logs a month drop from $30,000 to $12,500 with
        // 1 TB = 1,000 GB; costfit reads sizes in powers of 1,024 (glue reference §4), so 60 TiB = 61,440 GB:
        // 10,240 × 0.50 + 20,480 × 0.25 + 20,480 × 0.10 + 10,240 × 0.05 = $12,800.
        Profile p = svc("1.048576M/month", "100ms", "512MB",
                "observability: {log_bytes_per_request: 60MB}");
        Assessment a = on("lambda", p, LIST);
        double ingestion = a.lines().stream().filter(l -> l.key().startsWith("cloudwatch.logs.vended"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(ingestion).isCloseTo(12_800, within(1e-6));
        // The same logs from a container are custom logs at the flat $0.50: $30,720.
        assertThat(line(on("fargate", p, LIST), "cloudwatch.logs.ingestion").monthlyCost())
                .isCloseTo(30_720, within(1e-6));
    }

    @Test
    void cloudLoggingGivesFiftyGibFreeAndIncludesThirtyDays() {
        // https://cloud.google.com/stackdriver/pricing: $0.50/GiB, first 50 GiB per project free, 30 days
        // included: 102,400 requests × 1 MB = 100 GiB; with the free tier 50 GiB billed, $25.00.
        Profile p = svc("102.4k/month", "200ms", "512MB",
                "observability: {log_bytes_per_request: 1MB, retention_days: 90}");
        Assessment free = on("cloud-functions-gen2", p, FREE);
        assertThat(line(free, "logging.ingestion").monthlyCost()).isCloseTo(25.00, within(1e-9));
        // 60 days beyond the included 30: 100 GiB × 60 / 30.42 = 197.3 GiB-months × $0.01.
        assertThat(line(free, "logging.retention").quantity()).isCloseTo(100 * 60 / (730 / 24.0), within(1e-9));
    }

    @Test
    void xRayReproducesThePricingPagesExample() {
        // https://aws.amazon.com/xray/pricing/ (cn, vi, de pages, example 1): 2,000 requests an hour sampled at 10%
        // over 31 days are 148,800 traces; 48,800 beyond the free 100,000 cost $0.244 at $5 per 1M.
        Profile p = svc("2000/h", "200ms", "512MB",
                "observability: {tracing: true, trace_sampling: 10%}");
        CostLine traces = line(on("lambda", p, FREE), "xray.traces");
        double perHour = (traces.quantity() + 100_000) / 730;
        assertThat(perHour * 24 * 31).isCloseTo(148_800, within(1e-6));
        assertThat((perHour * 24 * 31 - 100_000) * traces.unitPrice()).isCloseTo(0.244, within(1e-9));
    }

    @Test
    void xRaysDefaultRuleTracesTheFirstRequestEachSecondAndFivePercentOfTheRest() {
        // 20 requests a second: 1 + 5% × 19 = 1.95 traces a second × 2,628,000 s = 5,124,600 (hand computation).
        Profile p = svc("20/s", "200ms", "512MB", "observability: {tracing: true}");
        assertThat(line(on("fargate", p, LIST), "xray.traces").quantity()).isCloseTo(5_124_600, within(1e-3));
    }

    /**
     * Lambda fed by a queue traces invocations, each a batch: 50 messages a second in batches of 10 (a 5 s window
     * fills in 0.2 s) are 5 invocations a second, 1 + 5% × 4 = 1.2 traced, 3,153,600 a month; a container serving
     * each message as a request traces 1 + 5% × 49 = 3.45 a second, 9,066,600.
     */
    @Test
    void lambdaFedByAQueueTracesItsInvocationsNotItsMessages() {
        Profile p = svc("50/s", "200ms", "512MB", "trigger: queue", "delivery: {batch_size: 10, batch_window: 5s}",
                "observability: {tracing: true}");
        assertThat(line(on("lambda", p, LIST), "xray.traces").quantity()).isCloseTo(3_153_600, within(1e-3));
        assertThat(line(on("fargate", p, LIST), "xray.traces").quantity()).isCloseTo(9_066_600, within(1e-3));
        // Sampled at 10%: 5 × 2,628,000 × 10% = 1,314,000.
        Profile sampled = svc("50/s", "200ms", "512MB", "trigger: queue",
                "delivery: {batch_size: 10, batch_window: 5s}", "observability: {tracing: true, trace_sampling: 10%}");
        assertThat(line(on("lambda", sampled, LIST), "xray.traces").quantity()).isCloseTo(1_314_000, within(1e-3));
    }

    @Test
    void googleSaysCloudTraceIsNotPriced() {
        Profile p = svc("20/s", "200ms", "512MB", "observability: {tracing: true}");
        assertThat(on("cloud-functions-gen2", p, LIST).notes()).anyMatch(n -> n.contains("Cloud Trace"));
    }

    // ---- Secrets ----------------------------------------------------------------------------------------------

    @Test
    void secretsManagerPricesReproduceAwsSample() {
        // An AWS sample computes 3 secrets kept one day (1/30 of a month) and 30 API calls: $0.04015.
        Profile p = svc("1/s", "200ms", "512MB", "secrets: {count: 3, reads: per-request}");
        Assessment a = on("lambda", p, LIST);
        CostLine secrets = line(a, "secretsmanager.secrets");
        CostLine calls = line(a, "secretsmanager.api-calls");
        assertThat(3 * secrets.unitPrice() / 30 + 30 * calls.unitPrice()).isCloseTo(0.04015, within(1e-12));
        // Read per request: 3 × 2,628,000 calls = 7,884,000, $39.42 at $0.05 per 10,000.
        assertThat(calls.quantity()).isCloseTo(7_884_000, within(1e-3));
        assertThat(calls.monthlyCost()).isCloseTo(39.42, within(1e-9));
    }

    @Test
    void secretsReadPerColdStartFollowThePlatformsColdStarts() {
        Profile p = svc("1/min", "200ms", "512MB", "secrets: {count: 2}");
        Assessment a = on("lambda", p, LIST);
        assertThat(line(a, "secretsmanager.api-calls").quantity())
                .isCloseTo(2 * a.coldStarts().perMonth(), within(1e-9));
        assertThat(a.coldStarts().perMonth()).isPositive();
    }

    /**
     * A job's container tasks start anew every run, so each reads its secrets: 30 nights × 4 shards = 120 task starts,
     * 2 secrets each, 240 reads ($0.05 per 10,000: $0.0012). Before, a container counted no start and billed no read.
     */
    @Test
    void aJobsContainerTasksEachStartColdAndReadTheirSecrets() {
        Profile job = TestProfiles.parse("kind: job\nname: reindex\nschedule: {runs: 30/month, tasks: 4, "
                + "duration: 20min}\nvcpu: 2\nmemory: 4GB\nsecrets: {count: 2}\n");
        for (String platform : new String[] {"fargate", "eks"}) {
            Assessment a = on(platform, job, LIST);
            assertThat(a.coldStarts().perMonth()).as(platform).isEqualTo(120);
            assertThat(a.coldStarts().share()).as(platform).isEqualTo(1);
            // Fargate starts each run's tasks; EKS launches each run's nodes (its node kept between runs is
            // EksPlatformTest's), so both start every task cold.
            assertThat(a.coldStarts().explanation().get(0)).as(platform).contains(platform.equals("eks")
                    ? "each run launches its nodes and starts its pods on them" : "each run starts its");
            CostLine reads = line(a, "secretsmanager.api-calls");
            assertThat(reads.quantity()).as(platform).isEqualTo(240);
            assertThat(reads.monthlyCost()).as(platform).isCloseTo(0.0012, within(1e-12));
        }
        // The Fargate task waits the catalog's start estimate, 40 s (RunTask to RUNNING, 20-90 s).
        assertThat(on("fargate", job, LIST).coldStarts().latency().seconds()).isEqualTo(40);
    }

    @Test
    void secretManagerBillsAccessOperationsPerTenThousand() {
        // https://cloud.google.com/secret-manager/pricing: 25,000 access operations bill as 2.5 × 10,000 at $0.03:
        // $0.075; 3 versions at $0.06 a month: $0.18. 25,000 requests a month, one secret read per request.
        Profile p = svc("25k/month", "200ms", "512MB", "secrets: {count: 3, reads: per-request}");
        Assessment a = on("cloud-functions-gen2", p, LIST);
        assertThat(line(a, "secretmanager.access").monthlyCost()).isCloseTo(3 * 0.075, within(1e-9));
        assertThat(line(a, "secretmanager.versions").monthlyCost()).isCloseTo(0.18, within(1e-9));
        // Free: 6 versions and 10,000 operations a month.
        Assessment free = on("cloud-functions-gen2", p, FREE);
        assertThat(line(free, "secretmanager.versions").quantity()).isZero();
        assertThat(line(free, "secretmanager.access").quantity()).isCloseTo(65_000, within(1e-6));
    }

    @Test
    void everyUsablePlatformOfACloudCarriesItsGlueAndNothingIsAddedWithoutIt() {
        Profile p = queued("5/s", "2s", "{attempts: 3, failing: 1%}", "observability: {log_bytes_per_request: 2KB}",
                "secrets: {count: 1}");
        int compared = 0;
        for (var platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, p, LIST);
            if (!a.usable()) {
                continue;
            }
            boolean aws = platform.info().cloud() == dev.costfit.profile.Cloud.AWS;
            assertThat(has(a, aws ? "sqs.requests" : "pubsub.throughput")).as(platform.id()).isTrue();
            assertThat(has(a, aws ? "cloudwatch.logs" : "logging.ingestion")).as(platform.id()).isTrue();
            assertThat(has(a, aws ? "secretsmanager" : "secretmanager")).as(platform.id()).isTrue();
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
        Profile bare = svc("5/s", "2s", "512MB");
        for (var platform : Platforms.all()) {
            List<String> keys = Platforms.assess(platform, bare, LIST).lines().stream().map(CostLine::key).toList();
            assertThat(keys).noneMatch(k -> k.startsWith("sqs") || k.startsWith("cloudwatch") || k.startsWith("xray")
                    || k.startsWith("secret") || k.startsWith("logging") || k.startsWith("pubsub"));
        }
    }
}
