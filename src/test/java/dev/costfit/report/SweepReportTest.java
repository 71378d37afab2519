package dev.costfit.report;

import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.Recommender;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The breakeven outputs as their readers see them: CSV and JSON parsed, SVG and HTML parsed for the series. */
class SweepReportTest {

    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, List.of("lambda", "fargate"), false);
    /** A 10-minute job swept from 5 to 30 minutes: Lambda stops fitting at its 15-minute limit. */
    private static final Profile JOB = TestProfiles.parse("name: batch\nkind: job\nschedule: {runs: 30/month, "
            + "tasks: 1, duration: 10min}\nmemory: 1GB\ntimeout: 10min\n");
    private static final Sweep SWEEP = Sweep.run(new Evaluator(List.of(Platforms.byId("lambda").orElseThrow(),
            Platforms.byId("fargate").orElseThrow()), new PricingContext(CATALOG, false), new Recommender(0.1)),
            JOB, SweepVariable.DURATION, 300, 1800, 26);
    /** Lambda's colour on the maps (#f28e2b), as in every chart. */
    private static final String LAMBDA_COLOUR = "rgb(242,142,43)";

    private static long lambdaFits() {
        return SWEEP.points().stream().filter(p -> p.costs().get("lambda").isPresent()).count();
    }

    @Test
    void csvHasARowPerValueAndPlatformWithNoCostWhereItDoesNotFit() {
        Table table = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(SweepReport.csv(SWEEP))));
        assertThat(table.columnNames()).containsExactly("duration", "platform", "monthlyCost", "feasible", "cheapest",
                "recommended");
        assertThat(table.rowCount()).isEqualTo(26 * 2);
        Table lambda = table.where(table.stringColumn("platform").isEqualTo("lambda"));
        assertThat(lambda.numberColumn("monthlyCost").countMissing()).isEqualTo(26 - lambdaFits());
        assertThat(lambdaFits()).isBetween(1L, 25L);
        for (int i = 0; i < lambda.rowCount(); i++) {
            boolean fits = lambda.numberColumn("duration").getDouble(i) <= 900 + 1e-6;
            assertThat(lambda.booleanColumn("feasible").get(i)).isEqualTo(fits);
            assertThat(lambda.numberColumn("monthlyCost").isMissing(i)).isEqualTo(!fits);
        }
        // One cheapest platform per value.
        assertThat(table.booleanColumn("cheapest").countTrue()).isEqualTo(26);
    }

    @Test
    void jsonHasNullsForGapsAndTheCrossoversWithTheirCosts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReport().breakeven(RUN, SWEEP));
        assertThat(root.get("report").asText()).isEqualTo("breakeven");
        assertThat(root.get("variable").asText()).isEqualTo("duration");
        assertThat(root.get("unit").asText()).isEqualTo("s");
        assertThat(root.get("current").asDouble()).isEqualTo(600);
        JsonNode points = root.get("points");
        assertThat(points.size()).isEqualTo(26);
        JsonNode last = points.get(25);
        assertThat(last.get("value").asDouble()).isCloseTo(1800, within(1e-9));
        assertThat(last.get("monthlyCost").get("lambda").isNull()).isTrue();
        assertThat(last.get("monthlyCost").get("fargate").asDouble()).isPositive();
        for (JsonNode c : root.get("crossovers")) {
            assertThat(c.get("monthlyCost").has(c.get("from").asText())).isTrue();
        }
        assertThat(root.get("summary").asText()).isEqualTo(SweepReport.summary(SWEEP));
    }

    @Test
    void svgDrawsOneLinePerPlatformBrokenWhereItDoesNotFit() {
        Document svg = Jsoup.parse(SweepReport.svg(SWEEP), "", Parser.xmlParser());
        List<String> legend = svg.select("text").eachText();
        assertThat(legend).contains("AWS Lambda", "AWS Fargate", "this profile", "duration (min)", "USD a month");
        // The series are paths in the plot's clip; Lambda's has one point per fitting value: a move, then lines.
        Element lambda = svg.select("path").stream()
                .filter(p -> p.attr("style").contains("stroke:" + LAMBDA_COLOUR)
                        || p.parent().attr("style").contains("stroke:" + LAMBDA_COLOUR))
                .max(java.util.Comparator.comparingInt(p -> p.attr("d").length())).orElseThrow();
        String d = lambda.attr("d");
        assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(1);
        assertThat(d.chars().filter(c -> c == 'L').count()).isEqualTo(lambdaFits() - 1);
    }

    @Test
    void htmlPageShowsTheChartTheCrossoversAndEveryPoint() {
        Document html = Jsoup.parse(SweepReport.html(SWEEP, RUN));
        assertThat(html.select("figure svg")).hasSize(1);
        String summary = SweepReport.summary(SWEEP);
        assertThat(html.select("body > p, main p").eachText()).anySatisfy(p -> assertThat(p)
                .startsWith(Character.toUpperCase(summary.charAt(0)) + summary.substring(1)));
        var rows = html.select("details table tbody tr");
        assertThat(rows).hasSize(26);
        assertThat(rows.last().select("td").get(1).text()).isEqualTo("—"); // Lambda at 30 minutes
        assertThat(rows.first().select("td").get(1).text()).startsWith("$");
        // Nothing fetched from elsewhere: the page works offline.
        assertThat(html.select("script[src], link[href], img[src]")).isEmpty();
    }

    @Test
    void theRecommendHtmlReportEmbedsTheRateSweepOfEachProfile() {
        Evaluator evaluator = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false), new Recommender(0.1));
        Profile api = TestProfiles.service("5/s", "8s", "512MB", "cpu_time: 50ms", "concurrency_per_instance: 40");
        SweepVariable.Range range = SweepVariable.RATE.defaultRange(api);
        Sweep rate = Sweep.run(evaluator, api, SweepVariable.RATE, range.from(), range.to(), 20);
        Document html = Jsoup.parse(new HtmlReport(Map.of(api, rate)).recommend(RUN,
                List.of(evaluator.evaluate(api, false))));
        Element section = html.selectFirst("section.profile");
        assertThat(section.select("h3").eachText()).contains("If the rate changes");
        assertThat(section.select("svg[id^=sweep-]")).hasSize(1);
        assertThat(section.text()).contains(SweepReport.summary(rate).substring(1));
    }

    /**
     * A hand-made sweep (the one whose runs SweepCloseTest works out): two runs where another platform is within 5%
     * of the cheapest, said in the text, the HTML and the JSON alike; the duration sweep above has none.
     */
    @Test
    void whereTheCheapestWasWithinFivePercentOfChangingEveryFormatSaysSo() throws Exception {
        Sweep close = closeSweep();
        String note = SweepReport.closeNote(close).orElseThrow();
        assertThat(note).startsWith("The cheapest is within 5% of changing from 2/s to 3/s (AWS Lambda, AWS Fargate "
                + "and Amazon EKS) and at 5/s (AWS Lambda and AWS Fargate): there one platform's cost moving by less "
                + "than 5% would change it");
        assertThat(SweepReport.text(close, 100, false).replace('\n', ' ')).contains("within 5% of changing from 2/s "
                + "to 3/s");
        assertThat(Jsoup.parse(SweepReport.html(close, RUN)).select("p").eachText()).contains(note);
        JsonNode runs = new ObjectMapper().readTree(new JsonReport().breakeven(RUN, close)).get("closeToChanging");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(0).get("from").asDouble()).isEqualTo(2);
        assertThat(runs.get(0).get("to").asDouble()).isEqualTo(3);
        assertThat(runs.get(0).get("platforms").toString()).isEqualTo("[\"lambda\",\"fargate\",\"eks\"]");
        assertThat(runs.get(1).get("from").asDouble()).isEqualTo(5);
        assertThat(runs.get(1).get("to").asDouble()).isEqualTo(5);

        assertThat(SweepReport.closeNote(SWEEP)).isEmpty();
        assertThat(new ObjectMapper().readTree(new JsonReport().breakeven(RUN, SWEEP)).get("closeToChanging").size())
                .isZero();
    }

    private static Sweep closeSweep() {
        Profile profile = TestProfiles.parse("name: api\ntraffic: {rate: 10/s}\nduration: {mean: 1s}\nmemory: 512MB\n"
                + "timeout: 10s\n");
        double[][] costs = {{100, 200, 300}, {100, 104, 300}, {100, 105, 104.9}, {100, 106, 300}, {100, 103, 300},
            {100, 120, 300}};
        List<String> ids = List.of("lambda", "fargate", "eks");
        List<Sweep.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            Map<String, java.util.OptionalDouble> byId = new java.util.LinkedHashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                byId.put(ids.get(k), java.util.OptionalDouble.of(costs[i][k]));
            }
            points.add(new Sweep.Point(i + 1, byId, "lambda", "lambda"));
        }
        return new Sweep(profile, SweepVariable.RATE, points, List.of(), ids,
                Map.of("lambda", "AWS Lambda", "fargate", "AWS Fargate", "eks", "Amazon EKS"));
    }

    @Test
    void textReportShowsTheChartTheSummaryAndASampleOfThePoints() {
        String text = SweepReport.text(SWEEP, 80, false);
        assertThat(text).startsWith("batch: monthly cost by duration, 5 min to 30 min (26 points;");
        assertThat(text).contains("* AWS Lambda").contains("o AWS Fargate");
        assertThat(text).contains(Character.toUpperCase(SweepReport.summary(SWEEP).charAt(0))
                + SweepReport.summary(SWEEP).substring(1) + ".");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(text).contains("—"); // Lambda past 15 minutes
    }
}
