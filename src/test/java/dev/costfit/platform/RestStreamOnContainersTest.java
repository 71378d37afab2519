package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.ApiGateway;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A container behind a REST API that streams its response: "Response payload data exceeding 10 MB is restricted to
 * 2 MB/s", the first 10 MB unrestricted, and "You can stream your response for up to 15 minutes" (API Gateway
 * developer guide, response-transfer-mode). The task holds the request, and its connection, until the stream ends.
 */
class RestStreamOnContainersTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final List<String> CONTAINERS = List.of("fargate", "eks");

    /** Two requests a second of 5 s (100 ms of CPU) behind a REST API, streaming {@code response}. */
    private static Profile streaming(String response) {
        return TestProfiles.parse("name: s\ntraffic: {rate: 2/s}\nduration: 5s\ncpu_time: 100ms\nmemory: 512MB\n"
                + "timeout: 60s\nfront_door: api-gateway-rest\n"
                + "payload: {request: 1KB, response: " + response + ", streaming: true}\n");
    }

    private static Assessment assess(String platform, Profile profile) {
        return Platforms.assess(Platforms.byId(platform).orElseThrow(), profile, LIST);
    }

    private static LimitCheck check(Assessment a, String limit) {
        return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst().orElseThrow();
    }

    /** 100 MB: (100 - 10) MB / 2 MB/s = 45 s a request, not its 5 s of work; 2/s x 45 s = 90 in flight. */
    @Test
    void aHundredMegabyteStreamHoldsEachRequest45Seconds() {
        Profile profile = streaming("100MB");
        assertThat(ApiGateway.streamSeconds(FrontDoor.API_GATEWAY_REST, profile, CATALOG)).isCloseTo(45,
                within(1e-9));
        // Buffered behind an HTTP API, or not streamed, nothing paces it.
        assertThat(ApiGateway.streamSeconds(FrontDoor.API_GATEWAY_HTTP, profile, CATALOG)).isZero();
        Assessment fargate = assess("fargate", profile);
        assertThat(fargate.feasible()).isTrue();
        List<Figure> figures = fargate.capacity().figures();
        double seconds = figures.stream().filter(f -> f.key().equals("requestSeconds")).findFirst().orElseThrow()
                .value();
        assertThat(seconds).isCloseTo(45, within(1e-9));
        double perTask = figures.stream().filter(f -> f.key().equals("requestsPerInstance")).findFirst()
                .orElseThrow().value();
        double tasks = figures.stream().filter(f -> f.key().equals("tasksMean")).findFirst().orElseThrow().value();
        assertThat(perTask * tasks).isCloseTo(90, within(1e-6));
        assertThat(fargate.assumptions()).contains("each request holds its container and its connection at least "
                + "45 s: API Gateway's REST API streams the 100 MB response's first 10 MB unrestricted, the rest at "
                + "most 2 MB/s");
        for (String platform : CONTAINERS) {
            assertThat(check(assess(platform, profile), "ALB idle timeout").ok()).as(platform).isTrue();
        }
    }

    /**
     * 200 MB: (200 - 10) / 2 = 95 s, beyond the ALB's 60 s idle timeout, but the stream sends its bytes throughout
     * (2 MB a second), and the idle timeout is "the period of time an existing client or target connection can remain
     * inactive, with no data being sent or received" (ELB user guide, connection idle timeout): it never elapses.
     * (This test once expected the advisory, an expert review's finding: a stream was held to it as a silent wait.)
     */
    @Test
    void aStreamLongerThanTheAlbIdleTimeoutKeepsItsConnectionActive() {
        for (String platform : CONTAINERS) {
            LimitCheck idle = check(assess(platform, streaming("200MB")), "ALB idle timeout");
            assertThat(idle.ok()).as(platform).isTrue();
            assertThat(idle.required()).startsWith(dev.costfit.units.TimeSpan.ofSeconds(95).display())
                    .contains("streamed (payload.streaming): its bytes keep the connection from idling");
        }
    }

    /** 2 GB: (2,048 - 10) / 2 = 1,019 s, beyond the stream's 15 minutes (900 s): the container does not fit. */
    @Test
    void aTwoGigabyteStreamOutlastsFifteenMinutesAndDoesNotFit() {
        Profile profile = streaming("2GB");
        assertThat(ApiGateway.streamSeconds(FrontDoor.API_GATEWAY_REST, profile, CATALOG)).isCloseTo(1019,
                within(1e-9));
        for (String platform : CONTAINERS) {
            Assessment a = assess(platform, profile);
            assertThat(a.feasible()).as(platform).isFalse();
            LimitCheck stream = check(a, "API Gateway REST API response stream");
            assertThat(stream.ok()).isFalse();
            assertThat(stream.severity()).isEqualTo(LimitCheck.Severity.HARD);
            assertThat(stream.required()).isEqualTo(dev.costfit.units.TimeSpan.ofSeconds(1019).display()
                    + ": API Gateway's REST API streams the 2 GB response's first 10 MB unrestricted, the rest at "
                    + "most 2 MB/s");
            assertThat(stream.workaround()).contains("S3 pre-signed URL");
        }
        // 1 GB: (1,024 - 10) / 2 = 507 s, within the 15 minutes.
        assertThat(assess("fargate", streaming("1GB")).feasible()).isTrue();
    }
}
