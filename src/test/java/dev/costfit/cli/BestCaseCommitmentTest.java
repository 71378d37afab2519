package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Where a recommendation under a commitment rests on an "up to" figure: AWS publishes only "up to 66%" for EC2 under
 * a Compute Savings Plan (a best case across instance types, glue-and-discounts-reference.md §9, CS1), where
 * Fargate's, Lambda's and Google's committed rates are published prices. The reasons and the commitment table's
 * verdict must say so, with what published rates alone would recommend.
 */
class BestCaseCommitmentTest {

    private static final String CHAT = "profiles/chat-api.yaml";

    @Test
    void lambdaManagedInstancesWinOnlyOnTheUpTo66PercentAndTheReasonSaysSo() throws Exception {
        // On demand, chat-api's Lambda Managed Instances cost $763.78 a month; the catalog has no published EC2 rate
        // under any option, so at published rates alone under 3 years all upfront they cost the same $763.78, more
        // than Cloud Functions 2nd gen's $720.01 (its Cloud Run CUD is a published 17%). With the "up to 66%" off
        // their c6a.large instances they cost $653.20 and are recommended.
        CliRun onDemand = CliRun.of("recommend", CHAT);
        assertThat(onDemand.out()).contains("$763.78");
        CliRun json = CliRun.of("recommend", CHAT, "--pricing", "savings-plan-3y-all-upfront", "--format", "json");
        JsonNode profile = new ObjectMapper().readTree(json.out()).path("profiles").get(0);
        JsonNode recommendation = profile.path("recommendation");
        assertThat(recommendation.path("platform").asText()).isEqualTo("lambda-managed-instances");
        assertThat(recommendation.path("reasons")).extracting(JsonNode::asText).anyMatch(r -> r.startsWith(
                "Lambda Managed Instances is recommended on a best case: under 3-year commitment, all upfront, its "
                + "month takes AWS's 'up to 66%' off EC2 instances (c6a.large)") && r.contains("not a published "
                + "rate as Cloud Functions 2nd gen's is") && r.contains("at published rates alone Cloud Functions "
                + "2nd gen would be recommended (Cloud Functions 2nd gen $720.01, Lambda Managed Instances $763.78)"));
        String text = CliRun.of("recommend", CHAT, "--pricing", "savings-plan-3y-all-upfront").out()
                .replaceAll("\\s+", " ");
        assertThat(text).contains("to Lambda Managed Instances under 3-year commitment, all upfront (on AWS's 'up "
                + "to' figure, a best case, not a published rate: at published rates alone, Cloud Functions 2nd gen)");
    }

    @Test
    void aRecommendationOnPublishedRatesSaysNothingOfBestCases() throws Exception {
        // Under 1 year no upfront no "up to" figure applies anywhere: no reason about one.
        CliRun json = CliRun.of("recommend", CHAT, "--pricing", "savings-plan-1y", "--format", "json");
        JsonNode reasons = new ObjectMapper().readTree(json.out()).path("profiles").get(0).path("recommendation")
                .path("reasons");
        assertThat(reasons).extracting(JsonNode::asText).noneMatch(r -> r.contains("best case"));
    }
}
