package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform that fits but lacks a price is "not priced here", never "does not fit"; a profile can keep the
 * comparison on one cloud; profiles the break-even search once crashed on are priced.
 */
class UnpricedAndCloudsTest {

    private static final String CHAT = "profiles/chat-api.yaml";

    @Test
    void aRegionWithoutAwsPricesIsAPartialComparisonNotAnInfeasibleProfile() throws IOException {
        // The catalog has Google prices near af-south-1 but not Fargate's, EKS's or all of Lambda's there.
        CliRun run = CliRun.of("recommend", CHAT, "--region", "af-south-1", "--format", "json",
                "--fail-on", "infeasible");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode profile = new ObjectMapper().readTree(run.out()).get("profiles").get(0);
        for (JsonNode a : profile.get("assessments")) {
            if (a.get("platform").asText().equals("fargate")) {
                assertThat(a.get("feasible").asBoolean()).isTrue();
                assertThat(a.get("priced").asBoolean()).isFalse();
                assertThat(a.get("unpriced").asText()).contains("fargate.vcpu.x86_64").contains("af-south-1");
            }
        }
        String reasons = profile.get("recommendation").get("reasons").toString();
        assertThat(reasons).contains("the comparison is partial: no AWS platform could be priced here")
                .contains("AWS Fargate fits but is not priced here").doesNotContain("AWS Fargate does not fit")
                .doesNotContain("platforms that fit:");
        CliRun unpriced = CliRun.of("recommend", CHAT, "--region", "af-south-1", "--fail-on", "unpriced");
        assertThat(unpriced.exitCode()).isEqualTo(ExitCodes.POLICY);
        assertThat(unpriced.err()).contains("costfit: policy unpriced: chat-api fits").contains("AWS Fargate");
    }

    @Test
    void overBudgetWithoutAnyBudgetIsNotACrash() {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--fail-on", "over-budget");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void cloudsKeepsTheComparisonOnAws(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("chat.yaml");
        Files.writeString(profile, Files.readString(Path.of(CHAT)) + "clouds: [aws]\n");
        CliRun run = CliRun.of("recommend", profile.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode p = new ObjectMapper().readTree(run.out()).get("profiles").get(0);
        assertThat(p.get("assessments")).allSatisfy(a -> assertThat(a.get("platform").asText())
                .isIn("lambda", "lambda-managed-instances", "fargate", "eks"));
        assertThat(p.get("recommendation").get("reasons").toString()).contains("only AWS platforms were compared");
        // Without it, a Google recommendation says it leaves AWS and what staying costs.
        CliRun both = CliRun.of("recommend", CHAT);
        assertThat(both.out()).contains("runs on Google Cloud (us-east4), not on AWS");
    }

    @Test
    void aRareLongRequestIsPricedAndItsBreakEvenStaysWhereTheModelHolds(@TempDir Path dir) throws IOException {
        // One request a minute of four hours once sent the break-even search to 100,000/s x 4 h = 1.44e9 in
        // flight, beyond what a Poisson table holds, and recommend exited 1.
        Path profile = dir.resolve("long.yaml");
        Files.writeString(profile, "name: long\ntraffic: {rate: 1/min}\nduration: 4h\nmemory: 1GB\ntimeout: 5h\n");
        CliRun run = CliRun.of("recommend", profile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun sweep = CliRun.of("breakeven", profile.toString(), "--vary", "rate");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    }
}
