package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regions side by side (issue 17, item 3): each cell of the region table must be the figure a single-region run
 * prints for that region and platform (an identity between two separate runs, not a formula re-run), the choice
 * stays within the profile's `regions`, and every format shows the table and its words.
 */
class RegionComparisonTest {

    private static final String CHAT = "profiles/chat-api.yaml";
    private static final String EU_CHAT = "src/test/resources/regions/eu-chat-api.yaml";
    private static final String THREE = "us-east-1,eu-west-1,ap-southeast-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each distinct run once: several tests read the same reports, and a run costs seconds. */
    private static final java.util.Map<List<String>, CliRun> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static CliRun run(String... args) {
        return RUNS.computeIfAbsent(List.of(args), a -> CliRun.of(args));
    }

    private static JsonNode profile(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("recommend"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRun run = run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("profiles").get(0);
    }

    @Test
    void eachCellIsWhatRecommendPricesInThatRegionAlone() throws Exception {
        JsonNode regions = profile(CHAT, "--region", THREE).path("regions");
        assertThat(regions.path("compared")).extracting(JsonNode::asText)
                .containsExactly("us-east-1", "eu-west-1", "ap-southeast-1");
        int compared = 0;
        for (int r = 0; r < 3; r++) {
            String region = regions.path("compared").get(r).asText();
            JsonNode alone = profile(CHAT, "--region", region);
            assertThat(alone.path("regions").isMissingNode()).as("one region: no table").isTrue();
            JsonNode assessments = alone.path("assessments");
            assertThat(regions.path("platforms").size()).isEqualTo(assessments.size());
            for (int i = 0; i < assessments.size(); i++) {
                JsonNode a = assessments.get(i);
                JsonNode row = regions.path("platforms").get(i);
                assertThat(row.path("platform").asText()).isEqualTo(a.path("platform").asText());
                assertThat(a.path("feasible").asBoolean() && a.path("priced").asBoolean()).isTrue();
                assertThat(row.path("standing").get(r).asText()).isEqualTo("priced");
                assertThat(row.path("platformCost").get(r).asDouble()).as(region + " " + a.path("platform"))
                        .isEqualTo(a.path("platformCost").asDouble());
                compared++;
            }
            assertThat(regions.path("recommended").get(r).asText())
                    .isEqualTo(alone.path("recommendation").path("platform").asText());
        }
        assertThat(compared).as("cells compared").isEqualTo(18);
    }

    @Test
    void theCheapestPairAndTheDifferencesInWordsAreTheSingleRegionFiguresComparedByHand() {
        // Single-region runs print AWS Fargate at $732.23 (us-east-1), $737.51 (eu-west-1), $929.58 (ap-southeast-1),
        // and nothing cheaper in any of them (the cheapest elsewhere: Cloud Functions 2nd gen at $738.10 in
        // us-east-1). 929.58 / 732.23 = 1.2695: 27% dearer. Lambda: $3,196.24 / $3,097.20 = 1.032: 3% dearer.
        assertThat(run("recommend", CHAT, "--region", "us-east-1").out()).contains("$732.23");
        assertThat(run("recommend", CHAT, "--region", "ap-southeast-1").out()).contains("$929.58")
                .contains("$3,196.24");
        String text = run("recommend", CHAT, "--region", THREE).out();
        assertThat(text).contains("AWS Fargate is 27% dearer in ap-southeast-1 than in us-east-1.")
                .contains("AWS Lambda is 3% dearer in ap-southeast-1 than in us-east-1.")
                .contains("no traffic between regions is");
        assertThat(run("recommend", CHAT, "--region", THREE, "--format", "markdown").out())
                .contains("us-east-1 → us-east4, eu-west-1 → europe-west2, ap-southeast-1 → asia-southeast1")
                // The cheapest pair is not always what is recommended in its region: the simplicity margin.
                .contains("Cheapest: AWS Fargate in us-east-1, $732.23 a month (recommended there: Cloud Functions "
                        + "2nd gen, see the Recommended row).");
    }

    @Test
    void dataResidencyLimitsTheChoiceButNotWhatIsShown() throws Exception {
        // us-east-1 is cheaper for Fargate ($732.23) but outside [eu-*]: the choice is eu-west-1's $737.51, the
        // Fargate cell of a run in eu-west-1 alone (which recommends Lambda Managed Instances, within 10% and simpler).
        JsonNode regions = profile(EU_CHAT, "--region", THREE).path("regions");
        assertThat(regions.path("allowed")).extracting(JsonNode::asBoolean).containsExactly(false, true, false);
        assertThat(regions.path("cheapest").path("platform").asText()).isEqualTo("fargate");
        assertThat(regions.path("cheapest").path("region").asText()).isEqualTo("eu-west-1");
        JsonNode fargate = null;
        for (JsonNode a : profile(CHAT, "--region", "eu-west-1").path("assessments")) {
            fargate = a.path("platform").asText().equals("fargate") ? a : fargate;
        }
        assertThat(regions.path("cheapest").path("platformCost").asDouble())
                .isEqualTo(fargate.path("platformCost").asDouble());
        String text = run("recommend", EU_CHAT, "--region", THREE).out();
        assertThat(text).contains("us-east-1 (outside regions)")
                .contains("Cheapest within regions [eu-*]: AWS Fargate in eu-west-1, $737.51 a month (recommended "
                        + "there: Lambda Managed")
                .contains("us-east-1 and ap-southeast-1 are outside this profile's regions (data residency)");
    }

    @Test
    void aGlobComparesTheCatalogsEuRegionsAndKeepsNoPriceApartFromDoesNotFit() throws Exception {
        // AWS's eight EU regions (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html),
        // in the catalog's order.
        JsonNode regions = profile(EU_CHAT).path("regions");
        assertThat(regions.path("compared")).extracting(JsonNode::asText).containsExactly("eu-central-1",
                "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3");
        assertThat(regions.path("allowed")).extracting(JsonNode::asBoolean).containsOnly(true);
        // The embedded catalog has no Lambda prices for eu-central-2: a price gap, not a limit.
        JsonNode lambda = regions.path("platforms").get(0);
        assertThat(lambda.path("platform").asText()).isEqualTo("lambda");
        assertThat(lambda.path("standing").get(1).asText()).isEqualTo("no-price");
        assertThat(lambda.path("platformCost").get(1).isNull()).isTrue();
        // A GPU workload does not fit Cloud Run functions in europe-west2 (no L4 GPUs there): a limit, not a gap.
        JsonNode gpu = profile("profiles/gpu-inference.yaml", "--region", "us-east-1,eu-west-1").path("regions");
        JsonNode gen2 = gpu.path("platforms").get(1);
        assertThat(gen2.path("platform").asText()).isEqualTo("cloud-functions-gen2");
        assertThat(gen2.path("standing")).extracting(JsonNode::asText).containsExactly("priced", "does-not-fit");
        String text = run("recommend", "profiles/gpu-inference.yaml", "--region", "us-east-1,eu-west-1").out();
        assertThat(text).contains("does not fit");
        assertThat(run("recommend", EU_CHAT, "--format", "markdown").out())
                .contains("| AWS Lambda | $3,097.20 | no price |");
    }

    /**
     * A region named twice is compared once: us-east-1,us-east-1 had two identical columns and "costs the same in
     * the 2 regions". Named once it is one region, so no table at all; with a third, two columns in the order first
     * named.
     */
    @Test
    void aRegionNamedTwiceCountsOnce() throws Exception {
        JsonNode twice = profile(CHAT, "--region", "us-east-1,us-east-1");
        assertThat(twice.path("regions").isMissingNode()).as("one region: no table").isTrue();
        assertThat(twice.path("region").asText()).isEqualTo("us-east-1");
        JsonNode three = profile(CHAT, "--region", "eu-west-1,us-east-1,eu-west-1").path("regions");
        assertThat(three.path("compared")).extracting(JsonNode::asText).containsExactly("eu-west-1", "us-east-1");
        CliRun json = run("recommend", CHAT, "--region", "us-east-1,us-east-1", "--format", "json");
        assertThat(JSON.readTree(json.out()).path("options").path("regions")).extracting(JsonNode::asText)
                .containsExactly("us-east-1");
    }

    /**
     * --region takes the patterns a profile's `regions` takes, expanded the same way: eu-west-* is the catalog's
     * eu-west-1, eu-west-2 and eu-west-3 (AWS's three "Europe (Ireland, London, Paris)" regions).
     */
    @Test
    void aPatternOnTheCommandLineComparesTheRegionsItNames() throws Exception {
        JsonNode regions = profile(CHAT, "--region", "eu-west-*").path("regions");
        assertThat(regions.path("compared")).extracting(JsonNode::asText)
                .containsExactly("eu-west-1", "eu-west-2", "eu-west-3");
        CliRun none = run("recommend", CHAT, "--region", "zz-*");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("--region: 'zz-*' names no AWS region the catalog knows.");
    }

    /** A Google region on --region is no typo of an AWS one ("Did you mean 'ca-central-1'?"): gcp_region is. */
    @Test
    void aGoogleRegionIsPointedToGcpRegion() {
        CliRun run = run("recommend", CHAT, "--region", "us-central1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--region: 'us-central1' is a Google Cloud region; --region names the AWS "
                + "region. To price Cloud Functions there, set gcp_region: us-central1 in the profile.")
                .doesNotContain("Did you mean");
    }

    /**
     * A region that prices the compute but not the services around it leaves them out of its month (with a note):
     * that month is a lower bound, shown as one and never ranked. A queue worker logging 10 KB a request: in
     * us-east-1 its SQS ($31.54) and logs ($125.33) are in the month; in af-south-1 (Lambda priced by an overlay,
     * SQS and CloudWatch Logs not) only the compute, 26,280,000 × $0.27/M + 2,628,000 GB-s × $0.0000221 = $65.17,
     * which ranked as the cheapest before (an expert review's finding, Cape Town at $235.70 against whole months).
     */
    @Test
    void aMonthThatLeavesAServiceOutForWantOfAPriceIsALowerBoundAndNeverTheCheapest() throws Exception {
        JsonNode regions = profile("src/test/resources/regions/queue-worker-logs.yaml", "--region",
                "us-east-1,af-south-1", "--platforms", "lambda", "--catalog",
                "src/test/resources/regions/cape-town-lambda.yaml").path("regions");
        JsonNode lambda = regions.path("platforms").get(0);
        assertThat(lambda.path("standing")).extracting(JsonNode::asText).containsExactly("priced", "partial");
        double capeTown = lambda.path("platformCost").get(1).asDouble();
        assertThat(capeTown).isGreaterThan(65.0).isLessThan(lambda.path("platformCost").get(0).asDouble());
        assertThat(regions.path("cheapest").path("region").asText()).isEqualTo("us-east-1");
        assertThat(regions.path("sentences").toString()).contains("≥: in af-south-1 a service around the compute");
        assertThat(run("recommend", "src/test/resources/regions/queue-worker-logs.yaml", "--region",
                "us-east-1,af-south-1", "--platforms", "lambda", "--catalog",
                "src/test/resources/regions/cape-town-lambda.yaml").out()).contains("≥ $");
        // In af-south-1 alone, the recommendation says its month is a lower bound against Google's whole ones.
        assertThat(run("recommend", "src/test/resources/regions/queue-worker-logs.yaml", "--region", "af-south-1",
                "--catalog", "src/test/resources/regions/cape-town-lambda.yaml").out().replaceAll("\\s+", " "))
                .contains("AWS Lambda's month leaves out a service around the compute that the catalog does not "
                        + "price in af-south-1 (its notes name it): a lower bound against the whole months of Cloud "
                        + "Functions 2nd gen and Cloud Functions 1st gen");
    }

    /** Where what fits has no price in the region, the headline says so, not that nothing fits. */
    @Test
    void aRegionWithoutPricesIsNotCalledOneWhereNothingFits() {
        // Calgary: neither Lambda nor Fargate is priced there (af-south-1 has Lambda's requests and duration now).
        String[] args = {"recommend", "src/test/resources/regions/queue-worker-logs.yaml", "--region", "ca-west-1",
                "--platforms", "lambda,fargate"};
        String text = run(args).out();
        assertThat(text).contains("Recommendation: no platform that fits could be priced here")
                .doesNotContain("no platform fits");
        // Lambda's two architectures miss the same request price: it is named once.
        assertThat(text.split("no lambda.requests price for ca-west-1", -1)).hasSize(2);
        String[] markdown = java.util.Arrays.copyOf(args, args.length + 2);
        markdown[args.length] = "--format";
        markdown[args.length + 1] = "markdown";
        assertThat(run(markdown).out()).contains("**no platform that fits could be priced here**");
    }

    @Test
    void gcpRegionPinsGooglePlatformsInEveryColumnAndTheReportSaysSo() throws Exception {
        String pinned = "src/test/resources/regions/pinned-chat-api.yaml";
        JsonNode regions = profile(pinned, "--region", THREE).path("regions");
        assertThat(regions.path("googlePinned").asBoolean()).isTrue();
        assertThat(regions.path("googleRegions")).extracting(JsonNode::asText).containsOnly("us-central1");
        // Pinned, nothing a Google platform is priced from depends on the AWS region: one figure in every column.
        JsonNode gen2 = regions.path("platforms").get(1);
        assertThat(gen2.path("platform").asText()).isEqualTo("cloud-functions-gen2");
        assertThat(gen2.path("platformCost").get(1).asDouble()).isEqualTo(gen2.path("platformCost").get(0).asDouble());
        assertThat(gen2.path("platformCost").get(2).asDouble()).isEqualTo(gen2.path("platformCost").get(0).asDouble());
        assertThat(run("recommend", pinned, "--region", THREE, "--format", "markdown").out())
                .contains("Google platforms are priced in us-central1 in every column: the profile's gcp\\_region "
                        + "pins them.");
    }

    @Test
    void everyFormatShowsTheTableAndItsWords() {
        String words = "AWS Fargate is 27% dearer in ap-southeast-1 than in us-east-1.";
        String markdown = run("recommend", CHAT, "--region", THREE, "--format", "markdown").out();
        assertThat(markdown).contains("In each region (monthly").contains("| Platform | us-east-1 | eu-west-1 | "
                + "ap-southeast-1 |").contains("| AWS Fargate | $732.23 | $737.51 | $929.58 |").contains(words);
        String html = run("recommend", CHAT, "--region", THREE, "--format", "html").out();
        assertThat(html).contains("<h3>In each region (monthly").contains("<th class=\"num\">ap-southeast-1</th>")
                .contains("<td>AWS Fargate</td><td class=\"num\">$732.23</td>").contains("<p>" + words + "</p>");
        String csv = run("recommend", CHAT, "--region", THREE, "--format", "csv").out();
        assertThat(csv).contains("chat-api,fargate,,true,false,region:ap-southeast-1,"
                + "\"monthly cost in ap-southeast-1 (comparison, LLM tokens left out)\",,,,929.5");
        String jsonl = run("recommend", CHAT, "--region", THREE, "--format", "jsonl").out();
        assertThat(jsonl).contains("\"regions\":{\"compared\":[\"us-east-1\",\"eu-west-1\",\"ap-southeast-1\"]")
                .contains(words);
    }

    @Test
    void aRegionOutsideTheProfilesRegionsIsBadInputNamingTheField() {
        CliRun run = run("recommend", EU_CHAT, "--region", "us-east-1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("eu-chat-api.yaml:8:10: regions:").contains("--region us-east-1 is outside")
                .contains("eu-west-1").doesNotContain("Exception");
        CliRun unknown = run("recommend", CHAT, "--region", "us-east-1,eu-westt-1");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown AWS region 'eu-westt-1'").doesNotContain("Exception");
    }

    /**
     * Under a commitment, a region whose rate the catalog lacks is priced on demand (Compute Savings Plans apply in
     * every region; the catalog's Lambda and Fargate rates are us-east-1's). chat-api's Lambda in eu-west-1 is then
     * exactly its on-demand month there ($3,097.20, what `recommend --region eu-west-1` prints on demand), and must
     * neither read as "3% dearer" than us-east-1's committed month nor be ranked: its standing says so in JSON, its
     * cell is marked "≤", and a sentence says why.
     */
    @Test
    void aRegionWithoutTheCommitmentsRateIsMarkedOnDemandAndNotCompared() throws Exception {
        JsonNode alone = profile(CHAT, "--region", "eu-west-1");
        double onDemand = alone.path("assessments").get(0).path("platformCost").asDouble();
        assertThat(onDemand).isCloseTo(3097.20, org.assertj.core.api.Assertions.within(0.005));
        JsonNode regions = profile(CHAT, "--pricing", "savings-plan-1y", "--region", "us-east-1,eu-west-1")
                .path("regions");
        JsonNode lambda = regions.path("platforms").get(0);
        assertThat(lambda.path("platform").asText()).isEqualTo("lambda");
        assertThat(lambda.path("standing")).extracting(JsonNode::asText)
                .containsExactly("priced", "no-commitment-rate");
        assertThat(lambda.path("platformCost").get(1).asDouble()).isEqualTo(onDemand);
        assertThat(regions.path("sentences")).extracting(JsonNode::asText)
                .noneMatch(t -> t.startsWith("AWS Lambda is") || t.startsWith("AWS Fargate is"))
                .anyMatch(t -> t.startsWith("≤: the catalog has no rate for the commitment there (AWS Lambda in "
                        + "eu-west-1"));
        String text = run("recommend", CHAT, "--pricing", "savings-plan-1y", "--region", "us-east-1,eu-west-1").out();
        assertThat(text).contains("≤ $3,097.20");
        // Where the option has no rate in any region nothing is marked (both cells alike): EKS nodes under 1 year.
        JsonNode eks = regions.path("platforms").get(5);
        assertThat(eks.path("platform").asText()).isEqualTo("eks");
        assertThat(eks.path("standing")).extracting(JsonNode::asText).containsExactly("priced", "priced");
    }
}
