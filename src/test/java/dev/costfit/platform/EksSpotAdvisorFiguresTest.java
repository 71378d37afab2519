package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.pricing.SpotSaving;
import dev.costfit.profile.Profile;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * EKS Spot figures added on 2026-12-07, read by hand from the feed the catalog cites: the AMD and Graviton2 node
 * families (m5a ... t3a, m6g, c6g, r6g), with a Spot profile on one of them priced at its figure, not at the
 * catalog's estimate ec2.spot.saving (60%); and the families catalogued before them in the six regions added that
 * day (us-west-1, ca-central-1, sa-east-1, eu-west-3, eu-north-1, ap-northeast-2).
 *
 * <p>Source: https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json as embedded in alexei-led/spotinfo at
 * commit 5eedf20 (2025-06-28), file internal/spot/data/spot-advisor-data.json: spot_advisor, region, "Linux", type,
 * "s" (savings over on-demand, %) and "r" (the index into "ranges": 0 "&lt;5%", 1 "5-10%", 2 "10-15%",
 * 3 "15-20%", 4 "&gt;20%"). The catalog's figure is the mean of "s" over the family's sizes it prices in the region,
 * rounded to a whole percent (a half to the even one, as for its r5 in eu-central-1: 66.5 to 66).
 */
class EksSpotAdvisorFiguresTest {

    /** The mean of the feed's "s" values, as the catalog rounds it. */
    private static double mean(int... savings) {
        return Math.rint(IntStream.of(savings).sum() / (double) savings.length) / 100;
    }

    @Test
    void c6gInUsEast1IsTheMeanOfItsSevenSizes() {
        // us-east-1, Linux: c6g.large s 59 r 1, xlarge 61/1, 2xlarge 66/0, 4xlarge 71/0, 8xlarge 71/0,
        // 12xlarge 74/0, 16xlarge 73/0: 475 / 7 = 67.86, catalogued as 68%; buckets 0 to 1.
        SpotSaving s = CATALOG.spotSaving("c6g.xlarge", "us-east-1").orElseThrow();
        assertThat(s.family()).isEqualTo("c6g");
        assertThat(s.fraction()).isCloseTo(mean(59, 61, 66, 71, 71, 74, 73), within(1e-12));
        assertThat(s.fraction()).isCloseTo(0.68, within(1e-12));
        assertThat(s.interruption()).isEqualTo("<5% to 5-10%");
        assertThat(s.effective()).hasToString("2025-06-28");
        assertThat(s.source()).contains("spot-advisor-data.json").contains("alexei-led/spotinfo commit 5eedf20");
    }

    @Test
    void r5aInMumbaiIsAHalfRoundedToEven() {
        // ap-south-1, Linux: r5a.large s 61 r 0, xlarge 52/1, 2xlarge 51/1, 4xlarge 51/1, 8xlarge 50/1,
        // 12xlarge 52/0, 16xlarge 51/1, 24xlarge 52/1: 420 / 8 = 52.5, catalogued as 52%; buckets 0 to 1.
        SpotSaving s = CATALOG.spotSaving("r5a.large", "ap-south-1").orElseThrow();
        assertThat(s.fraction()).isCloseTo(mean(61, 52, 51, 51, 50, 52, 51, 52), within(1e-12));
        assertThat(s.fraction()).isCloseTo(0.52, within(1e-12));
        assertThat(s.interruption()).isEqualTo("<5% to 5-10%");
    }

    @Test
    void aSpotProfileOnC6gTakesItsAdvisorFigureNotTheEstimate() {
        // The estimate would take 60% off; c6g's figure in us-east-1 takes 68%. c6g.xlarge on demand $0.136 an hour
        // (pricing page data, us-east-1) -> Spot 0.136 x 0.32 = $0.04352. Fifteen 1-vCPU pods, three per node:
        // five nodes, three of them on demand, two on Spot.
        assertThat(CATALOG.estimate("ec2.spot.saving").value().magnitude()).isEqualTo(0.60);
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 2000/s, pattern: flat}\nduration: 40ms\n"
                + "cpu_time: 5ms\nmemory: 256MB\ntimeout: 5s\nconcurrency_per_instance: 20\nfront_door: alb\n"
                + "architecture: arm64\nregion: us-east-1\n"
                + "platforms: {eks: {spot: true, on_demand_base: 3, node_types: [c6g.xlarge]}}\n");
        Assessment a = Platforms.assess(new EksPlatform(), p, new PricingContext(CATALOG, false));
        Map<String, CostLine> lines = a.lines().stream().collect(Collectors.toMap(CostLine::key, l -> l));
        assertThat(lines.get("eks.nodes").unitPrice()).isEqualTo(0.136);
        assertThat(lines.get("eks.nodes:spot").unitPrice()).isCloseTo(0.136 * (1 - 0.68), within(1e-12));
        assertThat(lines.get("eks.nodes:spot").quantity()).isCloseTo(2 * 730, within(1e-9));
        assertThat(a.notes()).anyMatch(n -> n.contains("68% off")
                && n.contains("the Spot Instance Advisor's average saving for c6g in us-east-1")
                && n.contains("interruptions <5% to 5-10% a month"));
        assertThat(a.notes()).noneMatch(n -> n.contains("the catalog's default Spot saving"));
    }

    @Test
    void c6iInParisIsTheMeanOfItsNineSizes() {
        // eu-west-3, Linux: c6i.large s 64 r 3, xlarge 60/4, 2xlarge 59/4, 4xlarge 62/4, 8xlarge 58/4,
        // 12xlarge 56/4, 16xlarge 62/4, 24xlarge 67/4, 32xlarge 67/4: 555 / 9 = 61.67, catalogued as 62%;
        // buckets 3 to 4.
        SpotSaving s = CATALOG.spotSaving("c6i.xlarge", "eu-west-3").orElseThrow();
        assertThat(s.family()).isEqualTo("c6i");
        assertThat(s.fraction()).isCloseTo(mean(64, 60, 59, 62, 58, 56, 62, 67, 67), within(1e-12));
        assertThat(s.fraction()).isCloseTo(0.62, within(1e-12));
        assertThat(s.interruption()).isEqualTo("15-20% to >20%");
        assertThat(s.effective()).hasToString("2025-06-28");
        assertThat(s.source()).contains("spot-advisor-data.json").contains("alexei-led/spotinfo commit 5eedf20");
    }

    @Test
    void m8gInSaoPauloHasNoFigureAsTheFeedHasNoneOfItsSizes() {
        // sa-east-1, Linux: the feed lists no m8g type at all, so the catalog's estimate applies there.
        assertThat(CATALOG.spotSaving("m8g.large", "sa-east-1")).isEmpty();
    }
}
