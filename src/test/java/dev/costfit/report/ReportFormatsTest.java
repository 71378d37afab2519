package dev.costfit.report;

import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The reports as their readers see them: parsed as Markdown tables, as HTML, as CSV. */
class ReportFormatsTest {

    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, Platforms.ids(), false);
    private static final String HOSTILE = "<script>alert(1)</script>";

    private static List<ProfileResult> samples() {
        return EVALUATOR.evaluateAll(new ProfileLoader().load(List.of(Path.of("profiles"))), false);
    }

    private static List<ProfileResult> hostile() {
        Profile p = TestProfiles.parse("name: '" + HOSTILE + "'\ndescription: 'a | b *c* [x](http://evil.example) & "
                + HOSTILE + "'\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\ntimeout: 5s\n");
        return List.of(EVALUATOR.evaluate(p, false));
    }

    /** Every row of every pipe table has as many cells as its header (escaped pipes do not split cells). */
    private static void assertTablesAreWellFormed(String markdown) {
        String[] lines = markdown.split("\n");
        int columns = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.replace("\\|", "").split("\\|", -1).length - 2;
            if (columns < 0) {
                columns = cells;
                assertThat(lines[i + 1]).as("separator after %s", line).matches("\\|(-{3}:?\\|)+");
            } else {
                assertThat(cells).as("line %d: %s", i + 1, line).isEqualTo(columns);
            }
        }
    }

    /**
     * The terminal report of every sample fits an 80-column terminal, the commonest width, and narrower ones (60, 50
     * and 40, the least costfit takes a terminal to be, where a table too wide even at its narrowest, the summary's
     * too, lists one record a row): its tables give width from
     * their wrapping columns, the platforms' names and variants last, and its paragraphs wrap. (At 80 the platform
     * table was 83 wide, the GPU service's 95, and the description, the summary, the LLM tokens and the footer ran
     * to 115; check's table was 121.) At 120, the width of pipes, the platform names stay on one line.
     */
    @Test
    void theTerminalReportFitsEightyColumns() {
        List<ProfileResult> samples = samples();
        for (int width : new int[] {40, 50, 60, 80}) {
            for (String report : List.of(new TableReport(width, new Style(false)).render(RUN, samples),
                    new TableReport(width, new Style(false)).check(RUN, samples))) {
                assertThat(report.lines().filter(l -> l.codePointCount(0, l.length()) > width).toList())
                        .as("lines wider than %d", width).isEmpty();
            }
        }
        // Narrower than its columns can give, a table lists one record a platform.
        assertThat(new TableReport(60, new Style(false)).render(RUN, samples))
                .contains("\n  AWS Lambda\n    Variant: x86_64\n");
        String eighty = new TableReport(80, new Style(false)).render(RUN, samples);
        // The platform's name gives last, after the cost lines and the capacity are at their floors: it wraps.
        assertThat(eighty).contains("\n  Cloud Functions 2nd ", "\n  gen ");
        String wide = new TableReport(120, new Style(false)).render(RUN, samples);
        assertThat(wide).contains("  Cloud Functions 2nd gen   us-east4 ", "  Lambda Managed Instances  c6a.large ");
    }

    @Test
    void markdownTablesAreWellFormedAndUserTextIsEscaped() {
        String md = new MarkdownReport().recommend(RUN, samples());
        assertThat(md).startsWith(MarkdownReport.MARKER);
        assertTablesAreWellFormed(md);
        String hostile = new MarkdownReport().recommend(RUN, hostile());
        assertTablesAreWellFormed(hostile);
        assertThat(hostile).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("](http");
    }

    @Test
    void markdownStaysUnderTheCommentLimitForFiveHundredProfiles() {
        Random random = new Random(500);
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            yaml.append("---\nname: service-").append(i).append("\ntraffic: {rate: ").append(1 + random.nextInt(200))
                    .append("/s}\nduration: ").append(50 + random.nextInt(5000)).append("ms\nmemory: ")
                    .append(128 * (1 + random.nextInt(16))).append("MB\ntimeout: 60s\nconcurrency_per_instance: ")
                    .append(1 + random.nextInt(40)).append('\n');
        }
        List<ProfileResult> results = EVALUATOR.evaluateAll(new ProfileLoader().parse("portfolio.yaml",
                yaml.toString()), false);
        String md = new MarkdownReport().recommend(RUN, results);
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.COMMENT_LIMIT);
        assertThat(md).contains("left out to fit GitHub's 65,536-character comment limit");
        assertTablesAreWellFormed(md);
        assertThat(md).contains("| service-0 |").contains("| service-499 |");
    }

    @Test
    void htmlIsSelfContainedHasAChartPerProfileAndEscapesUserText() {
        Document html = Jsoup.parse(new HtmlReport().recommend(RUN, samples()));
        for (Element e : html.select("[src], [href]")) {
            assertThat(e.attr("src") + e.attr("href")).as(e.outerHtml()).doesNotStartWith("http")
                    .doesNotStartWith("//");
        }
        assertThat(html.select("link[rel=stylesheet], script[src], img, iframe")).isEmpty();
        assertThat(html.select("section.profile")).hasSize(6);
        assertThat(html.select("section.profile figure svg")).hasSize(6);
        // Each chart has a bar per platform that fits: the chat API fits all five.
        Element chat = html.selectFirst("section.profile");
        assertThat(chat.select("figure svg text").eachText()).contains("AWS Lambda", "Amazon EKS",
                "$" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(Math.round(
                        samples().get(0).recommendation().chosen().orElseThrow().platformCost())));

        Document hostile = Jsoup.parse(new HtmlReport().recommend(RUN, hostile()));
        assertThat(hostile.select("script")).hasSize(1); // only the print helper
        assertThat(hostile.select("section.profile h2").text()).isEqualTo(HOSTILE);
        assertThat(hostile.select("a[href^=http]")).isEmpty();
    }

    @Test
    void csvRoundTripsThroughTablesawWithItsColumnTypes() {
        String csv = new CsvReport().recommend(RUN, samples());
        ColumnType[] types = {ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.BOOLEAN,
            ColumnType.BOOLEAN, ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE, ColumnType.STRING,
            ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.BOOLEAN};
        Table table = Table.read().csv(CsvReadOptions.builder(new StringReader(csv)).columnTypes(types).build());
        assertThat(table.columnNames()).containsExactly("profile", "platform", "variant", "feasible", "recommended",
                "key", "component", "quantity", "unit", "unitPrice", "monthlyCost", "shared");
        List<ProfileResult> results = samples();
        int lines = 0;
        for (ProfileResult r : results) {
            for (var a : r.assessments()) {
                lines += Math.max(1, a.lines().size());
            }
        }
        assertThat(table.rowCount()).isEqualTo(lines);
        // Unrounded: each row's cost is its quantity times its unit price, and the recommended rows of a profile
        // add up to its recommended total.
        for (int row = 0; row < table.rowCount(); row++) {
            if (!table.doubleColumn("quantity").isMissing(row)) {
                assertThat(table.doubleColumn("monthlyCost").get(row)).isCloseTo(
                        table.doubleColumn("quantity").get(row) * table.doubleColumn("unitPrice").get(row),
                        org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        ProfileResult first = results.get(0);
        double recommended = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (table.stringColumn("profile").get(row).equals(first.profile().name())
                    && table.booleanColumn("recommended").get(row)) {
                recommended += table.doubleColumn("monthlyCost").get(row);
            }
        }
        assertThat(recommended).isCloseTo(first.recommendation().chosen().orElseThrow().monthlyCost(),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void checkReportsListEveryLimit() {
        List<ProfileResult> results = samples();
        long limits = results.stream().flatMap(r -> r.assessments().stream()).mapToLong(a -> a.limits().size()).sum();
        Table csv = Table.read().csv(CsvReadOptions.builder(new StringReader(new CsvReport().check(RUN, results)))
                .build());
        assertThat((long) csv.rowCount()).isEqualTo(limits);
        Document html = Jsoup.parse(new HtmlReport().check(RUN, results));
        assertThat((long) html.select("tbody tr").size()).isEqualTo(limits);
        List<String> rows = new ArrayList<>();
        for (String line : new MarkdownReport().check(RUN, results).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Platform") && !line.startsWith("| Profile")) {
                rows.add(line);
            }
        }
        assertThat((long) rows.size()).isEqualTo(limits + results.size());
    }
}
