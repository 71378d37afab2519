package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.cli.CliRun;
import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.units.Quantity;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog limit or estimate of 0 is refused at the value (file:line:column, exit 2) unless 0 means "none" for
 * its key. Before, an overlay's 0 reached the engine: "Poisson mean out of range" or "a non-finite number reached a
 * report" (exit 1) for ten limits, and LMI's least memory per vCPU at 0 ran on for more than a minute.
 */
class ValuesAtZeroTest {

    /** The limits that may be 0: floors, allowances included, a base size, a fee (ValuesAtZero says why each). */
    private static final Set<String> LIMITS_AT_ZERO = Set.of("lambda.memory.min", "lambda.tmp.included",
            "lambda.streaming.uncapped", "lambda.streaming.unbilled", "fargate.billing.minimum",
            "fargate.storage.included", "gcf2.billing.instance-minimum", "gcf2.gpu.vcpu.min", "gcf2.gpu.memory.min",
            "gcf2.gpu.quota",
            "pubsub.request.min", "stepfunctions.express.memory.base", "lmi.management-fee", "lmi.memory.min",
            "lmi.vcpu.min");

    /** The review's failures at 0 (exit 1 or a run of more than a minute), and two more this change found. */
    private static final List<String> FAILED_AT_ZERO = List.of("lambda.memory.max", "lambda.vcpu.max",
            "lambda.billing.granularity", "gcf1.billing.granularity", "lambda.scaling.environments",
            "alb.lcu.new-connections", "alb.lcu.active-connections", "alb.lcu.processed", "gcf1.ghz-per-vcpu",
            "lmi.memory-per-vcpu.min", "sqs.long-poll.wait", "lmi.instances.min");

    private static boolean estimateMayBeZero(String key) {
        return key.startsWith("coldstart.") || key.startsWith("startup.") || Set.of("cloudwatch.logs.stored-share",
                "fargate.spot.discount", "ec2.spot.saving", "fargate.image-download-share").contains(key);
    }

    /** 0 in the unit of the value's kind, as an overlay writes it. */
    private static String zero(Quantity value) {
        return value instanceof DataSize ? "0MB" : value instanceof TimeSpan ? "0s" : value instanceof Rate ? "0/s"
                : value instanceof Percent ? "0%" : "0";
    }

    @Test
    void everyLimitAndEstimateAtZeroIsRefusedAtItsValueUnlessZeroMeansNone(@TempDir Path dir) throws Exception {
        Catalog embedded = new CatalogLoader(Optional.empty()).embedded();
        StringBuilder yaml = new StringBuilder("date: 2026-12-01\n");
        // The line and column of each key's value, and what a refusal must say there.
        Map<String, String> expected = new LinkedHashMap<>();
        Path file = dir.resolve("zeros.yaml");
        int line = 1;
        for (String section : List.of("limits", "estimates")) {
            yaml.append(section).append(":\n");
            line++;
            Map<String, CatalogValue> values = section.equals("limits") ? embedded.limits() : embedded.estimates();
            for (String key : new TreeSet<>(values.keySet())) {
                String written = zero(values.get(key).value());
                String entry = "  - {key: " + key + ", value: " + written + ", source: https://example.com}";
                yaml.append(entry).append('\n');
                line++;
                boolean mayBeZero = section.equals("limits") ? LIMITS_AT_ZERO.contains(key) : estimateMayBeZero(key);
                if (!mayBeZero) {
                    expected.put(key, file + ":" + line + ":" + (entry.indexOf(written) + 1) + ": " + section
                            + "[line " + line + "].value: found " + written + ", expected more than 0: " + key
                            + " bounds or divides what costfit prices");
                }
            }
        }
        Files.writeString(file, yaml);
        List<String> rendered = new ArrayList<>();
        try {
            new CatalogLoader(Optional.empty()).load(List.of(file));
        } catch (InputException e) {
            e.problems().stream().map(Problem::render).forEach(rendered::add);
        }
        // One problem per refused key, at its value; none for the keys that may be 0.
        assertThat(rendered).hasSize(expected.size());
        expected.forEach((key, start) -> assertThat(rendered).as(key).anyMatch(m -> m.startsWith(start)));
        assertThat(expected.keySet()).containsAll(FAILED_AT_ZERO);
        // Nearly every limit bounds or divides (84 of 98 in the catalog of 2026-12-02); every refusal is one of them.
        assertThat(expected.keySet().stream().filter(embedded.limits()::containsKey).count())
                .isEqualTo(embedded.limits().size() - LIMITS_AT_ZERO.size());
    }

