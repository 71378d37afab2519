package dev.costfit.assessment;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.testing.PortfolioGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cost line has a stable key (issue 14, item 2): machines match on it, not on prose that carries figures.
 * Keys are unique within an assessment and do not change when the figures do.
 */
class LineKeysTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    @Test
    void keysAreUniqueWithinEveryAssessmentOfSamplesAndAGeneratedPortfolio(@TempDir Path dir) throws IOException {
        List<Profile> profiles = new ArrayList<>(new ProfileLoader().load(List.of(Path.of("profiles"))));
        PortfolioGenerator.write(60, 14, dir);
        profiles.addAll(new ProfileLoader().load(List.of(dir)));
        int lines = 0;
        Set<String> seen = new HashSet<>();
        for (Profile profile : profiles) {
            for (Platform platform : Platforms.all()) {
                Assessment a = Platforms.assess(platform, profile, LIST);
                List<String> keys = a.lines().stream().map(CostLine::key).toList();
                assertThat(keys).as("%s on %s", profile.name(), platform.id()).doesNotHaveDuplicates();
                assertThat(keys).allMatch(k -> CostLine.KEY.matcher(k).matches());
                lines += keys.size();
                seen.addAll(keys);
            }
        }
        assertThat(lines).as("lines compared").isGreaterThan(1000);
        assertThat(seen).as("distinct keys met").hasSizeGreaterThan(25);
    }

    @Test
    void aLambdaBillHasTheCatalogKeysOfItsPrices() {
        // 20/s of 6 s with 100 ms of CPU, 512 MB, private: requests, duration, INIT, NAT, an API in front.
        Profile chat = TestProfiles.parse("name: chat\ntraffic: {rate: 20/s}\nduration: {mean: 6s}\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 30s\nfront_door: api-gateway-http\nnetwork: {private: true, outbound_per_request: 20KB}\n");
        Assessment a = Platforms.assess(Platforms.byId("lambda").orElseThrow(), chat, LIST);
        List<String> keys = a.lines().stream().map(CostLine::key).toList();
        String arch = a.variant().contains("arm64") ? "arm64" : "x86_64";
        assertThat(keys).contains("lambda.requests", "lambda.duration." + arch, "lambda.duration." + arch + ":init",
                "nat.hours", "nat.data", "vpc.public-ipv4:nat");
        assertThat(keys).anyMatch(k -> k.startsWith("apigw."));
    }

    @Test
    void keysStayWhenTheFiguresChange() {
        String base = "name: api\ntraffic: {rate: %s}\nduration: {mean: 200ms}\nmemory: 1GB\ntimeout: 10s\n"
                + "concurrency_per_instance: 10\nfront_door: alb\n";
        for (String platform : List.of("fargate", "eks")) {
            Platform p = Platforms.byId(platform).orElseThrow();
            List<String> slow = Platforms.assess(p, TestProfiles.parse(String.format(base, "5/s")), LIST).lines()
                    .stream().map(CostLine::key).toList();
            List<String> fast = Platforms.assess(p, TestProfiles.parse(String.format(base, "50/s")), LIST).lines()
                    .stream().map(CostLine::key).toList();
            assertThat(fast).as(platform).isEqualTo(slow);
            assertThat(slow).as(platform).contains("alb.hours", "alb.lcu", "vpc.public-ipv4:alb");
        }
    }

    @Test
    void volumeTiersAfterTheFirstAreNumbered() {
        // 3 billion requests a month through an HTTP API: the first 300 million at $1.00, the rest at $0.90.
        Profile busy = TestProfiles.parse("name: busy\ntraffic: {rate: 1200/s}\nduration: {mean: 20ms}\n"
                + "memory: 256MB\ntimeout: 5s\nfront_door: api-gateway-http\n");
        Assessment a = Platforms.assess(Platforms.byId("lambda").orElseThrow(), busy, LIST);
        assertThat(a.lines().stream().map(CostLine::key)).contains("apigw.http.requests",
                "apigw.http.requests/tier-2");
    }

    @Test
    void aStepsLinesAreKeyedAfterAnAtSignSoNoTwoStepsShareAKey() {
        // With the step after a dash, steps "x" and "init-x" both keyed a line lambda.duration.x86_64:init-x (x's
        // INIT, init-x's duration): a review's finding. Step names hold no at sign.
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 20s\narchitecture: "
                + "x86_64\nsteps: [{name: x, duration: 1s}, {name: init-x, duration: 1s}]\n");
        List<String> keys = Platforms.assess(Platforms.byId("lambda").orElseThrow(), p, LIST).lines().stream()
                .map(CostLine::key).toList();
        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> CostLine.KEY.matcher(k).matches())
                .contains("lambda.requests@x", "lambda.duration.x86_64@x", "lambda.duration.x86_64:init@x",
                        "lambda.requests@init-x", "lambda.duration.x86_64@init-x",
                        "lambda.duration.x86_64:init@init-x");
    }

    @Test
    void aQualifierGoesBeforeTheStepWhichStaysLast() {
        assertThat(CostLine.qualified("lambda.requests", "committed")).isEqualTo("lambda.requests:committed");
        assertThat(CostLine.qualified("lambda.duration.x86_64:init", "committed"))
                .isEqualTo("lambda.duration.x86_64:init-committed");
        // Step x's INIT committed, and step x-committed's INIT: two keys.
        assertThat(CostLine.qualified("lambda.duration.x86_64:init@x", "committed"))
                .isEqualTo("lambda.duration.x86_64:init-committed@x")
                .isNotEqualTo("lambda.duration.x86_64:init@x-committed");
        assertThat(CostLine.KEY.matcher("lambda.duration.x86_64/tier-2:init-committed@x-y").matches()).isTrue();
    }
}
