package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.pricing.SpotSaving;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * EKS Spot figures for the families catalogued before m5a in the six regions added on 2026-12-07 (us-west-1,
 * ca-central-1, sa-east-1, eu-west-3, eu-north-1, ap-northeast-2), read by hand from the feed the catalog cites.
 *
 * <p>Source: https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json as embedded in alexei-led/spotinfo at
 * commit 5eedf20 (2025-06-28), file internal/spot/data/spot-advisor-data.json: spot_advisor, region, "Linux", type,
 * "s" (savings over on-demand, %) and "r" (the index into "ranges": 0 "&lt;5%", 1 "5-10%", 2 "10-15%",
 * 3 "15-20%", 4 "&gt;20%").
 */
class EksSpotOlderFamiliesNewRegionsTest {

    /** The mean of the feed's "s" values, as the catalog rounds it (a half to the even percent). */
    private static double mean(int... savings) {
        return Math.rint(IntStream.of(savings).sum() / (double) savings.length) / 100;
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
