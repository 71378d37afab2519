package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The limits of the queue or event bus in front of the compute, checked on every platform of the cloud whose
 * service it is, against the providers' published figures.
 */
class DeliveryLimitsTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false, true);
    private static final List<String> AWS = List.of("lambda", "lambda-managed-instances", "fargate", "eks");
    private static final List<String> GOOGLE = List.of("cloud-functions-gen2", "cloud-functions-gen1");

    private static Profile svc(String timeout, String... extra) {
        StringBuilder yaml = new StringBuilder("name: t\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: "
                + timeout + "\nfront_door: none\nnetwork: {clients: vpc}\n");
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        return TestProfiles.parse(yaml.toString());
    }

    private static Assessment on(String platform, Profile profile) {
        return Platforms.assess(Platforms.byId(platform).orElseThrow(), profile, REPORT);
    }

    private static double quantity(Assessment a, String key) {
        return a.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().quantity();
    }

    private static Optional<LimitCheck> limit(String platform, Profile profile, String name) {
        return on(platform, profile).limits().stream().filter(l -> l.limit().equals(name)).findFirst();
    }

    @Test
    void anSqsMessageOverOneMebibyteFitsNoAwsPlatformAndPubSubTakesIt() {
        // MaximumMessageSize: 1,024 B to 1,048,576 B (SetQueueAttributes): 1,048,577 B is one byte over.
        Profile over = svc("60s", "trigger: queue", "payload: {request: 1048577B}");
        for (String id : AWS) {
            LimitCheck sqs = limit(id, over, "SQS message size").orElseThrow();
            assertThat(sqs.ok()).as(id).isFalse();
            assertThat(sqs.severity()).isEqualTo(LimitCheck.Severity.HARD);
            assertThat(sqs.workaround()).contains("S3");
            assertThat(on(id, over).usable()).as(id).isFalse();
        }
        Profile at = svc("60s", "trigger: queue", "payload: {request: 1048576B}");
        assertThat(limit("fargate", at, "SQS message size").orElseThrow().ok()).isTrue();
        // Pub/Sub takes 10 MB a message (cloud.google.com/pubsub/quotas); no SQS limit on Google.
        for (String id : GOOGLE) {
            assertThat(limit(id, over, "Pub/Sub message size").orElseThrow().ok()).as(id).isTrue();
            assertThat(limit(id, over, "SQS message size")).as(id).isEmpty();
        }
        Profile huge = svc("60s", "trigger: queue", "payload: {request: 11MB}");
        assertThat(limit("cloud-functions-gen2", huge, "Pub/Sub message size").orElseThrow().ok()).isFalse();
    }

    @Test
    void anEventOfHalfAMegabyteFitsEveryAwsPlatformSinceEventBridgeTakesOneMegabyte() {
        // AWS raised EventBridge's largest event from 256 KB to 1 MB on 2026-01-29 (AWS Compute Blog, "More room to
        // build: serverless services now support payloads up to 1 MB"). 500 KB (512,000 B) was "does not fit: 500 KB
        // (allowed 256 KB)"; it now fits, and so does the rest of this profile on every AWS platform.
        Profile half = svc("60s", "trigger: event", "payload: {request: 500KB}");
        for (String id : AWS) {
            LimitCheck eb = limit(id, half, "EventBridge event size").orElseThrow();
            assertThat(eb.ok()).as(id).isTrue();
            assertThat(on(id, half).usable()).as(id).isTrue();
        }
        // 1.5 MB (1,572,864 B) is over 1 MB however it is read: a hard limit on each AWS platform.
        Profile over = svc("60s", "trigger: event", "payload: {request: 1.5MB}");
        for (String id : AWS) {
            LimitCheck eb = limit(id, over, "EventBridge event size").orElseThrow();
            assertThat(eb.ok()).as(id).isFalse();
            assertThat(eb.severity()).isEqualTo(LimitCheck.Severity.HARD);
            assertThat(eb.workaround()).contains("S3");
            assertThat(on(id, over).usable()).as(id).isFalse();
        }
    }

    @Test
    void eventBridgesOneMegabyteIsReadAsAMillionBytes() {
        // No AWS page gives the new cap in bytes, so the catalog takes the smaller reading of "1 MB": 1,000,000 B
        // (976.5625 KiB, shown as 976.56 KB). 1,000,000 B fits; 1,000,001 B and costfit's 1MB (1,048,576 B) do not.
        assertThat(CATALOG.sizeLimit("eventbridge.entry.max").bytes()).isEqualTo(1_000_000);
        assertThat(limit("lambda", svc("60s", "trigger: event", "payload: {request: 1000000B}"),
                "EventBridge event size").orElseThrow().ok()).isTrue();
        assertThat(limit("lambda", svc("60s", "trigger: event", "payload: {request: 1000001B}"),
                "EventBridge event size").orElseThrow().ok()).isFalse();
        LimitCheck mebibyte = limit("fargate", svc("60s", "trigger: event", "payload: {request: 1MB}"),
                "EventBridge event size").orElseThrow();
        assertThat(mebibyte.ok()).isFalse();
        assertThat(mebibyte.required()).isEqualTo("1 MB");
        assertThat(mebibyte.allowed()).isEqualTo("976.56 KB");
    }

    @Test
    void aQueueMessageProcessedForLongerThanTwelveHoursFitsNoContainer() {
        // SQS's visibility timeout is at most 12 hours: a 14-hour message is delivered again while in process.
        Profile long14 = svc("14h", "trigger: queue");
        for (String id : List.of("fargate", "eks")) {
            LimitCheck v = limit(id, long14, "SQS visibility timeout").orElseThrow();
            assertThat(v.ok()).as(id).isFalse();
            assertThat(v.allowed()).isEqualTo("12 h");
            assertThat(on(id, long14).usable()).as(id).isFalse();
        }
        assertThat(limit("fargate", svc("11h", "trigger: queue"), "SQS visibility timeout").orElseThrow().ok())
                .isTrue();
    }

    @Test
    void anEventToAContainerServiceMeetsItsQueuesTwelveHourVisibilityTimeout() {
        // Fargate and EKS take events from an SQS queue they poll: a 14-hour event outlives the 12-hour visibility
        // timeout there; a rule invokes Lambda Managed Instances itself, so no queue and no such limit.
        Profile long14 = svc("14h", "trigger: event");
        for (String id : List.of("fargate", "eks")) {
            LimitCheck v = limit(id, long14, "SQS visibility timeout").orElseThrow();
            assertThat(v.ok()).as(id).isFalse();
            assertThat(v.allowed()).isEqualTo("12 h");
        }
        assertThat(limit("fargate", svc("11h", "trigger: event"), "SQS visibility timeout").orElseThrow().ok())
                .isTrue();
        for (String id : List.of("lambda", "lambda-managed-instances")) {
            assertThat(limit(id, svc("60s", "trigger: event"), "SQS visibility timeout")).as(id).isEmpty();
        }
    }

    @Test
    void aPubSubPushWaitsAtMostSixHundredSecondsAndTheHttpFunctionWorkaroundIsNotOffered() {
        // "For push delivery, ackDeadline is also used to set the request timeout", at most 600 s: 11 minutes is over.
        Profile p = svc("11min", "trigger: queue");
        for (String id : GOOGLE) {
            assertThat(limit(id, p, "Pub/Sub push ack deadline").orElseThrow().ok()).as(id).isFalse();
            assertThat(on(id, p).violations()).as(id).allSatisfy(v -> assertThat(v.workaround())
                    .doesNotContain("make it an HTTP function"));
        }
        assertThat(limit("cloud-functions-gen2", svc("9min", "trigger: queue"), "Pub/Sub push ack deadline")
                .orElseThrow().ok()).isTrue();
    }

    @Test
    void pubSubDeliveryAttemptsBelowFiveArePricedAsFiveOnGoogleOnly() {
        // max_delivery_attempts is 5 to 100 (pubsub/docs/handling-failures). 1M messages a month, 10% fail:
        // attempts 3 on Google are 5, so 1M × (1 + 0.1 × 4) = 1.4M deliveries; with the 1M publishes, 2.4M requests
        // of the default 1 KB payload (1,024 B, over the 1,000-B minimum): 2.4M × 1,024 B / 2^30 = 2.288818359375 GiB.
        Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 1M/month}\nduration: 200ms\nmemory: 512MB\n"
                + "timeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\ntrigger: queue\n"
                + "delivery: {attempts: 3, failing: 10%}\n");
        Assessment gen2 = on("cloud-functions-gen2", p);
        assertThat(quantity(gen2, "pubsub.throughput")).isCloseTo(2.288818359375, within(1e-9));
        assertThat(gen2.notes()).anyMatch(n -> n.contains("5 to 100") && n.contains("priced as 5"));
        // AWS keeps the 3 attempts: 1M × (1 + 0.1 × 2) = 1.2M invocations on Lambda (one message a batch).
        Assessment lambda = on("lambda", p);
        assertThat(lambda.notes()).noneMatch(n -> n.contains("5 to 100"));
        assertThat(quantity(lambda, "lambda.requests")).isCloseTo(1.2e6, within(1e-6));
    }

    @Test
    void anEventsDefaultRetriesAreLambdasAndGoogleTriesAFailingEventOnce() {
        // 1M events a month, 10% fail, no attempts stated. Lambda retries an asynchronous invocation twice
        // (invocation-async-error-handling.html): 1M x (1 + 0.1 x 2) = 1.2M requests. Google: "By default, if a
        // function invocation terminates with an error, the function is not invoked again and the event is dropped"
        // (functions/docs/bestpractices/retries): 1M invocations.
        String yaml = "name: t\ntraffic: {rate: 1M/month}\nduration: 200ms\nmemory: 512MB\ntimeout: 60s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ntrigger: event\n";
        Profile defaulted = TestProfiles.parse(yaml + "delivery: {failing: 10%}\n");
        assertThat(quantity(on("lambda", defaulted), "lambda.requests")).isCloseTo(1.2e6, within(1e-6));
        assertThat(quantity(on("cloud-functions-gen1", defaulted), "gcf1.invocations"))
                .isCloseTo(1e6, within(1e-6));
        // Retries the profile states (enabled on the function) are kept on Google: 1M x (1 + 0.1 x 2) = 1.2M.
        Profile stated = TestProfiles.parse(yaml + "delivery: {attempts: 3, failing: 10%}\n");
        assertThat(quantity(on("cloud-functions-gen1", stated), "gcf1.invocations"))
                .isCloseTo(1.2e6, within(1e-6));
    }
}
