package dev.costfit.report;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reports written in parts as a portfolio is evaluated (jsonl, csv, json): however the profiles are cut into parts,
 * the opening, the parts and the closing are the bytes of the report of all of them at once.
 */
class PartedReportTest {

    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, Platforms.ids(), false);
    private static final List<ProfileResult> SAMPLES = EVALUATOR.evaluateAll(
            new ProfileLoader().load(List.of(Path.of("profiles"))), false);

    /** The report written with parts of {@code size} profiles (the last one shorter). */
    private static String inParts(PartedReport report, List<ProfileResult> results, int size) {
        StringBuilder out = new StringBuilder(report.opening());
        for (int from = 0; from < results.size(); from += size) {
            out.append(report.part(results.subList(from, Math.min(results.size(), from + size))));
        }
        return out.append(report.closing()).toString();
    }

    private static void assertPartsMakeTheWhole(Function<RunInfo, PartedReport> parted,
                                                Function<List<ProfileResult>, String> whole) {
        int compared = 0;
        for (int size = 1; size <= SAMPLES.size(); size++) {
            assertThat(inParts(parted.apply(RUN), SAMPLES, size)).as("parts of %d", size)
                    .isEqualTo(whole.apply(SAMPLES));
            compared++;
        }
        assertThat(inParts(parted.apply(RUN), List.of(), 1)).as("no profile").isEqualTo(whole.apply(List.of()));
        assertThat(SAMPLES).hasSizeGreaterThan(3);
        assertThat(compared).isEqualTo(SAMPLES.size());
    }

    @Test
    void everyStreamedFormatIsTheWholeReportWhateverTheParts() {
        Renderer json = new JsonReport();
        assertPartsMakeTheWhole(run -> json.recommendInParts(run).orElseThrow(), r -> json.recommend(RUN, r));
        assertPartsMakeTheWhole(run -> json.checkInParts(run).orElseThrow(), r -> json.check(RUN, r));
        Renderer csv = new CsvReport();
        assertPartsMakeTheWhole(run -> csv.recommendInParts(run).orElseThrow(), r -> csv.recommend(RUN, r));
        assertPartsMakeTheWhole(run -> csv.checkInParts(run).orElseThrow(), r -> csv.check(RUN, r));
        Renderer lines = new JsonLinesReport();
        assertPartsMakeTheWhole(run -> lines.recommendInParts(run).orElseThrow(), r -> lines.recommend(RUN, r));
    }

    /**
     * The JSON document streamed a profile at a time is exactly Jackson's pretty print of the same document built
     * as one tree (the writer it replaced): indentation, separators between profiles, an empty list, the last
     * newline.
     */
    @Test
    void theStreamedJsonDocumentIsJacksonsPrettyPrintOfTheWholeTree() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (List<ProfileResult> results : List.of(SAMPLES, SAMPLES.subList(0, 1), List.<ProfileResult>of())) {
            String streamed = inParts(new JsonReport().recommendInParts(RUN).orElseThrow(), results, 2);
            JsonNode tree = mapper.readTree(streamed);
            assertThat(streamed).isEqualTo(mapper.writeValueAsString(tree) + "\n");
            assertThat(tree.get("report").asText()).isEqualTo("recommend");
            List<String> names = new ArrayList<>();
            tree.get("profiles").forEach(p -> names.add(p.get("name").asText()));
            assertThat(names).isEqualTo(results.stream().map(r -> r.profile().name()).toList());
        }
        assertThat(inParts(new JsonReport().recommendInParts(RUN).orElseThrow(), List.of(), 1))
                .endsWith("\"profiles\" : [ ]\n}\n");
    }

    @Test
    void aStreamedJsonDocumentNamesWhereANonFiniteNumberWouldGo() {
        // Counted across parts: the second profile of the document, though the first of its part.
        ProfileResult sample = SAMPLES.get(1);
        ProfileResult broken = withOneLine(sample, CostLine.of("test.key", "a line", Double.NaN, "request", 1));
        PartedReport report = new JsonReport().recommendInParts(RUN).orElseThrow();
        report.opening();
        report.part(SAMPLES.subList(0, 1));
        assertThatThrownBy(() -> report.part(List.of(broken)))
                .hasMessageEndingWith("at $.profiles[1].assessments[0].monthlyCost");
        // A line of jsonl is its own root: the same number named from the line's object.
        PartedReport lines = new JsonLinesReport().recommendInParts(RUN).orElseThrow();
        lines.part(SAMPLES.subList(0, 1));
        assertThatThrownBy(() -> lines.part(List.of(sample, broken)))
                .hasMessageEndingWith("at $.assessments[0].monthlyCost");
    }

    @Test
    void numbersAreWrittenInTheirShortestDigitsWhicheverJavaRuns() {
        // Java 17's Double.toString writes 1e23 as 9.999999999999999E22 and 2.82879384806159e17 with three digits
        // too many (JDK-4511638, fixed in Java 19): the JSON says each in the fewest digits that read back as it.
        ProfileResult result = withOneLine(SAMPLES.get(0),
                CostLine.of("test.key", "a line", 1e23, "request", 2.82879384806159e17));
        String line = new JsonLinesReport().recommendInParts(RUN).orElseThrow().part(List.of(result));
        assertThat(line).contains("\"quantity\":1.0E23,").contains("\"unitPrice\":2.82879384806159E17,");
    }

    /** The result with its first platform's assessment alone, that one cost line its only line. */
    private static ProfileResult withOneLine(ProfileResult result, CostLine line) {
        Assessment first = result.assessments().get(0);
        return new ProfileResult(result.profile(), List.of(first.withLines(List.of(line), List.of())),
                result.recommendation(), result.pricing(), result.regions(), result.ranges());
    }
}
