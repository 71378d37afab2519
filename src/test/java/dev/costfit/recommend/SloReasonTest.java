package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A latency SLO the profile states is named in the reasons whether or not it costs anything: with warm capacity
 * bought ("provisioned concurrency: ..., the fewest that meet the latency SLO in every hour") or held with nothing
 * kept warm (an expert review found an SLO the answer rested on never mentioned where it held for free).
 */
class SloReasonTest {

    private static List<String> reasons(String extra) {
        return Evaluators.listPrices("lambda").evaluate(TestProfiles.parse("name: slo\ntraffic: {rate: 20/s}\n"
                + "duration: 200ms\nmemory: 1GB\ntimeout: 10s\nruntime: python\n" + extra))
                .recommendation().reasons();
    }

    @Test
    void anSloHeldWithNothingKeptWarmIsSaid() {
        // 20 requests a second keep Lambda's environments warm: python's 300 ms cold starts fall within 1 s anyway.
        assertThat(reasons("latency: {cold_start_budget: 1s, cold_start_share: 1%}\n")).anySatisfy(r ->
                assertThat(r).startsWith("the latency SLO (at most 1% of requests waiting more than 1 s for a cold "
                        + "start) holds on AWS Lambda with nothing kept warm: "));
        assertThat(reasons("")).noneMatch(r -> r.contains("latency SLO"));
    }

    @Test
    void anSloThatBuysWarmCapacitySaysWhatItBuysInstead() {
        // A 100 ms budget that python's 300 ms cold start breaks on every cold request, allowed on 0.001% of them.
        List<String> bought = reasons("latency: {cold_start_budget: 100ms, cold_start_share: 0.001%}\n");
        assertThat(bought).anySatisfy(r -> assertThat(r).startsWith("provisioned concurrency: ")
                .contains("the fewest that meet the latency SLO in every hour; without it "));
        // Said once: the reason once read "to meet the latency SLO: ... to meet the latency SLO".
        assertThat(bought).noneMatch(r -> r.indexOf("latency SLO") != r.lastIndexOf("latency SLO"));
        assertThat(bought).noneMatch(r -> r.contains("with nothing kept warm"));
    }
}