    @Test
    void theValuesThatMayBeZeroLoadAsZeroAndPriceEveryExampleProfile(@TempDir Path dir) throws Exception {
        Catalog embedded = new CatalogLoader(Optional.empty()).embedded();
        StringBuilder yaml = new StringBuilder("date: 2026-12-01\nlimits:\n");
        for (String key : new TreeSet<>(LIMITS_AT_ZERO)) {
            yaml.append("  - {key: ").append(key).append(", value: ").append(zero(embedded.limit(key).value()))
                    .append(", source: https://example.com}\n");
        }
        yaml.append("estimates:\n");
        for (String key : new TreeSet<>(embedded.estimates().keySet())) {
            if (estimateMayBeZero(key)) {
                yaml.append("  - {key: ").append(key).append(", value: ")
                        .append(zero(embedded.estimate(key).value())).append(", source: https://example.com}\n");
            }
        }
        Path file = Files.writeString(dir.resolve("zeros.yaml"), yaml);
        Catalog zeros = new CatalogLoader(Optional.empty()).load(List.of(file));
        assertThat(LIMITS_AT_ZERO.stream().collect(Collectors.toMap(k -> k, k -> zeros.limit(k).value()
                .magnitude()))).allSatisfy((key, value) -> assertThat(value).as(key).isZero());
        // Every example profile priced with all of them at 0 at once: figures, no NaN or Infinity, no error.
        CliRun run = CliRun.of("recommend", "profiles/", "--format", "json", "--catalog", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void theReviewsOverlaysEndWithExitTwoAtTheValueNotAnInternalErrorOrAHang(@TempDir Path dir) throws Exception {
        // The review's template: date, then one limit of 0 in block style; the value is at line 4, column 12.
        for (String limit : List.of("lambda.memory.max|0MB", "lmi.memory-per-vcpu.min|0GB", "alb.lcu.processed|0GB",
                "gcf1.billing.granularity|0ms")) {
            String[] kv = limit.split("\\|");
            Path file = Files.writeString(dir.resolve("limit.yaml"), "date: 2026-12-01\nlimits:\n  - key: " + kv[0]
                    + "\n    value: " + kv[1] + "\n    source: https://x\n");
            long started = System.nanoTime();
            CliRun run = CliRun.of("recommend", "profiles/chat-api.yaml", "--catalog", file.toString());
            assertThat(run.exitCode()).as(limit).isEqualTo(2);
            assertThat(run.err()).as(limit).startsWith(file + ":4:12: limits[line 3].value: found " + kv[1]
                    + ", expected more than 0: " + kv[0]);
            assertThat(run.err()).doesNotContain("internal error");
            assertThat((System.nanoTime() - started) / 1e9).as(limit).isLessThan(30);
        }
    }

    @Test
    void aNegativeValueIsRefusedAtItsValueAndASmallPositiveOneIsAccepted(@TempDir Path dir) throws Exception {
        Path negative = Files.writeString(dir.resolve("negative.yaml"),
                "date: 2026-12-01\nlimits:\n  - {key: lambda.memory.max, value: -1MB, source: https://x}\n");
        assertThatThrownBy(() -> new CatalogLoader(Optional.empty()).load(List.of(negative)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(negative + ":3:37: limits[line 3].value: found '-1MB': the value cannot be "
                        + "negative");
        // The rule is "more than 0", not a judgement of sizes: 1 MB as Lambda's largest memory loads (it then fits
        // nothing, which the limit check says).
        Path small = Files.writeString(dir.resolve("small.yaml"),
                "date: 2026-12-01\nlimits:\n  - {key: lambda.memory.max, value: 1MB, source: https://x}\n");
        assertThat(new CatalogLoader(Optional.empty()).load(List.of(small)).sizeLimit("lambda.memory.max").mib())
                .isEqualTo(1.0);
    }
}
