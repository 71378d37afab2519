package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A streamed response through each front door, against API Gateway's developer guide (response-transfer-mode:
 * "Response streaming is only supported for REST APIs"; a REST API's stream may "Exceed API Gateway's 10 MB
 * response payload limit" and its "29 second timeout limit", and "You can stream your response for up to 15
 * minutes") and Lambda's limits (pricing-reference.md §1.3: 6 MB buffered, 200 MB streamed, streamed bytes beyond
 * 6 MB at $0.008 a GB; §6.1: REST requests $3.50 a million). An HTTP API or an ALB buffers the response: Lambda is
 * invoked buffered, its 6 MB applies, and nothing is streamed or billed as streamed.
 */
class StreamThroughFrontDoorTest {

    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /** One request a second on Node.js, 1 GB, 1 KB in, the response streamed, behind {@code door}. */
    private static String stream(String door, String response, String duration) {
        return "name: s\ntraffic: {rate: 1/s}\nduration: " + duration + "\nmemory: 1GB\ntimeout: 120s\n"
                + "runtime: node\narchitecture: x86_64\nfront_door: " + door + "\n"
                + "payload: {request: 1KB, response: " + response + ", streaming: true}\n";
    }

    private static Optional<LimitCheck> check(Assessment a, String limit) {
        return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst();
    }

    private static Optional<CostLine> line(Assessment a, String prefix) {
        return a.lines().stream().filter(l -> l.component().startsWith(prefix)).findFirst();
    }

    @Test
    void anHttpApiBuffersTheStreamSoLambdasSixMegabytesApply() {
        Assessment a = LAMBDA.assess(TestProfiles.parse(stream("api-gateway-http", "8MB", "5s")), LIST);
        assertThat(a.feasible()).isFalse();
        LimitCheck response = check(a, "response payload").orElseThrow();
        assertThat(response.ok()).isFalse();
        assertThat(response.required()).isEqualTo("8 MB (buffered: the API Gateway HTTP API does not stream)");
        assertThat(response.allowed()).isEqualTo("6 MB");
        assertThat(response.workaround()).contains("front_door: function-url or api-gateway-rest");
        assertThat(check(a, "streamed response")).isEmpty();
        // An ALB buffers it too (Lambda targets do not stream).
        Assessment alb = LAMBDA.assess(TestProfiles.parse(stream("alb", "8MB", "5s")), LIST);
        assertThat(check(alb, "response payload").orElseThrow().required())
                .isEqualTo("8 MB (buffered: the Application Load Balancer does not stream)");
        // A function URL streams it: 200 MB allowed.
        Assessment url = LAMBDA.assess(TestProfiles.parse(stream("function-url", "8MB", "5s")), LIST);
        assertThat(url.feasible()).isTrue();
        assertThat(check(url, "streamed response").orElseThrow().allowed()).isEqualTo("200 MB");
    }

    @Test
    void aSmallStreamThroughAnHttpApiFitsAndIsToldTheClientSeesNoStream() {
        Assessment a = LAMBDA.assess(TestProfiles.parse(stream("api-gateway-http", "1MB", "5s")), LIST);
        assertThat(a.feasible()).isTrue();
        assertThat(a.notes()).contains("API Gateway's HTTP API buffers responses (only a REST API streams them): the "
                + "client gets each 1 MB response whole, once complete, not as a stream, and Lambda's 6 MB buffered "
                + "response limit applies; front_door: api-gateway-rest or function-url streams it");
        // Nothing streams, so no runtime is told how to stream.
        Assessment python = LAMBDA.assess(TestProfiles.parse(stream("api-gateway-http", "1MB", "5s")
                .replace("runtime: node", "runtime: python")), LIST);
        assertThat(python.notes()).noneMatch(n -> n.contains("Web Adapter"));
    }

    @Test
    void aRestApiStreamsBeyondItsTenMegabytesAndBillsARequestPerTenMegabytes() {
        // 20 MB streamed, 20 s of work: 1/s x 2,628,000 s = 2,628,000 responses.
        Assessment a = LAMBDA.assess(TestProfiles.parse(stream("api-gateway-rest", "20MB", "20s")), LIST);
        assertThat(a.feasible()).isTrue();
        LimitCheck payload = check(a, "API Gateway payload").orElseThrow();
        assertThat(payload.ok()).isTrue();
        assertThat(payload.required()).isEqualTo("1 KB (request; the response streams)");
        // The stream's 15 minutes, not the 29 s integration timeout.
        assertThat(check(a, "API Gateway REST API integration timeout")).isEmpty();
        LimitCheck stream = check(a, "API Gateway REST API response stream").orElseThrow();
        assertThat(stream.ok()).isTrue();
        assertThat(stream.allowed()).isEqualTo("15 min");
        // Each 10 MB of a stream bills one request: 2 per 20 MB, 5,256,000 x $0.0000035 = $18.396.
        CostLine requests = line(a, "API Gateway REST API requests").orElseThrow();
        assertThat(requests.quantity()).isCloseTo(5_256_000, within(1e-6));
        assertThat(requests.monthlyCost()).isCloseTo(18.396, within(1e-9));
        assertThat(requests.component()).isEqualTo("API Gateway REST API requests (2 per 20 MB streamed response: a "
                + "stream bills one per 10 MB)");
        // Lambda bills the 14 MB beyond its first 6: 2,628,000 x 14 / 1,024 GB = 35,929.6875 GB x $0.008.
        CostLine streamed = line(a, "Response streaming").orElseThrow();
        assertThat(streamed.quantity()).isCloseTo(35_929.6875, within(1e-6));
        assertThat(streamed.monthlyCost()).isCloseTo(287.4375, within(1e-9));
        // 21 MB is three.
        assertThat(line(LAMBDA.assess(TestProfiles.parse(stream("api-gateway-rest", "21MB", "20s")), LIST),
                "API Gateway REST API requests").orElseThrow().quantity()).isCloseTo(7_884_000, within(1e-6));
    }

