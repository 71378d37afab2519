package dev.costfit.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue services outside us-east-1 (the glue-regions pass of 2026-12-07). Before it a profile in another region
 * had its queue, logs, traces and secrets left out of the bill with a note; now they are lines at the region's own
 * prices, here Ireland's, end to end through `costfit check`.
 */
class GlueRegionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * 104,857,600 messages a month (about 40 a second, flat), one at a time, each logging 1 KB: 100 GiB of logs.
     * The rate keeps the long polls busy, so the empty receives are exp(-40 x 20 / 5) of 5 pollers' 0.25 a second:
     * nothing to count.
     */
    private static final String WORKER = """
            version: 1
            name: worker
            region: eu-west-1
            traffic: {rate: 104.8576M/month, pattern: flat}
            duration: 200ms
            memory: 512MB
            timeout: 60s
            front_door: none
            network: {clients: vpc}
            trigger: queue
            delivery: {batch_size: 1}
            payload: {request: 2KB}
            observability: {log_bytes_per_request: 1KB, retention_days: 30}
            """;

    private static double cost(JsonNode assessment, String keyPrefix) {
        double sum = 0;
        boolean found = false;
        for (JsonNode line : assessment.get("lines")) {
            if (line.get("key").asText().startsWith(keyPrefix)) {
                sum += line.get("monthlyCost").asDouble();
                found = true;
            }
        }
        assertThat(found).as("a %s line on %s", keyPrefix, assessment.get("platform").asText()).isTrue();
        return sum;
    }

    @Test
    void aQueueWorkerInIrelandBillsItsQueueAndLogsAtIrelandsPrices(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("worker.yaml");
        Files.writeString(profile, WORKER);
        CliRun run = CliRun.of("check", profile.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out()).get("profiles").get(0);
        assertThat(report.get("region").asText()).isEqualTo("eu-west-1");
        int checked = 0;
        for (JsonNode a : report.get("assessments")) {
            String platform = a.get("platform").asText();
            if (!platform.equals("lambda") && !platform.equals("fargate")) {
                continue;
            }
            assertThat(a.get("priced").asBoolean()).as(platform + " " + a.path("unpriced").asText()).isTrue();
            assertThat(a.get("notes").toString()).as(platform).doesNotContain("is not priced in eu-west-1");
            // SQS at $0.40 per million (queueservice.json, "Standard per Requests", "EU (Ireland)"): a SendMessage,
            // a ReceiveMessage and a DeleteMessageBatch per message, 3 x 104,857,600 = 314,572,800 requests,
            // $125.82912.
            assertThat(cost(a, "sqs.requests:send")).isCloseTo(41.94304, within(1e-9));
            assertThat(cost(a, "sqs.requests:consume")).isCloseTo(83.88608, within(1e-9));
            assertThat(cost(a, "sqs.requests:empty-receive")).isCloseTo(0, within(1e-9));
            // 100 GiB ingested at Ireland's $0.57 per GB (cloudwatch.json, "Logs Collected Data Ingestion" for a
            // container's logs, "Vended Logs First 10TB" for Lambda's, both 0.57 in "EU (Ireland)"), $57.00 where
            // Virginia's is $50.00.
            String ingestion = platform.equals("lambda") ? "cloudwatch.logs.vended" : "cloudwatch.logs.ingestion";
            assertThat(cost(a, ingestion)).isCloseTo(57.00, within(1e-9));
            // Stored 30 days of the 30.42-day month, compressed to 15% (the AWS Pricing Calculator's factor), at
            // $0.03 per GB-month ("Stored Data", "EU (Ireland)"): 100 x 0.15 x 30 / (730 / 24) = 14.794521
            // GB-months, $0.443836.
            assertThat(cost(a, "cloudwatch.logs.storage")).isCloseTo(100 * 0.15 * 30 / (730 / 24.0) * 0.03,
                    within(1e-9)).isCloseTo(0.443836, within(1e-6));
            // The month's glue: $125.82912 + $57.00 + $0.443836 = $183.272956.
            double glue = cost(a, "sqs.requests") + cost(a, ingestion) + cost(a, "cloudwatch.logs.storage");
            assertThat(glue).isCloseTo(183.272956, within(1e-6));
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }
}
