package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options diff shares with recommend, as diff does them: every format names the region
 * and the pricing option the figures use; a list of regions and --explain are refused with a message rather than
 * half-used or ignored; and diff's help promises only what diff does.
 */
class DiffOptionsTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * A Lambda service whose cost is linear in its rate (no INIT, no front door, no egress, flat traffic): at 10/s,
     * 5,256,000 GB-s and 26,280,000 requests a month.
     */
    private static String linear(String rate, String more) {
        return "name: svc\ntraffic: {rate: " + rate + "}\nduration: 200ms\nmemory: 1GB\ntimeout: 5s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ncold_start: {init: 0ms}\n" + more;
    }

    private static Path[] sets(Path dir, String baseMore, String headMore) throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path head = Files.createDirectories(dir.resolve("head"));
        Files.writeString(base.resolve("svc.yaml"), linear("10/s", baseMore));
        Files.writeString(head.resolve("svc.yaml"), linear("20/s", headMore));
        return new Path[] {base, head};
    }

    private static CliRun diff(Path[] sets, String... more) {
        List<String> args = new ArrayList<>(List.of("diff", sets[0].toString(), sets[1].toString(), "--platforms",
                "lambda"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The same run in each human format: each must carry {@code basis}. */
    private static void everyFormatSays(Path[] sets, String basis, String... options) {
        for (String format : List.of("table", "markdown", "html")) {
            List<String> args = new ArrayList<>(List.of(options));
            args.addAll(List.of("--format", format));
            CliRun run = diff(sets, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            String text = format.equals("html") ? Jsoup.parse(run.out()).select("#summary p.basis").text()
                    : run.out().replaceAll("\\s+", " ");
            assertThat(text).as(format).contains(basis);
        }
    }

    @Test
    void everyFormatNamesThePricingOptionTheFiguresUse(@TempDir Path dir) throws Exception {
        Path[] sets = sets(dir, "", "");
        everyFormatSays(sets, "Priced in us-east-1 (the profiles' own region), under a 1-year commitment, no "
                + "upfront (--pricing savings-plan-1y).", "--pricing", "savings-plan-1y");
        CliRun run = diff(sets, "--pricing", "savings-plan-1y", "--format", "json");
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("options").get("pricing").asText()).isEqualTo("savings-plan-1y");
        JsonNode svc = root.get("profiles").get(0);
        assertThat(svc.get("pricing").get("before").asText()).isEqualTo("savings-plan-1y");
        assertThat(svc.get("pricing").get("after").asText()).isEqualTo("savings-plan-1y");
        // The Compute Savings Plan's Lambda duration rate in us-east-1, $0.0000147 per GB-s (catalog, AWS Price List
        // of 2026-09-25), on all of a flat service's duration; requests are not covered: 5,256,000 × $0.0000147 =
        // $77.2632 plus $5.256 = $82.5192.
        assertThat(svc.get("monthlyCostBefore").asDouble()).isCloseTo(82.5192, within(1e-6));
        String csv = diff(sets, "--pricing", "savings-plan-1y", "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",pricingBefore,pricingAfter");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(",savings-plan-1y,savings-plan-1y");

        // Without --pricing: each profile's own, said as such, and null in the options.
        assertThat(json.readTree(diff(sets, "--format", "json").out()).get("options").get("pricing").isNull())
                .isTrue();
        everyFormatSays(sets, "Priced in us-east-1 (the profiles' own region), on demand.");
        Path[] own = sets(dir.resolve("own"), "", "pricing: savings-plan-3y\n");
        everyFormatSays(own, "as each profile's own pricing says (on-demand and savings-plan-3y).");
    }

    @Test
    void diffsHelpPromisesNoCommitmentTableAndRecommendsStill() {
        String help = CliRun.of("diff", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).doesNotContain("reports add a table of every commitment option")
                .contains("the report names the option. For a table of every commitment option, use costfit "
                        + "recommend --pricing.");
        assertThat(CliRun.of("recommend", "--help").out().replaceAll("\\s+", " "))
                .contains("reports add a table of every commitment option");
    }

    @Test
    void oneRegionIsNamedInEveryFormatAndAListIsRefused(@TempDir Path dir) throws Exception {
        Path[] sets = sets(dir, "", "");
        everyFormatSays(sets, "Priced in eu-west-1 (--region), on demand.", "--region", "eu-west-1");
        JsonNode root = json.readTree(diff(sets, "--region", "eu-west-1", "--format", "json").out());
        assertThat(root.get("options").get("regions").toString()).isEqualTo("[\"eu-west-1\"]");
        assertThat(root.get("profiles").get(0).get("region").get("after").asText()).isEqualTo("eu-west-1");
        assertThat(diff(sets, "--region", "eu-west-1", "--format", "csv").out().lines().skip(1).findFirst()
                .orElseThrow()).contains(",eu-west-1,eu-west-1,");

        CliRun list = diff(sets, "--region", "us-east-1,eu-west-1");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).startsWith("--region: found 'us-east-1,eu-west-1', but diff prices both sets in one "
                + "region; give one (--region us-east-1), or compare regions side by side with costfit recommend "
                + "--region us-east-1,eu-west-1 ");

        String help = CliRun.of("diff", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--region=REGION Price every profile of both sets in this AWS region")
                .doesNotContain("region × platform table");
    }

    @Test
    void explainIsRefusedByDiffAndLeftOutOfItsHelp(@TempDir Path dir) throws Exception {
        CliRun run = diff(sets(dir, "", ""), "--explain");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--explain: diff compares what the profiles cost and has nothing more to "
                + "explain; for the defaults, assumptions and limits of the profiles after, run costfit recommend "
                + "--explain ");
        assertThat(CliRun.of("diff", "--help").out()).doesNotContain("--explain");
        assertThat(CliRun.of("recommend", "--help").out()).contains("--explain");
    }
}