    @Test
    void aStreamedRestResponseOutlastsTheIntegrationTimeoutABufferedOneCannot() {
        // A p99 of 45 s: past the REST API's 29 s unless the response streams.
        String slow = stream("api-gateway-rest", "1MB", "{mean: 20s, p99: 45s}");
        Assessment streamed = LAMBDA.assess(TestProfiles.parse(slow), LIST);
        assertThat(streamed.violations()).isEmpty();
        assertThat(check(streamed, "API Gateway REST API response stream").orElseThrow().ok()).isTrue();
        Assessment buffered = LAMBDA.assess(TestProfiles.parse(slow.replace(", streaming: true", "")), LIST);
        LimitCheck timeout = check(buffered, "API Gateway REST API integration timeout").orElseThrow();
        assertThat(timeout.ok()).isFalse();
        // Mean 20 s, p99 45 s: σ = 2.3263 − √(2.3263² − 2 ln 2.25) = 0.37955, and Q((ln(29 / 20) + 0.072028) /
        // 0.37955) = Q(1.1687) = 12% of the requests run past 29 s.
        assertThat(timeout.required()).isEqualTo("45 s (the p99; no max is stated, and about 12% of requests run "
                + "past 29 s by the log-normal fitted to the stated durations)");
    }

    @Test
    void containersBehindApiGatewayAreHeldToTheSameRules() {
        FargatePlatform fargate = new FargatePlatform();
        Assessment http = fargate.assess(TestProfiles.parse(stream("api-gateway-http", "20MB", "20s")), LIST);
        LimitCheck payload = check(http, "API Gateway payload").orElseThrow();
        assertThat(payload.ok()).isFalse();
        assertThat(payload.required()).isEqualTo("20 MB (response, buffered: an HTTP API does not stream)");
        assertThat(payload.workaround()).startsWith("stream it through a REST API (front_door: api-gateway-rest;");
        Assessment rest = fargate.assess(TestProfiles.parse(stream("api-gateway-rest", "20MB", "20s")), LIST);
        assertThat(check(rest, "API Gateway payload").orElseThrow().ok()).isTrue();
        assertThat(rest.notes()).anyMatch(n -> n.contains("API Gateway's REST API streams the response"));
    }

    /**
     * Elastic Load Balancing's guide, "Use Lambda functions as targets of an Application Load Balancer", Limits: "The
     * maximum size of the request body that you can send to a Lambda function is 1 MB" and "The maximum size of the
     * response JSON that the Lambda function can send is 1 MB" — under Lambda's own 6 MB, which an HTTP API leaves.
     */
    @Test
    void anAlbSendsALambdaTargetAndTakesBackOneMegabyteEachWay() {
        String twoMegabyteAnswer = "name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\n"
                + "runtime: node\narchitecture: x86_64\nfront_door: alb\npayload: {request: 10KB, response: 2MB}\n";
        Assessment alb = LAMBDA.assess(TestProfiles.parse(twoMegabyteAnswer), LIST);
        assertThat(alb.feasible()).isFalse();
        LimitCheck response = check(alb, "response payload").orElseThrow();
        assertThat(response.ok()).isFalse();
        assertThat(response.allowed()).isEqualTo("1 MB (an Application Load Balancer's, to a Lambda target)");
        assertThat(response.workaround()).contains("function URL or API Gateway");
        assertThat(check(alb, "request payload").orElseThrow().ok()).isTrue();
        // The same 2 MB answer through an HTTP API is within Lambda's 6 MB.
        Assessment http = LAMBDA.assess(TestProfiles.parse(twoMegabyteAnswer.replace("front_door: alb",
                "front_door: api-gateway-http")), LIST);
        assertThat(check(http, "response payload").orElseThrow().ok()).isTrue();
        // A 1.5 MB upload through the ALB: the request body is over its 1 MB.
        Assessment upload = LAMBDA.assess(TestProfiles.parse(twoMegabyteAnswer.replace("request: 10KB",
                "request: 1.5MB").replace("response: 2MB", "response: 1KB")), LIST);
        LimitCheck request = check(upload, "request payload").orElseThrow();
        assertThat(request.ok()).isFalse();
        assertThat(request.required()).isEqualTo("1.5 MB");
        assertThat(request.allowed()).isEqualTo("1 MB (an Application Load Balancer's, to a Lambda target)");
        // Lambda Managed Instances runs a Lambda function: the same door, the same limit.
        Assessment lmi = new LambdaManagedInstancesPlatform().assess(TestProfiles.parse(twoMegabyteAnswer), LIST);
        assertThat(check(lmi, "response payload").orElseThrow().ok()).isFalse();
    }
}
