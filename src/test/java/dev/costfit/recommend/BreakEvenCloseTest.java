package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recommendation is not monotone in the rate: where AWS Fargate costs about the simplicity margin more than
 * Amazon EKS, whole tasks and nodes step their costs and the answer takes turns in bands too narrow for the break-even
 * scan to see. The scan reports one change; what it can say besides is where the answers it asked were close to
 * changing ({@link BreakEven#close}). The shipped document summarizer was the case that showed it.
 */
class BreakEvenCloseTest {

    private static final Recommender RECOMMENDER = new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN);
    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            RECOMMENDER);

    /** The document summarizer with Fargate at a 64% target: Fargate about the margin above EKS over decades. */
    private static Profile summarizer() {
        return SweepCloseTest.closeSummarizer("64%");
    }

    private static double cost(List<Assessment> assessments, String platform) {
        return assessments.stream().filter(a -> a.platform().equals(platform)).findFirst().orElseThrow()
                .platformCost();
    }

    @Test
    void theSummarizersCrossingToEksNamesTheZoneWhereFargateIsCloseToChanging() {
        Profile profile = summarizer();
        BreakEven.Crossing above = EVALUATOR.evaluate(profile).recommendation().breakEven().orElseThrow().above()
                .orElseThrow();
        assertThat(above.from()).isEqualTo("fargate");
        assertThat(above.to()).isEqualTo("eks");
        BreakEven.Close close = above.close().orElseThrow();
        assertThat(close.untilCrossing()).isTrue();
        double from = close.first().perSecond();
        double crossing = above.rate().perSecond();
        assertThat(from).isLessThan(crossing / 2.15);
        // By hand at the zone's start: Fargate is chosen within 10% of EKS, and EKS at 1/1.05 of its cost would put
        // Fargate beyond the margin — Fargate / EKS is above 1.1 / 1.05 = 1.0476, and at most 1.1.
        List<Assessment> there = EVALUATOR.assessForSearch(BreakEven.atRate(profile, from));
        double ratio = cost(there, "fargate") / cost(there, "eks");
        assertThat(ratio).isGreaterThan(1.1 / 1.05).isLessThanOrEqualTo(1.1);
        // And the answer does take turns before the crossing: 400 rates from the zone's start to the crossing find
        // EKS and Fargate each recommended at some, and the answer changing many times.
        String last = null;
        int changes = 0;
        int eks = 0;
        for (int i = 0; i <= 400; i++) {
            double rate = from * Math.pow(crossing / from, i / 400.0);
            String id = EVALUATOR.recommendedId(BreakEven.atRate(profile, rate));
            eks += id.equals("eks") ? 1 : 0;
            changes += last != null && !id.equals(last) ? 1 : 0;
            last = id;
        }
        assertThat(eks).isBetween(5, 395);
        // Turns, not one crossing: 9 with CloudWatch's stored logs compressed, 11 before (the glue is alike on
        // both, and moves the ratio's ripples a little).
        assertThat(changes).isGreaterThan(4);
        assertThat(EVALUATOR.evaluate(profile).recommendation().reasons()).anyMatch(r -> r.startsWith(
                "break-even request rate:") && r.contains("Amazon EKS (from " + close.first().display()
                + " on, the answer is within 5% of changing)"));
    }

    @Test
    void aCrossingApproachedFromOneCloseRateAloneNamesNoZone() {
        // A synthetic search: the answer is Lambda up to 9/s, Fargate above, and close to changing only at the last
        // rate the scan asks before the change (the costs converging on it): no zone.
        Profile profile = TestProfiles.parse("name: z\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\n"
                + "timeout: 5s\n");
        BreakEven be = BreakEven.find(profile, new BreakEven.Answer("lambda", 1), p -> {
            double rate = BreakEven.rateOf(p);
            return new BreakEven.Answer(rate < 9 ? "lambda" : "fargate", rate > 4 ? 0.01 : 1);
        });
        assertThat(be.above().orElseThrow().rate().perSecond()).isCloseTo(9, org.assertj.core.data.Offset
                .offset(0.01));
        assertThat(be.above().orElseThrow().close()).isEmpty();
        // Close from 0.4/s on (the profile's own 1/s, then 2.15 and 4.64/s asked): a zone from the first of them.
        BreakEven wide = BreakEven.find(profile, new BreakEven.Answer("lambda", 0.01), p -> {
            double rate = BreakEven.rateOf(p);
            return new BreakEven.Answer(rate < 9 ? "lambda" : "fargate", rate > 0.4 ? 0.01 : 1);
        });
        BreakEven.Close zone = wide.above().orElseThrow().close().orElseThrow();
        assertThat(zone.first().perSecond()).isEqualTo(1.0);
        assertThat(zone.untilCrossing()).isTrue();
        // Close at 0.464/s only, then not: below, the answer nearly changed there — a zone however short.
        BreakEven once = BreakEven.find(profile, new BreakEven.Answer("lambda", 1), p -> {
            double rate = BreakEven.rateOf(p);
            return new BreakEven.Answer(rate > 0.01 ? "lambda" : "none", Math.abs(rate - 0.4642) < 0.001 ? 0.01 : 1);
        });
        BreakEven.Close nearly = once.below().orElseThrow().close().orElseThrow();
        assertThat(nearly.first().perSecond()).isCloseTo(0.4642, org.assertj.core.data.Offset.offset(0.001));
        assertThat(nearly.last()).isEqualTo(nearly.first());
        assertThat(nearly.untilCrossing()).isFalse();
    }

    @Test
    void theReportSaysWhereInPlainWords() {
        String text = sentence(chosen -> new BreakEven(
                java.util.Optional.of(new BreakEven.Crossing(new dev.costfit.units.Rate(0.01), "none", chosen,
                        java.util.Optional.of(new BreakEven.Close(new dev.costfit.units.Rate(0.5),
                                new dev.costfit.units.Rate(0.1), false)))),
                java.util.Optional.of(new BreakEven.Crossing(new dev.costfit.units.Rate(50), chosen, "none",
                        java.util.Optional.of(new BreakEven.Close(new dev.costfit.units.Rate(2),
                                new dev.costfit.units.Rate(2), false)))),
                BreakEven.LOWEST, BreakEven.HIGHEST));
        // Below: the zone in ascending order, whatever the scan met first; above: one rate.
        assertThat(text).isEqualTo("break-even request rate: below 36/h no platform fits (between 6/min and 30/min "
                + "the answer is within 5% of changing); above 50/s no platform fits (at 2/s the answer is within 5% "
                + "of changing)");
    }

    /**
     * The steady API: no change above its rate up to 100,000/s, but at the scan's 92,830/s Amazon EKS is within 5% of
     * taking over from AWS Fargate, simpler and recommended within the 10% margin: from every platform's costs there,
     * ln 1.10 − ln(Fargate / EKS) < 0.05; at the rates asked just before and after it, not. On the node types the
     * case was found with: with the Graviton2 c6g nodes, the close zone runs on to the scan's last rate.
     */
    @Test
    void withNoChangeFoundAReportStillSaysWhereTheAnswerWasClose() throws Exception {
        Profile profile = TestProfiles.parse(java.nio.file.Files.readString(java.nio.file.Path.of(
                "profiles/steady-api.yaml")) + "platforms: {eks: {node_types: "
                + TestProfiles.nodeTypesBeforeAmdAndGraviton2() + "}}\n");
        ProfileResult result = EVALUATOR.evaluate(profile);
        BreakEven be = result.recommendation().breakEven().orElseThrow();
        assertThat(be.above()).isEmpty();
        assertThat(be.closeBelow()).isEmpty();
        BreakEven.Close near = be.closeAbove().orElseThrow();
        double at = near.first().perSecond();
        assertThat(near.last().perSecond()).isEqualTo(at);
        assertThat(near.untilCrossing()).isFalse();
        // The scan's rate: the profile's times 10^(k/3).
        double k = Math.log10(at / BreakEven.rateOf(profile)) * 3;
        assertThat(Math.abs(k - Math.round(k))).isLessThan(1e-9);
        double step = Math.pow(10, 1.0 / 3);
        for (double r : new double[] {at / step, at, Math.min(at * step, be.highest())}) {
            List<Assessment> there = EVALUATOR.assessForSearch(BreakEven.atRate(profile, r));
            assertThat(RECOMMENDER.choose(there).id()).isEqualTo("fargate");
            double slack = Math.log(1.10) - Math.log(cost(there, "fargate") / cost(there, "eks"));
            assertThat(slack < BreakEven.CLOSE).as("close at %s/s", r).isEqualTo(r == at);
        }
        assertThat(result.recommendation().reasons()).anyMatch(r -> r.endsWith("; no change found above, but at "
                + near.first().display() + " the answer is within 5% of changing"));
        // JSON: the zone beside the null crossing, closeBelow null.
        dev.costfit.report.RunInfo run = new dev.costfit.report.RunInfo("test", CATALOG, false, Platforms.ids(),
                false);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.costfit.report.JsonReport().recommend(run, List.of(result))).get("profiles").get(0)
                .get("recommendation").get("breakEven");
        assertThat(json.get("above").isNull()).isTrue();
        assertThat(json.get("closeBelow").isNull()).isTrue();
        assertThat(json.get("closeAbove").get("fromPerSecond").asDouble()).isEqualTo(at);
        assertThat(json.get("closeAbove").get("toPerSecond").asDouble()).isEqualTo(at);
        assertThat(json.get("closeAbove").get("untilCrossing").asBoolean()).isFalse();
    }

    @Test
    void withNoChangeAtAllTheSentenceSaysItHoldsForTheRatesAsked() {
        dev.costfit.units.Rate two = new dev.costfit.units.Rate(2);
        String text = sentence(chosen -> new BreakEven(java.util.Optional.empty(), java.util.Optional.empty(),
                BreakEven.LOWEST, BreakEven.HIGHEST, java.util.Optional.of(new BreakEven.Close(
                new dev.costfit.units.Rate(0.5), new dev.costfit.units.Rate(0.1), false)),
                java.util.Optional.of(new BreakEven.Close(two, two, true))));
        assertThat(text).isEqualTo("break-even: no request rate the search asked between 0.001/s and "
                + "100,000/s changes the recommendation, but between 6/min and 30/min, and from 2/s on, it is within "
                + "5% of changing, and may change between the rates asked");
    }

    /** The break-even sentence a report gives a small service for a break-even made with its chosen platform's id. */
    private static String sentence(java.util.function.Function<String, BreakEven> withChosen) {
        Profile profile = TestProfiles.parse("name: w\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\n"
                + "timeout: 5s\n");
        List<Assessment> assessments = EVALUATOR.assess(profile);
        Recommender.Choice choice = RECOMMENDER.choose(assessments);
        return Reasons.explain(profile, assessments, choice, 0.10, java.util.Optional.of(withChosen.apply(
                choice.id())), id -> id).stream().filter(r -> r.startsWith("break-even")).findFirst().orElseThrow();
    }

    @Test
    void jsonCarriesTheBreakEvenTheReasonsSay() throws Exception {
        dev.costfit.report.RunInfo run = new dev.costfit.report.RunInfo("test", CATALOG, false, Platforms.ids(),
                false);
        List<ProfileResult> results = List.of(EVALUATOR.evaluate(summarizer()));
        com.fasterxml.jackson.databind.JsonNode rec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.costfit.report.JsonReport().recommend(run, results)).get("profiles").get(0)
                .get("recommendation");
        String reason = java.util.stream.StreamSupport.stream(rec.get("reasons").spliterator(), false)
                .map(com.fasterxml.jackson.databind.JsonNode::asText).filter(r -> r.startsWith("break-even"))
                .findFirst().orElseThrow();
        com.fasterxml.jackson.databind.JsonNode above = rec.get("breakEven").get("above");
        assertThat(above.get("from").asText()).isEqualTo("fargate");
        assertThat(above.get("to").asText()).isEqualTo("eks");
        // The unrounded rates print as the sentence prints them.
        assertThat(reason).contains("above " + new dev.costfit.units.Rate(above.get("ratePerSecond").asDouble())
                .display() + " Amazon EKS (from " + new dev.costfit.units.Rate(above.get("closeToChanging")
                .get("fromPerSecond").asDouble()).display() + " on,");
        assertThat(above.get("closeToChanging").get("untilCrossing").asBoolean()).isTrue();
        com.fasterxml.jackson.databind.JsonNode below = rec.get("breakEven").get("below");
        assertThat(reason).contains("below " + new dev.costfit.units.Rate(below.get("ratePerSecond").asDouble())
                .display() + " AWS Lambda would be recommended;");
        assertThat(below.get("closeToChanging").isNull()).isTrue();
        assertThat(rec.get("breakEven").get("lowestPerSecond").asDouble()).isEqualTo(BreakEven.LOWEST);
        // Where no search ran (check, or a report without it), there is no break-even to carry.
        com.fasterxml.jackson.databind.JsonNode without = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.costfit.report.JsonReport().recommend(run, List.of(EVALUATOR.evaluate(summarizer(), false))))
                .get("profiles").get(0).get("recommendation");
        assertThat(without.has("breakEven")).isFalse();
    }
}
