package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The break-even search asks for the recommendation rate after rate through {@link RateSearch}, which leaves out the
 * platforms whose cost at a lower rate already rules them out. Its answers must be exactly those of assessing
 * every platform, rate by rate and in the break-even found (it may ask fewer rates: a count that changes inside a
 * scan step for a platform its bounds show cannot lead there is not looked into), and it must actually leave some
 * out (and decide some rates from Lambda's bracket, without its
 * cold-start model: 113 of 689 here, and leave out cost floors their value at a lower rate rules out); and a
 * report's, which starts from the recommendation its assessments gave at the profile's own rate, must find the same.
 * Where an answer is close to changing ({@link BreakEven#CLOSE}) its slack is that of every platform's assessment, so
 * the zones a report names are the same too.
 */
class RateSearchTest {

    private static final Recommender RECOMMENDER = new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN);
    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            RECOMMENDER);

    @Test
    void theBreakEvenIsExactlyThatOfAssessingEveryPlatform() {
        List<Profile> profiles = new ArrayList<>(TestProfiles.samplesAndPortfolio(41, 20, "b"));
        // A service whose first change a fall of 2nd gen's minimum instances hides inside a scan step.
        profiles.add(TestProfiles.parse(BreakEvenKeptWarmTest.FORTY_TWO_AN_HOUR));
        int asked = 0;
        int assessed = 0;
        int crossings = 0;
        int decided = 0;
        int floorsAsked = 0;
        int floorsWorkedOut = 0;
        int closeZones = 0;
        int skipped = 0;
        int[] fullSlacks = {0};
        for (Profile profile : profiles) {
            Function<Profile, BreakEven.Answer> full = p -> {
                Recommender.Choice choice = EVALUATOR.choose(EVALUATOR.assessForSearch(p));
                return new BreakEven.Answer(choice.id(), RECOMMENDER.slack(choice));
            };
            BreakEven.Answer here = full.apply(profile);
            List<String> every = new ArrayList<>();
            BreakEven all = BreakEven.find(profile, here, p -> {
                BreakEven.Answer answer = full.apply(p);
                every.add(BreakEven.rateOf(p) + " " + answer.id() + (answer.close() ? " close" : ""));
                return answer;
                // The bands of whole units are looked for from another search's exact costs, which never asks an
                // answer: what it knows without assessing is then nothing, so only costs decide where it looks.
            }, keptByEveryPlatform(profile), EVALUATOR.rateSearch(profile));
            RateSearch search = EVALUATOR.rateSearch(profile);
            List<String> bounded = new ArrayList<>();
            BreakEven fewer = BreakEven.find(profile, here, p -> {
                BreakEven.Answer answer = search.apply(p);
                bounded.add(BreakEven.rateOf(p) + " " + answer.id() + (answer.close() ? " close" : ""));
                // Bounds only make the slack smaller, and where they call it close the full one is at hand.
                assertThat(answer.slack()).isLessThanOrEqualTo(full.apply(p).slack() * (1 + 1e-9) + 1e-12);
                if (answer.full() != null) {
                    double exact = full.apply(p).slack();
                    double given = answer.full().getAsDouble();
                    if (exact < BreakEven.CLOSE) {
                        assertThat(given).as(profile.name()).isEqualTo(exact);
                        fullSlacks[0]++;
                    } else {
                        assertThat(given).as(profile.name()).isGreaterThanOrEqualTo(BreakEven.CLOSE);
                    }
                }
                return answer;
            }, search, search);
            // The same answers at the rates it asks, in the same order; it may ask fewer, where a platform's count
            // changes inside a scan step that it shows cannot lead there (WarmChanges: mayComeNear,
            // mayLeadBeforeRise), which asking every platform does not know.
            assertThat(every).as(profile.name()).containsSubsequence(bounded);
            skipped += every.size() - bounded.size();
            assertThat(fewer).as(profile.name()).isEqualTo(all);
            closeZones += (all.below().flatMap(BreakEven.Crossing::close).isPresent() ? 1 : 0)
                    + (all.above().flatMap(BreakEven.Crossing::close).isPresent() ? 1 : 0);
            // A report's search starts from its own answer at the profile's rate: the same break-even.
            assertThat(EVALUATOR.evaluate(profile).recommendation().breakEven()).as(profile.name()).contains(all);
            asked += bounded.size();
            assessed += search.assessed();
            decided += search.decidedByBracket();
            floorsAsked += search.floors()[0];
            floorsWorkedOut += search.floors()[1];
            crossings += (all.below().isPresent() ? 1 : 0) + (all.above().isPresent() ? 1 : 0);
        }
        int platforms = Platforms.all().size();
        System.out.printf("rate search: %d asked (%d fewer than asking every platform), %d decided by the bracket, %d "
                + "assessed, %d crossings (%d with a zone close to changing); %d cost floors asked, %d worked out%n",
                asked, skipped, decided, assessed, crossings, closeZones, floorsAsked, floorsWorkedOut);
        assertThat(crossings).isGreaterThan(8);
        assertThat(closeZones).isPositive();
        // Rates where the bounds called the answer close and the full slack was worked out, and was close.
        assertThat(fullSlacks[0]).isGreaterThan(20);
        // Lambda's bracket (its cold starts only adding INIT) decides a share of the rates asked without its model.
        assertThat(decided).isGreaterThan(asked / 10);
        // Every platform at every rate asked, less what the bounds saved: at least a tenth here.
        assertThat(assessed).isLessThan((int) (0.9 * asked * platforms));
        // A function's floor at a lower rate bounds its floor here (they rise with the load): a floor that bound
        // already puts beyond the margin is not worked out. At least a tenth here.
        assertThat(floorsAsked).isGreaterThan(200);
        assertThat(floorsWorkedOut).isLessThan((int) (0.9 * floorsAsked));
    }

    /**
     * The instances each function keeps warm, from every platform's assessment (a service with a latency SLO; none
     * otherwise), as a search counts them to look past its rates for falls ({@link WarmFalls}).
     */
    private static BreakEven.KeptWarm keptByEveryPlatform(Profile profile) {
        if (!(profile.workload() instanceof dev.costfit.profile.Workload.Service) || profile.latency().isEmpty()) {
            return BreakEven.KeptWarm.NONE;
        }
        return new BreakEven.KeptWarm() {
            @Override
            public List<String> platforms() {
                return Platforms.all().stream().filter(p -> !p.costRisesWithLoad()).map(p -> p.id()).toList();
            }

            @Override
            public double kept(String platform, Profile atRate) {
                return EVALUATOR.assessForSearch(atRate).stream().filter(a -> a.platform().equals(platform))
                        .findFirst().filter(a -> a.usable()).map(a -> a.coldStarts().keptWarm())
                        .orElse(Double.POSITIVE_INFINITY);
            }
        };
    }

    @Test
    void whereTheLlmRateLimitBlocksEveryPlatformNoneIsAssessed() {
        // One LLM call a request against 30 a minute: 0.4/s makes 24 calls a minute, 1/s makes 60, more than the
        // limit on average, which no platform can queue away (LlmCallsTest): nothing is recommended there.
        Profile profile = TestProfiles.parse("name: l\ntraffic: {rate: 0.4/s}\nduration: 10s\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 20\nllm: {model: claude-sonnet-4, "
                + "input_tokens: 1500, output_tokens: 400, rate_limit_rpm: 30}\n");
        RateSearch search = EVALUATOR.rateSearch(profile);
        Profile over = BreakEven.atRate(profile, 1);
        assertThat(search.apply(over).id()).isEqualTo(EVALUATOR.recommendedId(over)).isEqualTo("none");
        assertThat(search.assessed()).isZero();
        assertThat(search.apply(profile).id()).isEqualTo(EVALUATOR.recommendedId(profile)).isNotEqualTo("none");
        assertThat(search.assessed()).isPositive();
    }
}
