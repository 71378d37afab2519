package dev.costfit.report;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The recommend and check reports say the same in every format, for every profile of profiles/ and one in
 * af-south-1 where AWS Lambda has no price for its front door (issue 14, item 1): each
 * format is parsed the way its reader sees it — the terminal table by its columns, the Markdown pipe tables and
 * details blocks, the HTML by its elements, the JSON and CSV as data — into what a reader compares: the
 * recommended platform and its month, the runner-up, the reasons, and every platform with its Fits word and month.
 * The three formats for people must agree to the character; JSON and CSV carry unrounded figures, which must round
 * to the printed cents (the CSV's from its lines: the month is the sum of the platform's own lines).
 *
 * The check report's formats must agree on which platforms each profile fits and on every limit row.
 *
 * <p>Before the formats shared one view this failed: Markdown and HTML named the runner-up without its variant
 * ("Cloud Functions 2nd gen $1,290.43" where the table said "… (us-east4, L4 GPU, zonal redundancy) $1,290.43").
 */
class ResultsFormatsAgreeTest {

    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, Platforms.ids(), false);
    /** Wide enough that no cell or bullet wraps, so the table can be read back by its columns. */
    private static final int WIDE = 4_000;
    private static final Pattern HEADLINE = Pattern.compile("(?:Recommendation: )?(.+), (\\$[0-9,.]+) a month");
    private static final String NONE = "none";

    /** What a reader of one format takes away about one profile. */
    record Reading(String recommended, String monthly, String runnerUp, List<String> reasons,
                   Map<String, String> platforms) {}

    private static List<ProfileResult> results;

    @BeforeAll
    static void evaluate() {
        // The catalog has no API Gateway price in af-south-1 (Lambda's front door; Lambda's own requests and duration
        // it has): a platform that fits with "no price". First, so that Markdown keeps its details when the last
        // ones are left out to fit a GitHub comment.
        List<ProfileResult> all = new ArrayList<>(List.of(EVALUATOR.evaluate(TestProfiles.parse(
                "name: cape-town-api\nregion: af-south-1\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\n"
                        + "timeout: 5s\n"), false)));
        all.addAll(EVALUATOR.evaluateAll(new ProfileLoader().load(List.of(Path.of("profiles"))), false));
        results = List.copyOf(all);
    }

    @Test
    void tableMarkdownAndHtmlSayTheSameOfEveryProfile() {
        Map<String, Reading> table = readTable(new TextRenderer(WIDE, Style.PLAIN).recommend(RUN, results));
        Map<String, Reading> markdown = readMarkdown(new MarkdownReport().recommend(RUN, results));
        Map<String, Reading> html = readHtml(new HtmlReport().recommend(RUN, results));

        List<String> names = results.stream().map(r -> r.profile().name()).toList();
        assertThat(names).as("profiles/ holds the sample profiles").hasSizeGreaterThanOrEqualTo(7);
        assertThat(table.keySet()).containsExactlyElementsOf(names);
        // Markdown leaves the last profiles' details out to fit a GitHub comment, and says how many: with the limits
        // each platform checks now (queues, context windows, scaling speed), two of the seven samples' details.
        assertThat(markdown.keySet()).containsExactlyElementsOf(names.subList(0, markdown.size()))
                .hasSizeGreaterThanOrEqualTo(names.size() - 2);
        assertThat(html.keySet()).containsExactlyElementsOf(names);
        int platformsCompared = 0;
        for (String name : names) {
            if (markdown.containsKey(name)) {
                assertThat(markdown.get(name)).as("Markdown of %s", name).isEqualTo(table.get(name));
            }
            assertThat(html.get(name)).as("HTML of %s", name).isEqualTo(table.get(name));
            platformsCompared += table.get(name).platforms().size();
        }
        // Every sample profile is assessed on every platform: 6 profiles × at least 5 platforms.
        assertThat(platformsCompared).isGreaterThanOrEqualTo(30);
        // Platforms that do not fit and that fit without a price: the "—" paths are compared too.
        assertThat(table.values()).anySatisfy(r -> assertThat(r.platforms().values()).contains("no —"));
        assertThat(table.get("cape-town-api").platforms().values())
                .as("cape-town-api needs a region where the catalog lacks a price: if af-south-1 is priced now, "
                        + "pick another").contains("no price —");
    }

    @Test
    void whyAPlatformHasNoPriceIsSaidInEveryFormat() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReport().recommend(RUN, results));
        String text = new TextRenderer(WIDE, Style.PLAIN).recommend(RUN, results);
        String markdown = new MarkdownReport().recommend(RUN, results);
        String html = Jsoup.parse(new HtmlReport().recommend(RUN, results)).text();
        int said = 0;
        for (JsonNode profile : json.get("profiles")) {
            for (JsonNode a : profile.get("assessments")) {
                if (a.has("unpriced")) {
                    String why = a.get("unpriced").asText();
                    assertThat(text).contains(why);
                    assertThat(markdown).contains(Markdown.escape(why));
                    assertThat(html).contains(why);
                    said++;
                }
            }
        }
        assertThat(said).isPositive();
    }

    @Test
    void jsonAndCsvFiguresRoundToThePrintedOnes() throws Exception {
        Map<String, Reading> table = readTable(new TextRenderer(WIDE, Style.PLAIN).recommend(RUN, results));
        JsonNode json = new ObjectMapper().readTree(new JsonReport().recommend(RUN, results));
        Table csv = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(
                new CsvReport().recommend(RUN, results))).missingValueIndicator(""));
        int compared = 0;
        for (JsonNode profile : json.get("profiles")) {
            Reading printed = table.get(profile.get("name").asText());
            JsonNode rec = profile.get("recommendation");
            Map<String, String> labels = new LinkedHashMap<>();
            profile.get("assessments").forEach(a -> labels.put(a.get("platform").asText(), label(a)));
            assertThat(rec.get("platform").isNull() ? NONE : labels.get(rec.get("platform").asText()))
                    .isEqualTo(printed.recommended());
            if (!rec.get("platform").isNull()) {
                assertThat(rec.get("platformCost").asDouble()).isCloseTo(dollars(printed.monthly()), within(0.005));
            }
            List<String> reasons = new ArrayList<>();
            rec.get("reasons").forEach(r -> reasons.add(r.asText()));
            assertThat(reasons).isEqualTo(printed.reasons());
            Map<String, Double> csvMonths = csvMonths(csv, profile.get("name").asText());
            for (JsonNode a : profile.get("assessments")) {
                String key = label(a);
                String[] fitAndMonth = printed.platforms().get(key).split(" ", -1);
                String month = fitAndMonth[fitAndMonth.length - 1];
                assertThat(printed.platforms().get(key)).as(key).startsWith(fitWord(a) + " ");
                if (month.equals(ResultsView.NOTHING)) {
                    assertThat(a.get("platformCost").isNull()).as(key).isTrue();
                    assertThat(csvMonths).as(key).doesNotContainKey(a.get("platform").asText());
                } else {
                    assertThat(a.get("platformCost").asDouble()).as(key).isCloseTo(dollars(month), within(0.005));
                    assertThat(csvMonths.get(a.get("platform").asText())).as(key)
                            .isCloseTo(dollars(month), within(0.005));
                }
                compared++;
            }
            assertThat(csvRecommended(csv, profile.get("name").asText()))
                    .isEqualTo(rec.get("platform").isNull() ? NONE : rec.get("platform").asText());
        }
        assertThat(compared).isGreaterThanOrEqualTo(30);
    }

    /**
     * Each platform's Total row (every line, LLM tokens too) is its month plus the tokens every platform shares,
     * in Markdown as in HTML: chat-api on AWS Lambda, $3,097.31 + $551,880.00 = $554,977.31 when this was written.
     */
    @Test
    void totalsAreThePlatformsMonthPlusTheSharedTokensInMarkdownAndHtml() {
        String text = new TextRenderer(WIDE, Style.PLAIN).recommend(RUN, results);
        Map<String, Reading> table = readTable(text);
        List<String> markdown = new MarkdownReport().recommend(RUN, results).lines().toList();
        List<Element> sections = Jsoup.parse(new HtmlReport().recommend(RUN, results)).select("section.profile");
        // The text says per profile "Plus $551,880.00 a month of LLM tokens" where it has any.
        List<String> lines = text.lines().toList();
        List<String> names = List.copyOf(table.keySet());
        Map<String, Double> tokens = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            int start = indexOfPrefix(lines, names.get(k) + "  ", 0);
            int end = k + 1 < names.size() ? indexOfPrefix(lines, names.get(k + 1) + "  ", start) : lines.size();
            for (String line : lines.subList(start, end)) {
                Matcher plus = Pattern.compile("  Plus (\\$[0-9,.]+) a month of LLM tokens.*").matcher(line);
                if (plus.matches()) {
                    tokens.put(names.get(k), dollars(plus.group(1)));
                }
            }
        }
        assertThat(tokens).as("profiles with LLM tokens").isNotEmpty();
        int compared = 0;
        int i = 0;
        for (Map.Entry<String, Reading> profile : table.entrySet()) {
            double shared = tokens.getOrDefault(profile.getKey(), 0.0);
            String open = "<details><summary><b>" + Html.escape(profile.getKey()) + "</b>";
            // Left out of Markdown to fit a GitHub comment (the report says so): HTML alone is checked there.
            boolean inMarkdown = markdown.stream().anyMatch(l -> l.startsWith(open));
            int from = inMarkdown ? indexOfPrefix(markdown, open, 0) : -1;
            Element section = sections.get(i++);
            for (Map.Entry<String, String> platform : profile.getValue().platforms().entrySet()) {
                String month = platform.getValue().substring(platform.getValue().lastIndexOf(' ') + 1);
                if (month.equals(ResultsView.NOTHING)) {
                    continue;
                }
                double expected = dollars(month) + shared;
                if (inMarkdown) {
                    int block = indexOfPrefix(markdown, "**" + Markdown.escape(platform.getKey()) + "**", from);
                    List<String> total = pipeRows(markdown, block + 2).get(pipeRows(markdown, block + 2).size() - 1);
                    assertThat(total.get(0)).isEqualTo("**Total**");
                    assertThat(dollars(total.get(4).replace("*", ""))).as("Markdown total of %s, %s",
                            profile.getKey(), platform.getKey()).isCloseTo(expected, within(0.011));
                }
                Element details = section.select("details").stream()
                        .filter(d -> d.selectFirst("summary").text().startsWith(platform.getKey() + ":"))
                        .findFirst().orElseThrow();
                assertThat(dollars(details.selectFirst("table").select("tr").last().child(4).text())).as("HTML total of %s, %s",
                        profile.getKey(), platform.getKey()).isCloseTo(expected, within(0.011));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @Test
    void checkFormatsAgreeOnWhatFitsAndEveryLimit() throws Exception {
        List<String> names = results.stream().map(r -> r.profile().name()).toList();
        String text = new TextRenderer(WIDE, Style.PLAIN).check(RUN, results);
        List<String> lines = text.lines().toList();
        List<String> markdown = new MarkdownReport().check(RUN, results).lines().toList();
        Map<String, List<String>> mdSummary = new LinkedHashMap<>();
        pipeRows(markdown, indexOfPrefix(markdown, "| Profile |", 0)).forEach(row -> mdSummary.put(row.get(0), row));
        List<Element> htmlSections = Jsoup.parse(new HtmlReport().check(RUN, results)).select("section.profile");
        Table csv = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(
                new CsvReport().check(RUN, results))).missingValueIndicator("-none-"));
        assertThat(mdSummary.keySet()).containsExactlyElementsOf(names);
        assertThat(htmlSections).hasSameSizeAs(names);
        int rowsCompared = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int at = indexOfPrefix(lines, name + "  ", 0);
            String fits = lines.get(at + 2).trim();
            List<List<String>> limits = columns(lines, at + 4);

            assertThat("fits " + mdSummary.get(name).get(1)).isEqualTo(fits.equals("fits no platform")
                    ? "fits **none**" : fits);
            List<List<String>> mdLimits = pipeRows(markdown, indexOfPrefix(markdown, "| Platform |",
                    indexOfPrefix(markdown, "<details><summary><b>" + Html.escape(name) + "</b>", 0)));
            assertThat(mdLimits).as("Markdown limits of %s", name).isEqualTo(limits.stream()
                    .map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3),
                            r.get(4).equals("ok") ? "ok" : "**" + r.get(4) + "**", r.get(5))).toList());
            long notMet = limits.stream().filter(r -> !r.get(4).equals("ok")).count();
            assertThat(mdSummary.get(name).get(2)).isEqualTo(Long.toString(notMet));

            Element section = htmlSections.get(i);
            assertThat(section.selectFirst("h2").text()).isEqualTo(name);
            assertThat(section.selectFirst("p.rec").text()).isEqualToIgnoringCase(fits);
            List<List<String>> htmlLimits = section.select("tbody tr").stream()
                    .map(r -> r.children().stream().map(Element::text).toList()).toList();
            assertThat(htmlLimits).as("HTML limits of %s", name).isEqualTo(limits);

            // Tablesaw's Row is a cursor: keep the rows' limit and ok cells, not the rows.
            List<List<String>> csvRows = new ArrayList<>();
            for (Row r : csv) {
                if (r.getString("profile").equals(name)) {
                    csvRows.add(List.of(r.getString("limit"), Boolean.toString(r.getBoolean("ok"))));
                }
            }
            assertThat(csvRows).as("CSV limits of %s", name).isEqualTo(limits.stream()
                    .map(r -> List.of(r.get(1), Boolean.toString(r.get(4).equals("ok")))).toList());
            rowsCompared += limits.size();
        }
        // Dozens of limits a profile (every platform's, ok or not), and some not met among them.
        assertThat(rowsCompared).isGreaterThanOrEqualTo(100);
        assertThat(text).contains("VIOLATED").contains("over the default quota");
    }

    /**
     * The Fits word from the JSON's facts, as the legend defines it: no = breaks a hard limit (not feasible); no
     * price = fits, but unpriced; quota = fits once a default quota is raised; yes otherwise.
     */
    private static String fitWord(JsonNode a) {
        if (!a.get("feasible").asBoolean()) {
            return "no";
        }
        if (!a.get("priced").asBoolean()) {
            return "no price";
        }
        for (JsonNode v : a.get("violations")) {
            if (v.get("severity").asText().equals("quota")) {
                return "quota";
            }
        }
        return "yes";
    }

    private static String label(JsonNode assessment) {
        return label(assessment.get("name").asText(), assessment.get("variant").asText());
    }

    /** Each platform's month in the CSV: the sum of its own (not shared) lines; platforms without lines absent. */
    private static Map<String, Double> csvMonths(Table csv, String profile) {
        Map<String, Double> months = new LinkedHashMap<>();
        for (Row row : csv) {
            if (row.getString("profile").equals(profile) && !row.isMissing("monthlyCost")
                    && !row.getBoolean("shared")) {
                months.merge(row.getString("platform"), row.getDouble("monthlyCost"), Double::sum);
            }
        }
        return months;
    }

    private static String csvRecommended(Table csv, String profile) {
        List<String> ids = new ArrayList<>();
        for (Row row : csv) {
            if (row.getString("profile").equals(profile) && row.getBoolean("recommended")
                    && !ids.contains(row.getString("platform"))) {
                ids.add(row.getString("platform"));
            }
        }
        assertThat(ids).as("recommended platforms of %s in the CSV", profile).hasSizeLessThanOrEqualTo(1);
        return ids.isEmpty() ? NONE : ids.get(0);
    }

    private static double dollars(String money) {
        return Double.parseDouble(money.replace("$", "").replace(",", ""));
    }

    // ---- the terminal table, read by its columns ----

    private static Map<String, Reading> readTable(String text) {
        List<String> lines = text.lines().toList();
        Map<String, List<String>> summary = new LinkedHashMap<>();
        for (List<String> row : columns(lines, lines.indexOf("Summary") + 1)) {
            summary.put(row.get(0), row);
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (String name : summary.keySet()) {
            int start = indexOfPrefix(lines, name + "  ", 0);
            String recommendation = lines.get(indexOfPrefix(lines, "  Recommendation: ", start)).trim();
            int at = indexOfPrefix(lines, "  Recommendation: ", start) + 1;
            List<String> reasons = new ArrayList<>();
            while (lines.get(at).startsWith("  - ")) {
                reasons.add(lines.get(at++).substring(4));
            }
            Map<String, String> platforms = new LinkedHashMap<>();
            for (List<String> row : columns(lines, indexOfPrefix(lines, "  Platform ", at))) {
                platforms.put(label(row.get(0), row.get(1)), row.get(2) + " " + row.get(3));
            }
            Reading reading = reading(recommendation, summary.get(name).get(3), reasons, platforms);
            assertThat(summary.get(name).subList(1, 3)).as("summary row of %s", name)
                    .containsExactly(reading.recommended().equals(NONE) ? "no platform fits" : reading.recommended(),
                            reading.monthly());
            readings.put(name, reading);
        }
        return readings;
    }

    /** The rows of the text table whose header is at {@code header}: cells cut at the rule's columns. */
    private static List<List<String>> columns(List<String> lines, int header) {
        String rule = lines.get(header + 1);
        List<int[]> spans = new ArrayList<>();
        Matcher dashes = Pattern.compile("-+").matcher(rule);
        while (dashes.find()) {
            spans.add(new int[] {dashes.start(), dashes.end()});
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && !lines.get(i).isBlank()
                && lines.get(i).startsWith(" ".repeat(spans.get(0)[0])) && !lines.get(i).trim().startsWith("Fits:"); i++) {
            String line = lines.get(i);
            List<String> cells = new ArrayList<>();
            for (int[] span : spans) {
                int end = span == spans.get(spans.size() - 1) ? line.length() : Math.min(span[1], line.length());
                cells.add(span[0] < line.length() ? line.substring(span[0], end).trim() : "");
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int indexOfPrefix(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "' after line " + from);
    }

    // ---- Markdown, read as pipe tables and details blocks ----

    private static Map<String, Reading> readMarkdown(String markdown) {
        List<String> lines = markdown.lines().toList();
        Map<String, List<String>> summary = new LinkedHashMap<>();
        for (List<String> row : pipeRows(lines, indexOfPrefix(lines, "| Profile |", 0))) {
            summary.put(row.get(0), row);
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        Matcher leftOut = Pattern.compile("_Details of ([0-9]+) more profiles? (?:is|are) left out").matcher(markdown);
        int shown = summary.size() - (leftOut.find() ? Integer.parseInt(leftOut.group(1)) : 0);
        for (String name : summary.keySet().stream().limit(shown).toList()) {
            String open = "<details><summary><b>" + htmlEscaped(name) + "</b>: ";
            int start = indexOfPrefix(lines, open, 0);
            String headline = lines.get(start).substring(open.length()).replace("</summary>", "");
            List<String> reasons = new ArrayList<>();
            int at = start + 1;
            while (!lines.get(at).startsWith("| Platform |")) {
                if (lines.get(at).startsWith("- ")) {
                    reasons.add(unescape(lines.get(at).substring(2)));
                }
                at++;
            }
            Map<String, String> platforms = new LinkedHashMap<>();
            for (List<String> row : pipeRows(lines, at)) {
                platforms.put(label(row.get(0), row.get(1)), row.get(2) + " " + row.get(3));
            }
            Reading reading = reading(unhtml(headline), summary.get(name).get(3), reasons, platforms);
            assertThat(summary.get(name).subList(1, 3)).as("summary row of %s", name)
                    .containsExactly(reading.recommended().equals(NONE) ? "**no platform fits**"
                            : reading.recommended(), reading.monthly());
            assertFitCount(summary.get(name).get(4), platforms);
            readings.put(name, reading);
        }
        return readings;
    }

    /** The unescaped cells of the pipe table whose header is at {@code header}. */
    private static List<List<String>> pipeRows(List<String> lines, int header) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i).replace("\\|", "\u0000");
            List<String> cells = new ArrayList<>();
            String[] parts = line.substring(1, line.length() - 1).split("\\|", -1);
            for (String part : parts) {
                cells.add(unescape(part.replace("\u0000", "\\|").trim()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String unescape(String markdown) {
        return unhtml(markdown.replaceAll("\\\\([\\\\`*_\\[\\]|~])", "$1"));
    }

    private static String unhtml(String text) {
        return Jsoup.parse(text).text();
    }

    private static String htmlEscaped(String text) {
        return Html.escape(text);
    }

    // ---- HTML, read by its elements ----

    private static Map<String, Reading> readHtml(String page) {
        Document html = Jsoup.parse(page);
        Map<String, Element> summary = new LinkedHashMap<>();
        for (Element row : html.select("#summary tbody tr")) {
            summary.put(row.child(0).text(), row);
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        List<Element> sections = html.select("section.profile");
        assertThat(sections).hasSameSizeAs(summary.keySet());
        int i = 0;
        for (String name : summary.keySet()) {
            Element section = sections.get(i++);
            assertThat(section.selectFirst("h2").text()).isEqualTo(name);
            Element rec = section.selectFirst("p.rec");
            List<String> reasons = rec.nextElementSibling().select("> li").eachText();
            Map<String, String> platforms = new LinkedHashMap<>();
            Element table = section.select("table").stream()
                    .filter(t -> t.select("thead th").eachText().equals(List.of("Platform", "Variant", "Fits",
                            "Monthly", "Capacity"))).findFirst().orElseThrow();
            for (Element row : table.select("tbody tr")) {
                platforms.put(label(row.child(0).text(), row.child(1).text()),
                        row.child(2).text() + " " + row.child(3).text());
            }
            Element row = summary.get(name);
            Reading reading = reading(rec.text(), row.child(3).text(), reasons, platforms);
            assertThat(List.of(row.child(1).text(), row.child(2).text())).as("summary row of %s", name)
                    .containsExactly(reading.recommended().equals(NONE) ? "no platform fits" : reading.recommended(),
                            reading.monthly());
            assertFitCount(row.child(4).text(), platforms);
            readings.put(name, reading);
        }
        return readings;
    }

    // ---- shared ----

    /** "2 of 5": the platforms whose Fits word is anything but "no" (a platform without a price still fits). */
    private static void assertFitCount(String count, Map<String, String> platforms) {
        long fits = platforms.values().stream().filter(v -> !v.startsWith("no ") || v.startsWith("no price")).count();
        assertThat(count).isEqualTo(fits + " of " + platforms.size());
    }

    private static Reading reading(String headline, String runnerUp, List<String> reasons,
                                   Map<String, String> platforms) {
        Matcher m = HEADLINE.matcher(headline);
        boolean chosen = m.matches();
        assertThat(chosen || headline.toLowerCase(java.util.Locale.ROOT).endsWith("no platform fits"))
                .as("headline '%s'", headline).isTrue();
        return new Reading(chosen ? m.group(1) : NONE, chosen ? m.group(2) : ResultsView.NOTHING, runnerUp,
                List.copyOf(reasons), platforms);
    }

    private static String label(String name, String variant) {
        return name + (variant.isEmpty() ? "" : " (" + variant + ")");
    }
}
