package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings table as a report shows it (--explain) and as JSON writes it (`tradeOff[]`): the same rows, the
 * chosen one at the platform's month, and none chosen where the platform does not fit.
 */
class TradeOffReportTest {

    @TempDir
    Path dir;

    private Path profile(String yaml) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static JsonNode assessment(JsonNode report, String platform) {
        for (JsonNode a : report.get("profiles").get(0).get("assessments")) {
            if (a.get("platform").asText().equals(platform)) {
                return a;
            }
        }
        throw new AssertionError("no " + platform);
    }

    private static List<JsonNode> chosen(JsonNode assessment) {
        List<JsonNode> chosen = new ArrayList<>();
        assessment.get("tradeOff").forEach(o -> {
            if (o.get("chosen").asBoolean()) {
                chosen.add(o);
            }
        });
        return chosen;
    }

    /** The text of the settings table of {@code name}: from its heading to the next blank line. */
    private static String table(String out, String name) {
        int from = out.indexOf("Settings of " + name);
        assertThat(from).as(name).isNotNegative();
        return out.substring(from, out.indexOf("\n\n", from));
    }

    @Test
    void aPlatformThatDoesNotFitChoosesNoSettingInTextAndJson() throws Exception {
        // 20-minute tasks: Lambda's 15 minutes hold none at any memory; Fargate runs them.
        Path file = profile("kind: job\nname: long\nschedule: {runs: 30/month, tasks: 4, duration: 20min}\n"
                + "cpu_time: 15min\nmemory: 2GB\n");
        CliRun text = CliRun.of("recommend", file.toString(), "--explain", "--platforms", "lambda,fargate");
        assertThat(text.exitCode()).as(text.err()).isZero();
        String lambda = table(text.out(), "AWS Lambda");
        assertThat(lambda).startsWith("Settings of AWS Lambda (none chosen: AWS Lambda does not fit):")
                .doesNotContain("chosen\n").contains("does not fit: run time");
        assertThat(table(text.out(), "AWS Fargate")).contains("← chosen");
        CliRun json = CliRun.of("recommend", file.toString(), "--platforms", "lambda,fargate", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(chosen(assessment(report, "lambda"))).isEmpty();
        assertThat(assessment(report, "lambda").get("tradeOff").size()).isGreaterThan(1);
        JsonNode fargate = assessment(report, "fargate");
        assertThat(chosen(fargate)).hasSize(1);
        assertThat(chosen(fargate).get(0).get("platformCost").asDouble())
                .isEqualTo(fargate.get("platformCost").asDouble());
    }

    @Test
    void aQueueFedPlatformsChosenRowIsItsMonthWithTheQueue() throws Exception {
        // 788.4M messages a month: Lambda's month includes $946.08 of SQS requests, and so does its chosen row.
        Path file = profile("name: api\ntraffic: {rate: 300/s}\nduration: 80ms\ncpu_time: 30ms\nmemory: 1GB\n"
                + "runtime: node\ntimeout: 30s\ntrigger: queue\n");
        JsonNode report = new ObjectMapper().readTree(CliRun.of("recommend", file.toString(), "--platforms",
                "lambda", "--format", "json").out());
        JsonNode lambda = assessment(report, "lambda");
        double sqs = 0;
        for (JsonNode line : lambda.get("lines")) {
            sqs += line.get("key").asText().startsWith("sqs.") ? line.get("monthlyCost").asDouble() : 0;
        }
        assertThat(sqs).isEqualTo(946.08, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(chosen(lambda)).hasSize(1);
        assertThat(chosen(lambda).get(0).get("platformCost").asDouble())
                .isEqualTo(lambda.get("platformCost").asDouble());
        String text = CliRun.of("recommend", file.toString(), "--explain", "--platforms", "lambda").out();
        assertThat(table(text, "AWS Lambda")).contains(dev.costfit.units.Money.format(
                lambda.get("platformCost").asDouble()) + "  ← chosen");
    }
}
