package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.report.JsonReport;
import dev.costfit.report.RunInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a run keeps for every profile (PricingContext#reusedAcrossProfiles: the node types a profile may use and
 * their prices, the node types each EKS pod size and each Lambda Managed Instances environment fits, Fargate's task
 * sizes, runtime and start-up checks) is keyed by every input it depends on, so a profile priced after
 * others gets the same report as priced alone, in whatever order, on one thread or two. The generated profiles all
 * run in one region with the default node types: each has variants that differ from it in one input the store's
 * keys name (the region, Spot nodes, the architecture, the storage, named node types), which a key missing that
 * input would price as the profile itself.
 */
class AcrossProfilesTest {

    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, Platforms.ids(), false);

    @Test
    void aProfilePricedAfterOthersIsPricedAsAlone() {
        // Each variant differs from its profile in one input.
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(31, 16, "a", yaml -> List.of(
                TestProfiles.parse(yaml.replace("region: us-east-1", "region: eu-west-1")),
                TestProfiles.parse(yaml + "platforms: {eks: {spot: true}}\n"),
                TestProfiles.parse(yaml + "architecture: any\n"),
                TestProfiles.parse(yaml + "storage: 4TB\n"),
                TestProfiles.parse(yaml + "platforms: {eks: {node_types: [m7i.large, m7g.xlarge, c7i.2xlarge, "
                        + "g5.xlarge]}}\n")));
        List<Profile> backwards = new ArrayList<>(profiles);
        Collections.reverse(backwards);
        Evaluator forwardRun = evaluator();
        Evaluator backwardRun = evaluator();
        List<String> forward = profiles.stream().map(p -> json(forwardRun.evaluate(p))).toList();
        List<String> backward = new ArrayList<>(backwards.stream().map(p -> json(backwardRun.evaluate(p))).toList());
        Collections.reverse(backward);
        // Two threads sharing one run, each half of the profiles.
        Evaluator twoThreads = evaluator();
        List<String> parallel = profiles.parallelStream().map(p -> json(twoThreads.evaluate(p))).toList();
        int compared = 0;
        int eksPriced = 0;
        for (int i = 0; i < profiles.size(); i++) {
            ProfileResult aloneResult = evaluator().evaluate(profiles.get(i));
            String alone = json(aloneResult);
            String where = profiles.get(i).name() + " (" + i + ")";
            assertThat(forward.get(i)).as(where).isEqualTo(alone);
            assertThat(backward.get(i)).as(where).isEqualTo(alone);
            assertThat(parallel.get(i)).as(where).isEqualTo(alone);
            compared++;
            eksPriced += aloneResult.assessments().stream()
                    .anyMatch(a -> a.platform().equals("eks") && a.usable()) ? 1 : 0;
        }
        assertThat(compared).isGreaterThanOrEqualTo(100);
        assertThat(eksPriced).isGreaterThan(60);
    }

    /**
     * The store keeps what profiles share, not what each rate makes: every sample profile and its copies at eight
     * other rates (each with its break-even search, which asks some 25 rates of its own) leave the store the values
     * the samples left, and a few more (the pod fits and task sizes a rate outside the samples' searches asks).
     * Keyed by what a rate changes (an EKS service's spare pod slots, until 2026-12-07), a run's store filled: 6,000
     * generated profiles left 1,516 such texts in it, and every value it keeps was then worked out anew at every
     * assessment.
     */
    @Test
    void theStoreAcrossProfilesKeepsWhatProfilesShareNotWhatEachRateMakes() {
        PricingContext context = new PricingContext(CATALOG, false);
        Evaluator run = new Evaluator(Platforms.all(), context, new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
        List<Profile> samples = TestProfiles.samples();
        samples.forEach(run::evaluate);
        int kept = context.acrossProfiles().size();
        int copies = 0;
        for (Profile sample : samples) {
            if (!(sample.workload() instanceof dev.costfit.profile.Workload.Service)) {
                continue;
            }
            double own = SweepVariable.RATE.current(sample);
            for (double times : new double[] {0.01, 0.03, 0.1, 0.3, 3, 10, 30, 100}) {
                run.evaluate(SweepVariable.RATE.apply(sample, own * times));
                copies++;
            }
        }
        assertThat(kept).isPositive();
        assertThat(copies).isGreaterThanOrEqualTo(32);
        assertThat(context.acrossProfiles().size()).as("kept after the samples: %d", kept)
                .isLessThanOrEqualTo(kept + 12);
    }

    /** A run's evaluator: one context, whose store across profiles every profile it prices shares. */
    private static Evaluator evaluator() {
        return new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
    }

    private static String json(ProfileResult result) {
        return new JsonReport().recommend(RUN, List.of(result));
    }
}
