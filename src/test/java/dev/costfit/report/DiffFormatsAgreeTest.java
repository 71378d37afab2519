package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CliRun;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The diff report says the same in every format (issue 14, item 1): the base and head sets of
 * src/test/resources/diff add new-worker, remove retired and change growing. These findings failed before the
 * formats shared one view: HTML named no recommendation for the added profile and dropped the "+" of increases,
 * and an added profile's platforms read "does not fit" in the Before column.
 */
class DiffFormatsAgreeTest {

    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";

    private static final java.util.Map<String, String> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each format once: a diff evaluates both sets, a few seconds each. */
    private static String run(String format) {
        return OUTPUTS.computeIfAbsent(format, f -> {
            CliRun run = CliRun.of("diff", BASE, HEAD, "--format", f);
            assertThat(run.exitCode()).as(run.err()).isZero();
            return run.out();
        });
    }

    @Test
    void theAddedProfilesRecommendationIsNamedInEveryFormat() {
        Document html = Jsoup.parse(run("html"));
        Element added = html.select("#summary tbody tr").stream().filter(r -> r.child(0).text().equals("new-worker"))
                .findFirst().orElseThrow();
        assertThat(added.child(2).text()).isEqualTo("Cloud Functions 2nd gen");
        assertThat(run("markdown")).contains("| new-worker | added | Cloud Functions 2nd gen | new | $21.69 | +$21.69 |");
        assertThat(run("table")).containsPattern("new-worker +added +Cloud Functions 2nd gen +new +\\$21\\.69 +\\+\\$21\\.69");
    }

    @Test
    void increasesKeepTheirSignInHtml() {
        Document html = Jsoup.parse(run("html"));
        List<String> deltas = html.select("#summary tbody tr").stream().map(r -> r.child(5).text()).toList();
        assertThat(deltas).contains("+$155.42", "-$0.52", "$0.00", "+$21.69", "+$176.59");
    }

    @Test
    void addedAndRemovedProfilesSayNewAndRemovedRatherThanDoesNotFit() {
        String markdown = run("markdown");
        // new-worker is fed by a queue (issue 16): Lambda's $21.91 gains its SQS requests, 43,800 messages sent,
        // received and deleted one by one and 614,646 empty receives of five long-polling consumers
        // (5 × 180 an hour × exp(-20/60 / 5) × 730 h): 746,046 × $0.40/M = $0.30.
        assertThat(markdown).contains("| AWS Lambda | new | $22.21 | — |").contains("| AWS Lambda | $1.20 | removed | — |")
                .doesNotContain("| AWS Lambda | does not fit | $21.91");
        Document html = Jsoup.parse(run("html"));
        for (Element section : html.select("section.profile")) {
            List<Element> rows = section.select("table").last().select("tbody tr");
            if (section.text().contains("(added)")) {
                assertThat(rows).allMatch(r -> r.child(1).text().equals("new"));
            }
            if (section.text().contains("(removed)")) {
                assertThat(rows).allMatch(r -> r.child(2).text().equals("removed"));
            }
        }
        assertThat(run("table")).contains("new-worker (added)").contains("retired (removed)");
    }

    @Test
    void everyFormatStatesTheSameSummary() {
        // new-worker's Pub/Sub throughput (43,800 messages, published and delivered at the 1,000-byte minimum:
        // 0.0816 GiB × $40/TiB = $0.003) moves the total change by a cent in rounding. The retired job's Fargate tasks
        // bill their image download (30.4 s each): $0.52 a month, not $0.49.
        String summary = "1 added, 1 removed, 1 changed, 1 unchanged. Monthly cost of the recommended platforms: "
                + "$104.89 → $281.48 (+$176.59).";
        assertThat(run("markdown")).contains(summary);
        assertThat(Jsoup.parse(run("html")).select("#summary p").first().text()).isEqualTo(summary);
        assertThat(run("table").replaceAll("\\s+", " ")).contains(summary);
    }
}
