package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** --pricing end to end: the commitment table in each format, and bad input. */
class PricingOptionCliTest {

    @Test
    void underAThreeYearPlanTheJsonComparesEveryOptionAndSaysWhetherTheAnswerChanges() throws Exception {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--format", "json", "--platforms",
                "lambda,fargate,eks", "--pricing", "savings-plan-3y-all-upfront");
        assertThat(run.exitCode()).isZero();
        JsonNode pricing = new ObjectMapper().readTree(run.out()).path("profiles").get(0).path("pricing");
        assertThat(pricing.path("inForce").asText()).isEqualTo("savings-plan-3y-all-upfront");
        assertThat(pricing.path("options")).extracting(JsonNode::asText).containsExactly("on-demand",
                "savings-plan-1y", "savings-plan-1y-all-upfront", "savings-plan-3y", "savings-plan-3y-all-upfront");
        assertThat(pricing.path("changesRecommendation").asBoolean()).isFalse();
        JsonNode lambda = pricing.path("platforms").get(0);
        assertThat(lambda.path("platform").asText()).isEqualTo("lambda");
        // Lambda's duration is committed (the exact rate: CommitmentsTest), so 3 years all upfront costs less.
        double onDemand = lambda.path("platformCost").get(0).asDouble();
        double committed = lambda.path("platformCost").get(4).asDouble();
        assertThat(committed).isLessThan(onDemand);
        assertThat(run.out()).contains("lambda.duration.arm64:committed");
    }

    @Test
    void onDemandReportsHaveNoCommitmentTable() {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--format", "markdown");
        assertThat(run.out()).doesNotContain("under each commitment");
        CliRun committed = CliRun.of("recommend", "profiles/steady-api.yaml", "--format", "markdown", "--pricing",
                "savings-plan-3y");
        assertThat(committed.out()).contains("under each commitment").contains("| Recommended |")
                .contains("3y all upfront");
    }

    @Test
    void anUnknownPricingOptionIsBadInput() {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--pricing", "savings-plan-5y");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("savings-plan-5y").contains("savings-plan-3y").doesNotContain("Exception");
    }
}
