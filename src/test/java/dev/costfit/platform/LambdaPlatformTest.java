package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static dev.costfit.TestProfiles.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Lambda model against published figures: ../shared/examples/worked-examples.md (the Lambda pricing page's
 * example 1 and Infracost's golden files) and pricing-reference.md §1. Amounts are compared to the cent, as the
 * sources print them; quantities exactly.
 */
class LambdaPlatformTest {

    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final PricingContext FREE = new PricingContext(CATALOG, true);

    /**
     * Provisioned concurrency bought hour by hour moves in steps of the hours alike ({@link
     * LambdaPlatform#keptWarmStep}): on a diurnal day, two hours of 24 at once. Checked on the model itself: a Java
     * function of 39 s a request whose SLO needs environments kept, at 1,500 rates 0.1% apart (the search's
     * precision) from 0.002/s to 0.009/s, where its mean-hour count never moves by more than 2/24 from one rate to
     * the next (it moves 18 times, up to 3.375).
     */
    @Test
    void provisionedConcurrencyMovesByTheHoursAlikeAtOnce() {
        String yaml = "name: t\ntraffic: {rate: 0.002/s, pattern: diurnal}\nduration: 39s\nmemory: 128MB\n"
                + "timeout: 900s\nruntime: java\nlatency: {cold_start_budget: 1640ms, cold_start_share: 1%}\n";
        Profile profile = TestProfiles.parse(yaml);
        assertThat(LAMBDA.keptWarmStep(profile)).isEqualTo(2.0 / 24);
        assertThat(LAMBDA.keptWarmStep(TestProfiles.parse(yaml.replace("diurnal", "flat")))).isEqualTo(1);
        double previous = Double.NaN;
        double most = 0;
        int moves = 0;
        for (int i = 0; i < 1500; i++) {
            double rate = 0.002 * Math.pow(1.001, i);
            double kept = LAMBDA.assess(dev.costfit.recommend.BreakEven.atRate(profile, rate), LIST.searching())
                    .coldStarts().keptWarm();
            if (i > 0 && kept != previous) {
                moves++;
                most = Math.max(most, Math.abs(kept - previous));
            }
            previous = kept;
        }
        assertThat(moves).isGreaterThan(10);
        assertThat(most).isLessThanOrEqualTo(2.0 / 24 + 1e-12);
    }

    private static Map<String, CostLine> byComponent(Assessment a) {
        return a.lines().stream().collect(Collectors.toMap(CostLine::component, l -> l));
    }

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    @Nested
    class WorkedExamples {

        @Test
        void mobileBackendWithFreeTierIs273() {
            // aws.amazon.com/lambda/pricing, example 1: 3M requests, 120 ms, 1536 MB, x86_64, free tier applied.
            // Compute 540,000 GB-s - 400,000 free = 140,000 x $0.0000166667 = $2.33; requests 2M x $0.20/M = $0.40.
            // The example leaves out the INIT time billed since August 2025: cold_start.init 0ms does too.
            Profile p = service("3M/month", "120ms", "1536MB", "architecture: x86_64", "cold_start: {init: 0ms}");
            Assessment a = LAMBDA.assess(p, FREE);

            assertThat(a.variant()).isEqualTo("x86_64");
            Map<String, CostLine> lines = byComponent(a);
            CostLine duration = lines.get("Duration (x86_64, after 400,000 GB-s free)");
            assertThat(duration.quantity()).isCloseTo(140_000, within(1e-6));
            assertThat(cents(duration.monthlyCost())).isEqualTo(2.33);
            CostLine requests = lines.get("Requests (after 1M free)");
            assertThat(requests.quantity()).isCloseTo(2_000_000, within(1e-6));
            assertThat(cents(requests.monthlyCost())).isEqualTo(0.40);
            assertThat(cents(a.monthlyCost())).isEqualTo(2.73);
        }

        @Test
        void mobileBackendWithoutFreeTierPaysForEverything() {
            // Same example at list price: 540,000 GB-s x $0.0000166667 = $9.00; 3M x $0.20/M = $0.60.
            Assessment a = LAMBDA.assess(service("3M/month", "120ms", "1536MB", "cold_start: {init: 0ms}"), LIST);
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(540_000, within(1e-6));
            assertThat(cents(a.monthlyCost())).isEqualTo(9.60);
        }

        @Test
        void telemetryExampleIs24949() {
            // aws.amazon.com/lambda/pricing, example 2: 7,440,000 invocations a month of 2 s at 1024 MB, x86_64, no
            // free tier. Compute 7.44M × 2 s × 1 GB = 14.88M GB-s × $0.0000166667 = $248.00 (248.000496); requests
            // 7.44 × $0.20 = $1.49 (1.488); $249.49.
            Assessment a = LAMBDA.assess(service("7440000/month", "2s", "1024MB", "architecture: x86_64",
                    "cold_start: {init: 0ms}"), LIST);
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Duration (x86_64)").quantity()).isCloseTo(14_880_000, within(1e-3));
            assertThat(lines.get("Duration (x86_64)").monthlyCost()).isCloseTo(248.000496, within(1e-6));
            assertThat(lines.get("Requests").monthlyCost()).isCloseTo(1.488, within(1e-9));
            assertThat(cents(a.monthlyCost())).isEqualTo(249.49);
        }

        @Test
        void machineLearningExampleWithEphemeralStorageIs10641() {
            // aws.amazon.com/lambda/pricing, example 3: 6M invocations of 280 ms at 4096 MB with 2048 MB of ephemeral
            // storage, x86_64, free tier applied. Compute 6M × 0.28 s × 4 GB = 6.72M GB-s − 400,000 = 6.32M ×
            // $0.0000166667 = $105.33; requests 5M × $0.20/M = $1.00; storage 1.5 extra GB × 0.28 s × 6M = 2.52M GB-s ×
            // $0.0000000309 = $0.08 (0.077868); $106.41.
            Assessment a = LAMBDA.assess(service("6M/month", "280ms", "4096MB", "architecture: x86_64",
                    "storage: 2048MB", "cold_start: {init: 0ms}"), FREE);
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Duration (x86_64, after 400,000 GB-s free)").quantity())
                    .isCloseTo(6_320_000, within(1e-3));
            assertThat(cents(lines.get("Duration (x86_64, after 400,000 GB-s free)").monthlyCost())).isEqualTo(105.33);
            assertThat(lines.get("Requests (after 1M free)").quantity()).isCloseTo(5_000_000, within(1e-6));
            CostLine storage = lines.get("Ephemeral storage above 512 MB");
            assertThat(storage.quantity()).isCloseTo(2_520_000, within(1e-3));
            assertThat(storage.monthlyCost()).isCloseTo(0.077868, within(1e-9));
            assertThat(cents(a.monthlyCost())).isEqualTo(106.41);
        }

        @Test
        void infracost128MbX86() {
            // Infracost golden: 128 MB, 100,000 requests x 350 ms, x86_64 -> 0.1M requests $0.02; 4,375 GB-s $0.07.
            Assessment a = LAMBDA.assess(service("100k/month", "350ms", "128MB", "architecture: x86_64"), LIST);
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Duration (x86_64)").quantity()).isCloseTo(4_375, within(1e-9));
            assertThat(cents(lines.get("Duration (x86_64)").monthlyCost())).isEqualTo(0.07);
            assertThat(cents(lines.get("Requests").monthlyCost())).isEqualTo(0.02);
        }

        @Test
        void infracost128MbArm() {
            // Infracost golden: same on arm64 -> 4,375 GB-s $0.06.
            Assessment a = LAMBDA.assess(service("100k/month", "350ms", "128MB", "architecture: arm64"), LIST);
            CostLine duration = byComponent(a).get("Duration (arm64)");
            assertThat(duration.quantity()).isCloseTo(4_375, within(1e-9));
            assertThat(cents(duration.monthlyCost())).isEqualTo(0.06);
        }

        @Test
        void infracost512MbBothArchitectures() {
            // Infracost golden: 512 MB, 100,000 x 350 ms -> 17,500 GB-s: $0.29 on x86_64, $0.23 on arm64.
            Assessment x86 = LAMBDA.assess(service("100k/month", "350ms", "512MB", "architecture: x86_64"), LIST);
            Assessment arm = LAMBDA.assess(service("100k/month", "350ms", "512MB", "architecture: arm64"), LIST);
            assertThat(byComponent(x86).get("Duration (x86_64)").quantity()).isCloseTo(17_500, within(1e-9));
            assertThat(cents(byComponent(x86).get("Duration (x86_64)").monthlyCost())).isEqualTo(0.29);
            assertThat(cents(byComponent(arm).get("Duration (arm64)").monthlyCost())).isEqualTo(0.23);
        }

        @Test
        void infracostFirstTierX86() {
            // Infracost golden: 3,072,000,000 GB-s in the first tier -> $51,200.10 (1B requests x 3,072 ms x 1 GB).
            Assessment a = LAMBDA.assess(service("1B/month", "3072ms", "1024MB"), LIST);
            CostLine duration = byComponent(a).get("Duration (x86_64)");
            assertThat(duration.quantity()).isCloseTo(3_072_000_000.0, within(1e-3));
            assertThat(cents(duration.monthlyCost())).isEqualTo(51_200.10);
        }

        @Test
        void infracostFirstAndSecondTierX86() {
            // Infracost golden: 9,216,000,000 GB-s -> first 6B $100,000.20, next 3,216,000,000 $48,240.00.
            Assessment a = LAMBDA.assess(service("1B/month", "9216ms", "1024MB"), LIST);
            Map<String, CostLine> lines = byComponent(a);
            CostLine first = lines.get("Duration (x86_64), first 6B GB-second");
            CostLine next = lines.get("Duration (x86_64), next 9B GB-second");
            assertThat(first.quantity()).isCloseTo(6_000_000_000.0, within(1e-3));
            assertThat(cents(first.monthlyCost())).isEqualTo(100_000.20);
            assertThat(next.quantity()).isCloseTo(3_216_000_000.0, within(1e-3));
            assertThat(cents(next.monthlyCost())).isEqualTo(48_240.00);
        }
    }

    @Nested
    class Tiers {

        @Test
        void x86ThirdTierStartsAt15BillionGbSeconds() {
            // pricing-reference §1.1: 6B at $0.0000166667, 9B at $0.0000150000, the rest at $0.0000133334.
            Assessment a = LAMBDA.assess(service("1B/month", "20000ms", "1024MB"), LIST);
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Duration (x86_64), first 6B GB-second").quantity()).isCloseTo(6e9, within(1e-3));
            assertThat(lines.get("Duration (x86_64), next 9B GB-second").quantity()).isCloseTo(9e9, within(1e-3));
            CostLine over = lines.get("Duration (x86_64), over 15B GB-second");
            assertThat(over.quantity()).isCloseTo(5e9, within(1e-3));
            assertThat(over.unitPrice()).isEqualTo(0.0000133334);
            assertThat(cents(over.monthlyCost())).isEqualTo(66_667.00);
        }

        @Test
        void arm64TiersAreSevenPointFiveAndEighteenPointSevenFiveBillion() {
            // 20B GB-s on arm64: 7.5B x 0.0000133334 = 100,000.50; 11.25B x 0.0000120001 = 135,001.125;
            // 1.25B x 0.0000106667 = 13,333.375.
            Assessment a = LAMBDA.assess(service("1B/month", "20000ms", "1024MB", "architecture: arm64"), LIST);
            Map<String, CostLine> lines = byComponent(a);
            assertThat(cents(lines.get("Duration (arm64), first 7.5B GB-second").monthlyCost()))
                    .isEqualTo(100_000.50);
            assertThat(lines.get("Duration (arm64), next 11.25B GB-second").monthlyCost())
                    .isCloseTo(135_001.125, within(1e-3));
            assertThat(lines.get("Duration (arm64), over 18.75B GB-second").monthlyCost())
                    .isCloseTo(13_333.375, within(1e-3));
        }

        @Test
        void exactlyAtTheBoundaryStaysInTheFirstTier() {
            // 6B GB-s exactly: all at the first-tier price, one line.
            Assessment a = LAMBDA.assess(service("1B/month", "6000ms", "1024MB"), LIST);
            List<CostLine> duration = a.lines().stream().filter(l -> l.component().startsWith("Duration")).toList();
            assertThat(duration).hasSize(1);
            assertThat(cents(duration.get(0).monthlyCost())).isEqualTo(100_000.20);
        }
    }

    @Nested
    class Rules {

        @Test
        void billedDurationRoundsUpToTheMillisecond() {
            // 100,000 x 120.2 ms -> billed 121 ms: 100,000 x 0.121 s x 1 GB = 12,100 GB-s.
            Assessment a = LAMBDA.assess(service("100k/month", "120.2ms", "1024MB"), LIST);
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(12_100, within(1e-6));
        }

        @Test
        void ephemeralStorageIsBilledPerExtraGbSecondNotTimesMemory() {
            // 10 GB /tmp, 512 MB included: 9.5 extra GB x 1 s x 1M invocations = 9,500,000 GB-s x $0.0000000309.
            Assessment a = LAMBDA.assess(service("1M/month", "1s", "2048MB", "storage: 10GB"), LIST);
            CostLine storage = byComponent(a).get("Ephemeral storage above 512 MB");
            assertThat(storage.quantity()).isCloseTo(9_500_000, within(1e-6));
            assertThat(storage.unitPrice()).isEqualTo(0.0000000309);
            assertThat(storage.monthlyCost()).isCloseTo(0.29355, within(1e-9));
        }

        @Test
        void storageAtTheIncludedSizeCostsNothingExtra() {
            Assessment a = LAMBDA.assess(service("1M/month", "1s", "2048MB", "storage: 512MB"), LIST);
            assertThat(a.lines()).noneMatch(l -> l.component().startsWith("Ephemeral"));
        }

        @Test
        void streamingBillsBytesBeyondTheFirstSixMegabytesOfEachResponse() {
            // 100,000 responses of 10 MB streamed: 4 MB each beyond 6 MB = 400,000 MB = 390.625 GB x $0.008.
            Assessment a = LAMBDA.assess(service("100k/month", "2s", "512MB",
                    "payload: {response: 10MB, streaming: true}"), LIST);
            CostLine streaming = a.lines().stream().filter(l -> l.component().startsWith("Response streaming"))
                    .findFirst().orElseThrow();
            assertThat(streaming.quantity()).isCloseTo(390.625, within(1e-9));
            assertThat(streaming.monthlyCost()).isCloseTo(3.125, within(1e-9));
        }

        @Test
        void aStreamedResponseBillsAtLeastTheTimeItsStreamTakesAtTwoMegabytesASecond() {
            // Lambda docs, configuration-response-streaming (pricing-reference §1.3): the first 6 MB stream
            // uncapped, the rest at most 2 MBps. 50 MB: (50 - 6) / 2 = 22 s, longer than the 1 s of work.
            // 1/s x 2,628,000 s = 2,628,000 requests x 22 s x 1,769 / 1,024 GB = 99,879,398.4375 GB-s
            // x $0.0000166667 = $1,664.66 (at 1 s it was 4,539,972.66 GB-s, $75.67).
            Assessment a = LAMBDA.assess(service("1/s", "1s", "1769MB", "payload: {response: 50MB, streaming: true}",
                    "architecture: x86_64"), LIST);
            CostLine duration = byComponent(a).get("Duration (x86_64)");
            assertThat(duration.quantity()).isCloseTo(99_879_398.4375, within(1e-3));
            assertThat(cents(duration.monthlyCost())).isEqualTo(1_664.66);
            assertThat(a.capacity().figures()).anySatisfy(f -> {
                assertThat(f.key()).isEqualTo("requestSeconds");
                assertThat(f.value()).isEqualTo(22);
            });
            assertThat(a.notes()).anyMatch(n -> n.startsWith("each request lasts 22 s, not 1 s: Lambda streams the "
                    + "50 MB response's first 6 MB uncapped, the rest at most 2 MBps"));
        }

        @Test
        void aStreamOf6MbOrLessTakesNoLongerThanTheWork() {
            // 6 MB: nothing beyond the uncapped first 6 MB. 100,000 x 2 s x 0.5 GB = 100,000 GB-s.
            Assessment a = LAMBDA.assess(service("100k/month", "2s", "512MB",
                    "payload: {response: 6MB, streaming: true}"), LIST);
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(100_000, within(1e-6));
        }

        /**
         * "Lambda supports response streaming on Node.js managed runtimes. For other languages, you can use a custom
         * runtime ... or use the Lambda Web Adapter" (Lambda docs, configuration-response-streaming): a Python
         * function that streams is told how, and priced the same; a Node.js one is not told.
         */
        @Test
        void aStreamOnAnotherRuntimeThanNodeIsToldItNeedsTheWebAdapterOrACustomRuntime() {
            Assessment python = LAMBDA.assess(service("100k/month", "2s", "512MB",
                    "payload: {response: 10MB, streaming: true}", "runtime: python"), LIST);
            assertThat(python.notes()).contains("Lambda streams responses natively only on its Node.js managed "
                    + "runtimes; python streams through the Lambda Web Adapter (an extension, as a layer or in the "
                    + "image) or a custom runtime, priced the same");
            Assessment node = LAMBDA.assess(service("100k/month", "2s", "512MB",
                    "payload: {response: 10MB, streaming: true}", "runtime: node"), LIST);
            assertThat(node.notes()).noneMatch(n -> n.contains("Web Adapter"));
            // The stream bills alike (each runtime's cold starts differ).
            java.util.function.Function<Assessment, Double> stream = x -> x.lines().stream()
                    .filter(l -> l.component().startsWith("Response streaming")).findFirst().orElseThrow()
                    .monthlyCost();
            assertThat(stream.apply(python)).isEqualTo(3.125).isEqualTo(stream.apply(node));
        }

        @Test
        void streamingFreeTierTakes100GbOff() {
            Assessment a = LAMBDA.assess(service("100k/month", "2s", "512MB",
                    "payload: {response: 10MB, streaming: true}"), FREE);
            CostLine streaming = a.lines().stream().filter(l -> l.component().startsWith("Response streaming"))
                    .findFirst().orElseThrow();
            assertThat(streaming.quantity()).isCloseTo(290.625, within(1e-9));
        }

        @Test
        void anAsynchronousEventBillsARequestPer64KbChunkBeyondTheFirst256Kb() {
            // Lambda pricing page (pricing-reference §1.1, S1): an async invocation is 1 request for its first
            // 256 KB and 1 more per further 64 KB chunk. 600 KB: 1 + ceil((600 - 256) / 64) = 1 + ceil(5.375) = 7.
            // 10/s x 2,628,000 s = 26,280,000 events x 7 = 183,960,000 requests x $0.20/M = $36.792.
            Assessment a = LAMBDA.assess(service("10/s", "1s", "512MB", "trigger: event",
                    "payload: {request: 600KB}"), LIST);
            CostLine requests = a.lines().stream().filter(l -> l.component().startsWith("Requests")).findFirst()
                    .orElseThrow();
            assertThat(requests.quantity()).isCloseTo(183_960_000, within(1e-3));
            assertThat(requests.monthlyCost()).isCloseTo(36.792, within(1e-9));
            assertThat(requests.component()).isEqualTo("Requests (7 per 600 KB event: one for the first 256 KB, "
                    + "one per further 64 KB)");
            // The duration is billed once per event: 26,280,000 x 1 s x 0.5 GB = 13,140,000 GB-s.
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(13_140_000, within(1e-3));
        }

        @Test
        void asyncChunksCountFromTheFirstByteBeyond256KbUpTo1Mb() {
            // 256 KB: 1; 320 KB = 256 + 64: 2; 321 KB: 3; 1 MB = 256 + 12 x 64: 13 (per 1M events: $0.20 each).
            double[][] cases = {{256, 1}, {320, 2}, {321, 3}, {1024, 13}};
            for (double[] c : cases) {
                Assessment a = LAMBDA.assess(service("1M/month", "1s", "512MB", "trigger: event",
                        "payload: {request: " + (int) c[0] + "KB}"), LIST);
                CostLine requests = a.lines().stream().filter(l -> l.component().startsWith("Requests"))
                        .findFirst().orElseThrow();
                assertThat(requests.quantity()).as(c[0] + " KB").isCloseTo(c[1] * 1_000_000, within(1e-6));
            }
        }

        @Test
        void synchronousCallsAndQueueBatchesBillOneRequestWhateverTheirSize() {
            // http and an SQS event source mapping invoke synchronously: 600 KB still bills 1 request an
            // invocation. 10/s x 2,628,000 s = 26,280,000 requests (no batch_window: one message an invocation).
            Assessment http = LAMBDA.assess(service("10/s", "1s", "512MB", "trigger: http",
                    "payload: {request: 600KB}"), LIST);
            assertThat(byComponent(http).get("Requests").quantity()).isCloseTo(26_280_000, within(1e-3));
            Profile queued = service("10/s", "1s", "512MB", "trigger: queue", "payload: {request: 600KB}");
            assertThat(byComponent(LAMBDA.assess(LAMBDA.asInvoked(queued, LIST.catalog()), LIST)).get("Requests")
                    .quantity())
                    .isCloseTo(26_280_000, within(1e-3));
        }

        @Test
        void freeTierNeverMakesACostNegative() {
            Assessment a = LAMBDA.assess(service("1000/month", "100ms", "128MB"), FREE);
            assertThat(a.lines()).allSatisfy(l -> assertThat(l.monthlyCost()).isGreaterThanOrEqualTo(0));
            assertThat(a.monthlyCost()).isZero();
        }

        /**
         * Where the free tier takes the whole duration, its line stays at $0, as the Requests and INIT lines do, and
         * names the GB-s it takes (a review found the line gone): 100,000 requests × 200 ms × 0.5 GB = 10,000 GB-s,
         * within the 400,000 free (pricing-reference.md §1.1). Without the free tier, the 10,000 GB-s bill.
         */
        @Test
        void aDurationTheFreeTierTakesWholeKeepsItsLine() {
            Profile p = service("100k/month", "200ms", "512MB");
            Map<String, CostLine> free = byComponent(LAMBDA.assess(p, FREE));
            CostLine duration = free.get("Duration (x86_64, 10,000 GB-s within 400,000 GB-s free)");
            assertThat(duration).isNotNull();
            assertThat(duration.key()).isEqualTo("lambda.duration.x86_64");
            assertThat(duration.quantity()).isZero();
            assertThat(duration.monthlyCost()).isZero();
            assertThat(free.get("Requests (after 1M free)").monthlyCost()).isZero();
            assertThat(free.keySet()).filteredOn(c -> c.startsWith("Duration")).hasSize(1);
            CostLine billed = byComponent(LAMBDA.assess(p, LIST)).get("Duration (x86_64)");
            assertThat(billed.quantity()).isCloseTo(10_000, within(1e-6));
        }

        @Test
        void architectureAnyTakesTheCheaperAndSaysSo() {
            Assessment a = LAMBDA.assess(service("10M/month", "200ms", "1024MB", "architecture: any"), LIST);
            assertThat(a.variant()).isEqualTo("arm64");
            assertThat(a.notes()).anyMatch(n -> n.startsWith("arm64 chosen (architecture: any)"));
        }

        @Test
        void x86ProfileHearsWhatArmWouldSave() {
            Assessment a = LAMBDA.assess(service("10M/month", "200ms", "1024MB"), LIST);
            assertThat(a.variant()).isEqualTo("x86_64");
            // requests $2.00 on both; duration 2,000,000 GB-s: $33.33 (x86_64) vs $26.67 (arm64) -> 19% less.
            assertThat(a.notes()).anyMatch(n -> n.startsWith("arm64 would cost $28.67") && n.contains("19% less"));
        }

        @Test
        void memoryIsRaisedForTheVcpuAProfileNeeds() {
            // 1 vCPU needs 1,769 MB on Lambda.
            Assessment a = LAMBDA.assess(service("1M/month", "1s", "512MB", "vcpu: 1"), LIST);
            assertThat(a.capacity().figures()).anySatisfy(f -> {
                assertThat(f.key()).isEqualTo("memoryMb");
                assertThat(f.value()).isEqualTo(1769);
            });
            assertThat(a.notes()).anyMatch(n -> n.contains("memory raised from 512 MB to 1,769 MB"));
            assertThat(byComponent(a).get("Duration (x86_64)").quantity())
                    .isCloseTo(1_000_000 * 1769 / 1024.0, within(1e-6));
        }

        @Test
        void memoryBelowTheMinimumIsRaisedTo128() {
            Assessment a = LAMBDA.assess(service("1M/month", "1s", "64MB"), LIST);
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(125_000, within(1e-6));
        }

        @Test
        void jobIsOneInvocationPerTaskPerRun() {
            // 30 runs x 5 tasks x 600 s x 2 GB = 180,000 GB-s; 150 requests.
            Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 30/month, tasks: 5, duration: 600s}\n"
                    + "memory: 2GB\n");
            Assessment a = LAMBDA.assess(job, LIST);
            assertThat(byComponent(a).get("Requests").quantity()).isCloseTo(150, within(1e-9));
            assertThat(byComponent(a).get("Duration (x86_64)").quantity()).isCloseTo(180_000, within(1e-6));
        }
    }

    @Nested
    class Limits {

        private LimitCheck check(Assessment a, String limit) {
            return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst().orElseThrow();
        }

        @Test
        void timeoutOver15MinutesDoesNotFitAndSuggestsStepFunctions() {
            Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 1/min}\nduration: 16min\nmemory: 1GB\n"
                    + "timeout: 20min\n");
            Assessment a = LAMBDA.assess(p, LIST);
            assertThat(a.feasible()).isFalse();
            assertThat(a.lines()).isEmpty();
            LimitCheck timeout = check(a, "timeout");
            assertThat(timeout.ok()).isFalse();
            assertThat(timeout.allowed()).isEqualTo("15 min");
            assertThat(timeout.workaround()).contains("Step Functions");
        }

        /**
         * 20 min measured on 0.5 vCPU with 8 min of CPU is 12 min at a whole vCPU: with timeout: 14min Lambda fits.
         * At 1,769 MB (one vCPU) a request takes the 12 min; the least memory within the 14 min is 0.8 vCPU (8 min of
         * CPU in the 10 min the 4 min of waiting leave), 1,415.2 MB, set at 1,416 MB: 240 s + 480 s x 1,769 / 1,416 =
         * 839.7 s. 1,024 MB takes 240 s + 480 s x 1,769 / 1,024 = 1,069.2 s, past the timeout.
         */
        @Test
        void aTimeoutBetweenTheReferenceAndTheDurationAsMeasuredFitsAFastEnoughMemory() {
            Profile p = TestProfiles.parse("name: lamsvc\ntraffic: {rate: 5/day}\nduration: 20min\ncpu_time: 8min\n"
                    + "measured_on: 0.5 vCPU\nmemory: 1GB\ntimeout: 14min\ntrigger: queue\nfront_door: none\n");
            Assessment a = LAMBDA.assess(p, LIST);
            assertThat(a.feasible()).isTrue();
            dev.costfit.assessment.SettingOption oneVcpu = a.tradeOff().stream()
                    .filter(o -> o.setting().equals("1,769 MB")).findFirst().orElseThrow();
            assertThat(oneVcpu.seconds()).isCloseTo(12 * 60, within(1e-9));
            assertThat(oneVcpu.monthlyCost()).isPresent();
            assertThat(a.chosenSetting().orElseThrow().setting()).isEqualTo("1,416 MB");
            assertThat(a.chosenSetting().orElseThrow().seconds()).isCloseTo(240 + 480 * 1769 / 1416.0, within(1e-9));
            assertThat(a.tradeOff().stream().filter(o -> o.setting().equals("1,024 MB")).findFirst().orElseThrow()
                    .verdict()).isEqualTo("does not fit: timeout at this setting");
        }

        @Test
        void memoryOver10240MbDoesNotFit() {
            Assessment a = LAMBDA.assess(service("1/s", "1s", "12GB"), LIST);
            assertThat(check(a, "memory").ok()).isFalse();
            assertThat(check(a, "memory").allowed()).isEqualTo("10,240 MB");
            assertThat(a.feasible()).isFalse();
        }

        /**
         * With cpu_time the memory setting is chosen among candidates (the vCPU a request's threads use, the least
         * fast enough): a candidate clamped to Lambda's 10,240 MB once fell below a 16 GB floor and "fit" (a
         * reviewer's 16 GB service was recommended on Lambda at $29.25 a month).
         */
        @Test
        void memoryOverTheLargestSettingDoesNotFitWhenTheSettingIsChosenForCpu() {
            Assessment a = LAMBDA.assess(service("2/min", "2s", "16GB", "cpu_time: 500ms"), LIST);
            assertThat(a.feasible()).isFalse();
            assertThat(check(a, "memory").required()).isEqualTo("16,384 MB");
            assertThat(check(a, "memory").allowed()).isEqualTo("10,240 MB");
            // Fargate's largest task in the catalog: 32 vCPU with up to 244 GB (ECS docs, 2026).
            assertThat(check(a, "memory").workaround()).isEqualTo("run it on Fargate (up to 244 GB) or EKS");
            assertThat(LAMBDA.assess(service("2/min", "2s", "16GB", "cpu_time: 500ms\nvcpu: 2"), LIST).feasible())
                    .isFalse();
        }

        /** AWS gives 6 vCPU at 10,240 MB ("8846-10240 MB -> 6 cores"): asking for 6 is not refused for 10,614 MB. */
        @Test
        void sixVcpuFitAtTheLargestSettingAndSevenDoNot() {
            Assessment six = LAMBDA.assess(service("2/min", "2s", "1GB", "vcpu: 6"), LIST);
            assertThat(six.feasible()).isTrue();
            assertThat(six.capacity().figures()).anySatisfy(f -> {
                assertThat(f.key()).isEqualTo("memoryMb");
                assertThat(f.value()).isEqualTo(10_240);
            });
            Assessment seven = LAMBDA.assess(service("2/min", "2s", "1GB", "vcpu: 7"), LIST);
            assertThat(seven.feasible()).isFalse();
            assertThat(check(seven, "vCPU").workaround()).isEqualTo("run it on Fargate (up to 32 vCPU) or EKS");
        }

        @Test
        void gpuNeverFits() {
            Assessment a = LAMBDA.assess(service("1/s", "1s", "1GB", "gpu: {count: 1, type: T4}"), LIST);
            assertThat(check(a, "GPU").ok()).isFalse();
            assertThat(check(a, "GPU").workaround()).contains("EKS");
        }

        @Test
        void bufferedResponseOver6MbDoesNotFitButStreamingUpTo200MbDoes() {
            Assessment buffered = LAMBDA.assess(service("1/s", "1s", "1GB", "payload: {response: 8MB}"), LIST);
            assertThat(check(buffered, "response payload").ok()).isFalse();
            assertThat(check(buffered, "response payload").workaround()).contains("stream");
            Assessment streamed = LAMBDA.assess(service("1/s", "1s", "1GB",
                    "payload: {response: 8MB, streaming: true}"), LIST);
            assertThat(streamed.feasible()).isTrue();
            Assessment tooBig = LAMBDA.assess(service("1/s", "1s", "1GB",
                    "payload: {response: 300MB, streaming: true}"), LIST);
            assertThat(check(tooBig, "streamed response").ok()).isFalse();
        }

        @Test
        void aStreamThatOutlastsTheTimeoutDoesNotFit() {
            // 190 MB streamed: (190 - 6) MB / 2 MBps = 92 s, beyond a 30 s timeout (Lambda cuts the stream there).
            Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\n"
                    + "timeout: 30s\nfront_door: none\npayload: {response: 190MB, streaming: true}\n");
            Assessment a = LAMBDA.assess(p, LIST);
            assertThat(a.feasible()).isFalse();
            LimitCheck stream = check(a, "streamed response time");
            assertThat(stream.ok()).isFalse();
            assertThat(stream.required()).startsWith("92 s");
            assertThat(stream.allowed()).isEqualTo("30 s (timeout)");
            assertThat(stream.workaround()).contains("raise the timeout").contains("smaller responses");
            // With a timeout of 2 min it fits.
            assertThat(LAMBDA.assess(TestProfiles.parse("name: t\ntraffic: {rate: 1/s}\nduration: 1s\n"
                    + "memory: 1GB\ntimeout: 120s\nfront_door: none\npayload: {response: 190MB, streaming: true}\n"),
                    LIST).feasible()).isTrue();
        }

        @Test
        void asynchronousEventsAreLimitedTo1Mb() {
            Assessment a = LAMBDA.assess(service("1/s", "1s", "1GB", "trigger: event", "payload: {request: 2MB}"),
                    LIST);
            assertThat(check(a, "event payload (asynchronous)").ok()).isFalse();
        }

        @Test
        void tmpOver10GbDoesNotFit() {
            Assessment a = LAMBDA.assess(service("1/s", "1s", "1GB", "storage: 20GB"), LIST);
            assertThat(check(a, "ephemeral storage (/tmp)").ok()).isFalse();
        }

        @Test
        void concurrencyOverTheAccountQuotaNeedsAnIncreaseButStillFits() {
            // 100/s x 15 s = 1,500 in flight: over the 1,000 default, a quota (not a hard limit).
            Assessment a = LAMBDA.assess(service("100/s", "15s", "512MB"), LIST);
            LimitCheck concurrency = check(a, "concurrent executions");
            assertThat(concurrency.ok()).isFalse();
            assertThat(concurrency.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
            assertThat(concurrency.workaround()).contains("quota increase");
            assertThat(a.feasible()).isTrue();
        }

        @Test
        void peakConcurrencyUsesThePeakHourAndTheBurst() {
            // business-hours peak weight 168 / (50 + 11.8) = 2.718...; 10/s x 2.718 x 10 s = 271.8 in flight;
            // its p99 is 311; x 3 burst = 933.
            Assessment a = LAMBDA.assess(service("10/s", "10s", "512MB"), LIST);
            Profile shaped = TestProfiles.parse("name: t\ntraffic: {rate: 10/s, pattern: business-hours, burst: 3x}\n"
                    + "duration: 10s\nmemory: 512MB\ntimeout: 60s\n");
            Assessment peak = LAMBDA.assess(shaped, LIST);
            double flat = a.capacity().figures().stream().filter(f -> f.key().equals("peakConcurrency"))
                    .findFirst().orElseThrow().value();
            double shapedPeak = peak.capacity().figures().stream().filter(f -> f.key().equals("peakConcurrency"))
                    .findFirst().orElseThrow().value();
            assertThat(flat).isEqualTo(124); // p99 of Poisson(100)
            assertThat(shapedPeak).isEqualTo(933);
        }

        @Test
        void aBurstOfMoreThan1000NewEnvironmentsIsThrottledForSeconds() {
            // 200/s x 5 s = 1,000 in flight; p99 1,074; a 3x burst adds 2,148 environments at once.
            Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 200/s, burst: 3x}\nduration: 5s\n"
                    + "memory: 512MB\ntimeout: 30s\n");
            Assessment a = LAMBDA.assess(p, LIST);
            LimitCheck scaling = check(a, "scaling rate");
            assertThat(scaling.ok()).isFalse();
            assertThat(scaling.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        }

        @Test
        void aServiceWithNoBurstSaysNoEnvironmentsStartAtOnce() {
            // No traffic.burst: the hour's p99 in flight is the peak, and no burst adds environments beyond it (a
            // review found "0 new environments at once").
            Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 20/s}\nduration: 1s\nmemory: 512MB\n"
                    + "timeout: 30s\n");
            LimitCheck scaling = check(LAMBDA.assess(p, LIST), "scaling rate");
            assertThat(scaling.ok()).isTrue();
            assertThat(scaling.required()).isEqualTo("none at once: no burst needs more environments than the hour's");
        }

        @Test
        void saoPauloIsPricedFromItsOwnPrices() {
            // sa-east-1, the Lambda pricing page's data for South America (Sao Paulo) as QuinnyPig/aws-price-watcher
            // copied it (processed/lambda.json, commit daa3fca of 2025-06-05): requests $0.20 per 1M ("Lambda
            // Requests" 0.0000002), x86_64 duration $0.0000166667 per GB-s in the first 6B GB-s ("Lambda Duration").
            // 3M requests of 120 ms at 1536 MB, at list price: 3M x $0.20/M = $0.60; 3M x 0.12 s x 1.5 GB = 540,000
            // GB-s x $0.0000166667 = $9.000018; $9.600018 in all.
            Assessment a = LAMBDA.assess(service("3M/month", "120ms", "1536MB", "architecture: x86_64",
                    "cold_start: {init: 0ms}", "region: sa-east-1"), LIST);
            assertThat(a.priced()).as(a.unpriced().orElse("")).isTrue();
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Requests").quantity()).isCloseTo(3_000_000, within(1e-6));
            assertThat(lines.get("Requests").monthlyCost()).isCloseTo(3_000_000 * 0.20 / 1e6, within(1e-9));
            assertThat(lines.get("Duration (x86_64)").quantity()).isCloseTo(540_000, within(1e-6));
            assertThat(lines.get("Duration (x86_64)").monthlyCost()).isCloseTo(540_000 * 0.0000166667, within(1e-9));
            assertThat(a.monthlyCost()).isCloseTo(0.60 + 9.000018, within(1e-9));
        }

        @Test
        void aCapeTownJobIsPricedAtTheRegionsRequestAndDurationPrices() {
            // 30 runs of 60 s at 1 GB, no front door: 30 requests x $0.27 per million = $0.0000081, and 1,800
            // GB-seconds x $0.0000221 (Cape Town's first x86_64 tier) = $0.03978.
            Assessment a = LAMBDA.assess(TestProfiles.parse("kind: job\nname: nightly\nregion: af-south-1\n"
                    + "schedule: {runs: 30/month, tasks: 1, duration: 60s}\nmemory: 1GB\n"), LIST);
            assertThat(a.priced()).as(a.unpriced().orElse("")).isTrue();
            Map<String, CostLine> lines = byComponent(a);
            assertThat(lines.get("Requests").monthlyCost()).isCloseTo(0.0000081, within(1e-18));
            assertThat(lines.get("Duration (x86_64)").monthlyCost()).isCloseTo(0.03978, within(1e-15));
        }

        @Test
        void aRegionWithoutAPriceCannotBePricedAndSaysWhichPrice() {
            // Calgary: the catalog prices no Lambda meter there (af-south-1, once this example, has its requests
            // and duration since 2026-12).
            Assessment a = LAMBDA.assess(service("1/s", "1s", "1GB", "region: ca-west-1"), LIST);
            assertThat(a.priced()).isFalse();
            assertThat(a.unpriced().orElseThrow()).contains("lambda.requests").contains("ca-west-1")
                    .contains("--catalog");
        }
    }
}
