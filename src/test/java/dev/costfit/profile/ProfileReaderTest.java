package dev.costfit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.InputException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ProfileReaderTest.class.getResource("/profiles/" + name).toURI());
    }

    @Test
    void theDesignExampleReadsEveryField() throws Exception {
        List<Profile> profiles = new ProfileLoader().load(List.of(resource("design-example.yaml")));
        assertThat(profiles).hasSize(4);
        Profile p = profiles.get(0);
        assertThat(p.name()).isEqualTo("chat-api");
        assertThat(p.kind()).isEqualTo(Kind.SERVICE);
        assertThat(p.region()).isEqualTo("us-east-1");
        assertThat(p.gcpRegion()).contains("us-central1");
        assertThat(p.regions()).containsExactly("us-*");
        Workload.Service service = (Workload.Service) p.workload();
        assertThat(service.traffic().rate().perSecond()).isEqualTo(20);
        assertThat(service.traffic().pattern()).isEqualTo(new PatternSpec.Preset(PatternPreset.BUSINESS_HOURS));
        assertThat(service.traffic().burst()).isEqualTo(3);
        assertThat(service.duration().mean()).isEqualTo(new TimeSpan(6));
        assertThat(service.duration().p50()).contains(new TimeSpan(4));
        assertThat(service.duration().p95()).contains(new TimeSpan(30));
        assertThat(p.cpuTime().seconds()).isCloseTo(0.15, within(1e-12));
        assertThat(p.memory()).isEqualTo(DataSize.ofMiB(512));
        assertThat(p.vcpu().getAsDouble()).isEqualTo(0.25);
        assertThat(p.timeout()).contains(new TimeSpan(120));
        assertThat(p.gpu()).isEmpty();
        assertThat(p.concurrencyPerInstance()).isEqualTo(40);
        assertThat(p.minInstances()).isZero();
        assertThat(p.ha()).isFalse();
        assertThat(p.architecture()).isEqualTo(Architecture.ANY);
        assertThat(p.runtime()).isEqualTo(Runtime.PYTHON);
        assertThat(p.payload()).isEqualTo(new Payload(new DataSize(20 * 1024), new DataSize(60 * 1024), false));
        assertThat(p.storage()).contains(DataSize.ofMiB(512));
        assertThat(p.trigger()).isEqualTo(Trigger.HTTP);
        assertThat(p.frontDoor()).isEqualTo(FrontDoor.AUTO);
        assertThat(p.network()).isEqualTo(new Network(true, true, new DataSize(8 * 1024), Clients.INTERNET, 1, 0.5));
        assertThat(p.latency()).contains(new LatencySlo(new TimeSpan(1), Percent.of(1)));
        assertThat(p.coldStart().init().orElseThrow().seconds()).isCloseTo(0.4, within(1e-12));
        assertThat(p.coldStart().keepAlive()).contains(new TimeSpan(600));
        Llm llm = p.llm().orElseThrow();
        assertThat(llm.model()).isEqualTo("claude-sonnet-4");
        assertThat(llm.inputTokens()).isEqualTo(1500);
        assertThat(llm.outputTokens()).isEqualTo(400);
        assertThat(llm.callsPerRequest()).isEqualTo(1);
        assertThat(llm.rateLimitRpm().getAsLong()).isEqualTo(4000);
        assertThat(llm.limits().itpm().getAsLong()).isEqualTo(2_000_000);
        assertThat(llm.limits().otpm().getAsLong()).isEqualTo(400_000);
        assertThat(llm.cachedInputTokens()).isEqualTo(1000);
        assertThat(p.budget().getAsDouble()).isEqualTo(500);
        assertThat(p.platforms().lambda().provisionedConcurrency()).isEqualTo(OptionalInt.empty());
        assertThat(p.platforms().fargate().spot()).isFalse();
        assertThat(p.platforms().fargate().targetUtilization()).isEqualTo(Percent.of(70));
        assertThat(p.platforms().eks().clusterShare()).isEqualTo(Percent.of(100));
        assertThat(p.platforms().eks().nodeTypes()).containsExactly("m7g.large", "c7g.large");
        assertThat(p.platforms().cloudFunctionsGen2().billing()).isEqualTo(GcfBilling.REQUEST);
        assertThat(p.threads()).isEqualTo(1);
        assertThat(p.measuredOn().orElseThrow().vcpu()).isEqualTo(1);
        assertThat(p.maxSlowdown()).isEqualTo(Percent.of(25));
        assertThat(p.platforms().eks().targetUtilization()).isEqualTo(Percent.of(70));
        assertThat(p.clouds()).containsExactlyInAnyOrder(dev.costfit.profile.Cloud.AWS, dev.costfit.profile.Cloud.GCP);
        // Measured with a whole vCPU: nothing to convert.
        assertThat(p.meanDuration().seconds()).isEqualTo(6);
        assertThat(p.defaultsUsed()).extracting(DefaultUsed::path).isEmpty();
        assertThat(p.source().locate("traffic.rate").line()).isEqualTo(10);

        Profile job = profiles.get(1);
        assertThat(job.kind()).isEqualTo(Kind.JOB);
        assertThat(((Workload.Job) job.workload()).schedule()).isEqualTo(new Schedule(Rate.perMonth(30), 4,
                new TimeSpan(1200)));
        assertThat(job.gpu()).contains(new Gpu(1, GpuType.T4, java.util.Optional.of(DataSize.ofGiB(16))));
        assertThat(job.timeout()).contains(new TimeSpan(1800));
        assertThat(job.trigger()).isEqualTo(Trigger.SCHEDULE);

        assertThat(p.glue().observability()).isEqualTo(new Observability(new DataSize(2 * 1024), 30, true,
                java.util.Optional.of(Percent.of(10))));
        assertThat(p.glue().secrets()).contains(new Secrets(2, SecretReads.PER_COLD_START));
        Profile worker = profiles.get(2);
        assertThat(worker.trigger()).isEqualTo(Trigger.QUEUE);
        assertThat(worker.glue().delivery()).isEqualTo(new Delivery(10, new TimeSpan(5), OptionalInt.of(3),
                Percent.of(1)));
        // 1% of messages are delivered 3 times: 1 + 0.01 × 2 deliveries per message.
        assertThat(worker.glue().delivery().deliveriesPerMessage()).isCloseTo(1.02, within(1e-12));
        Pipeline pipeline = profiles.get(3).glue().pipeline().orElseThrow();
        assertThat(pipeline.orchestrator()).isEqualTo(Orchestrator.STEP_FUNCTIONS_STANDARD);
        assertThat(pipeline.stages()).extracting(List::size).containsExactly(1, 2, 1);
        // 0.3 s + max(1 s, 1.1 × 2 s) + 8 s = 10.5 s; longest 0.3 + max(3, 2 × 2) + 40 = 44.3 s.
        assertThat(profiles.get(3).meanDuration().seconds()).isCloseTo(10.5, within(1e-9));
        assertThat(profiles.get(3).longestDuration().seconds()).isCloseTo(44.3, within(1e-9));
        // CPU: 0.1 + 1 (docs states none: its duration) + 1.1 × 2 + 0.3 = 3.6 s.
        assertThat(profiles.get(3).cpuTime().seconds()).isCloseTo(3.6, within(1e-9));
    }

    @Test
    void aMinimalProfileRecordsEveryDefaultItReliedOn() {
        Profile p = TestProfiles.parse("name: m\ntraffic: {rate: 1/s}\nduration: 2s\nmemory: 256MB\ntimeout: 10s\n");
        List<String> paths = p.defaultsUsed().stream().map(DefaultUsed::path).toList();
        assertThat(paths).contains("kind", "region", "traffic.pattern", "traffic.burst", "cpu_time",
                "concurrency_per_instance", "min_instances", "ha", "architecture", "runtime", "payload.request",
                "payload.response", "payload.streaming", "storage", "trigger", "front_door", "network.private",
                "network.outbound_per_request", "platforms.lambda.provisioned_concurrency",
                "platforms.fargate.spot", "platforms.fargate.target_utilization", "platforms.eks.cluster_share",
                "platforms.eks.node_types", "platforms.cloud-functions-gen2.billing");
        assertThat(p.cpuTime()).isEqualTo(new TimeSpan(2));
        assertThat(p.defaultsUsed()).allSatisfy(d -> assertThat(d.why()).isNotBlank());
    }

    /**
     * Cloud Run bills a GPU instance for its whole life (https://cloud.google.com/run/docs/configuring/services/gpu):
     * a GPU profile's 2nd gen billing left out is instance-based, and --explain says so, not request-based
     * ("Cloud Run functions' default"), which a GPU instance never has.
     */
    @Test
    void aGpuProfilesBillingLeftOutIsInstanceBased() {
        String base = "name: m\ntraffic: {rate: 1/s}\nduration: 2s\nmemory: 16GB\ntimeout: 10s\n";
        Profile gpu = TestProfiles.parse(base + "gpu: {count: 1, type: L4}\n");
        assertThat(gpu.platforms().cloudFunctionsGen2().billing()).isEqualTo(GcfBilling.INSTANCE);
        assertThat(gpu.defaultsUsed()).filteredOn(d -> d.path().equals("platforms.cloud-functions-gen2.billing"))
                .singleElement().satisfies(d -> {
                    assertThat(d.value()).isEqualTo("instance");
                    assertThat(d.why()).contains("GPU instance").doesNotContain("Cloud Run functions' default");
                });
        assertThat(TestProfiles.parse(base).platforms().cloudFunctionsGen2().billing()).isEqualTo(GcfBilling.REQUEST);
    }

    @Test
    void severalDocumentsInOneFileAreSeveralProfiles() throws Exception {
        List<Profile> profiles = new ProfileLoader().load(List.of(resource("two-documents.yaml")));
        assertThat(profiles).extracting(Profile::name).containsExactly("first", "second");
        Profile job = profiles.get(1);
        assertThat(job.kind()).isEqualTo(Kind.JOB);
        Schedule schedule = ((Workload.Job) job.workload()).schedule();
        assertThat(schedule.tasks()).isEqualTo(5);
        assertThat(schedule.tasksPerMonth()).isCloseTo(150, within(1e-9));
        // No timeout stated: a job has none of its own (each platform's maximum run time holds its tasks).
        assertThat(job.timeout()).isEmpty();
        assertThat(job.trigger()).isEqualTo(Trigger.SCHEDULE);
        assertThat(job.source().start().line()).isEqualTo(7);
    }

    @Test
    void aFolderIsEveryYamlFileInItInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yml"), "name: b\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n");
        Files.writeString(dir.resolve("a.yaml"), "name: a\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n");
        Files.writeString(dir.resolve("notes.txt"), "not a profile");
        assertThat(new ProfileLoader().load(List.of(dir))).extracting(Profile::name).containsExactly("a", "b");
    }

    /**
     * A portfolio's files are read on every core: the profiles and the problems must still come in input order, as
     * one thread would give them, whichever file finishes first.
     */
    @Test
    void manyFilesKeepTheirOrderAndTheirProblemsTheirs(@TempDir Path dir) throws Exception {
        String good = "traffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n";
        for (int i = 0; i < 60; i++) {
            String name = String.format("p%02d", i);
            // Every seventh file has a rate no unit reads, on its line 2.
            String text = i % 7 == 3 ? "name: " + name + "\ntraffic: {rate: 1/fortnight}\nduration: 1s\nmemory: 1GB\n"
                    + "timeout: 2s\n" : "name: " + name + "\n" + good;
            Files.writeString(dir.resolve(name + ".yaml"), text);
        }
        assertThatThrownBy(() -> new ProfileLoader().load(List.of(dir))).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.location().file().replace(dir.toString(), ""))
                        .containsExactly("/p03.yaml", "/p10.yaml", "/p17.yaml", "/p24.yaml", "/p31.yaml", "/p38.yaml",
                                "/p45.yaml", "/p52.yaml", "/p59.yaml"));
        for (int i = 3; i < 60; i += 7) {
            Files.delete(dir.resolve(String.format("p%02d.yaml", i)));
        }
        List<String> names = new ProfileLoader().load(List.of(dir)).stream().map(Profile::name).toList();
        assertThat(names).hasSize(51).isSorted();
    }

    /**
     * A portfolio's profiles are kept until the run ends: what they repeat (the defaults they use, the paths of their
     * fields) is kept once for the files of one load, and each profile still has its own values and locations.
     */
    @Test
    void profilesOfOneLoadShareTheirDefaultsAndFieldPaths(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: a\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n");
        Files.writeString(dir.resolve("b.yaml"), "# b\nname: b\ntraffic: {rate: 2/s}\nduration: 1s\nmemory: 2GB\n"
                + "timeout: 2s\n");
        List<Profile> both = new ProfileLoader().load(List.of(dir));
        Profile a = both.get(0);
        Profile b = both.get(1);
        assertThat(a.defaultsUsed()).hasSizeGreaterThan(10).isEqualTo(b.defaultsUsed());
        for (int i = 0; i < a.defaultsUsed().size(); i++) {
            assertThat(b.defaultsUsed().get(i)).as(a.defaultsUsed().get(i).path()).isSameAs(a.defaultsUsed().get(i));
        }
        String aPath = a.source().fields().keySet().stream().filter(k -> k.equals("traffic.rate")).findFirst()
                .orElseThrow();
        String bPath = b.source().fields().keySet().stream().filter(k -> k.equals("traffic.rate")).findFirst()
                .orElseThrow();
        assertThat(bPath).isSameAs(aPath);
        assertThat(a.source().fields().get("traffic.rate").line()).isEqualTo(2);
        assertThat(b.source().fields().get("traffic.rate").line()).isEqualTo(3);
        assertThat(b.memory().gib()).isEqualTo(2 * a.memory().gib());
        // Loads do not share: a second load keeps its own.
        Profile again = new ProfileLoader().load(List.of(dir)).get(0);
        assertThat(again.defaultsUsed().get(0)).isEqualTo(a.defaultsUsed().get(0)).isNotSameAs(a.defaultsUsed().get(0));
    }

    @Test
    void theNetworkTierIsPremiumUnlessTheProfileAsksForStandard() {
        String base = "name: x\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n";
        Profile premium = TestProfiles.parse(base);
        assertThat(premium.platforms().cloudFunctionsGen2().networkTier()).isEqualTo(NetworkTier.PREMIUM);
        // The default is stated, with its reason, for --explain and the JSON report.
        assertThat(premium.defaultsUsed()).anyMatch(d -> d.path().equals("platforms.cloud-functions-gen2.network_tier")
                && d.value().equals("premium") && d.why().contains("Google's default"));
        Profile standard = TestProfiles.parse(base + "platforms: {cloud-functions-gen2: {network_tier: standard}}\n");
        assertThat(standard.platforms().cloudFunctionsGen2().networkTier()).isEqualTo(NetworkTier.STANDARD);
        assertThat(ProfileFields.flatten(standard)).containsEntry("platforms.cloud-functions-gen2.network_tier",
                "standard");
        assertThatThrownBy(() -> TestProfiles.parse(base + "platforms: {cloud-functions-gen2: {network_tier: gold}}\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.path())
                        .containsExactly("platforms.cloud-functions-gen2.network_tier"));
    }

    @Test
    void theEksSupportIsStandardUnlessTheProfileAsksForExtended() {
        String base = "name: x\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n";
        Profile standard = TestProfiles.parse(base);
        assertThat(standard.platforms().eks().support()).isEqualTo(EksSupport.STANDARD);
        assertThat(standard.defaultsUsed()).anyMatch(d -> d.path().equals("platforms.eks.support")
                && d.value().equals("standard") && d.why().contains("14 months of standard support"));
        Profile extended = TestProfiles.parse(base + "platforms: {eks: {support: extended}}\n");
        assertThat(extended.platforms().eks().support()).isEqualTo(EksSupport.EXTENDED);
        assertThat(ProfileFields.flatten(extended)).containsEntry("platforms.eks.support", "extended");
        assertThatThrownBy(() -> TestProfiles.parse(base + "platforms: {eks: {support: premium}}\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.path()).containsExactly("platforms.eks.support"));
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() {
        assertThatThrownBy(() -> TestProfiles.parse("name: x\ntraffic: {rate: 0/s}\nduration: 6\nmemory: 512\n"
                + "timeout: 1s\nmemroy: 1GB\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.path())
                        .containsExactlyInAnyOrder("traffic.rate", "duration", "memory", "memroy"));
    }

    @Test
    void meanIsDerivedFromP50AndP95WithALogNormal() {
        // sigma = ln(30/4)/1.64485 = 1.22497; mean = 4 * exp(sigma^2/2) = 8.4704 s.
        Profile p = TestProfiles.parse("name: x\ntraffic: {rate: 1/s}\nduration: {p50: 4s, p95: 30s}\n"
                + "memory: 512MB\ntimeout: 60s\n");
        assertThat(p.meanDuration().seconds()).isCloseTo(8.4704, within(1e-3));
        assertThat(p.defaultsUsed()).anyMatch(d -> d.path().equals("duration.mean") && d.why().contains("log-normal"));
    }

    @Test
    void customHourlyWeightsAreRead() {
        String weights = String.join(", ", java.util.Collections.nCopies(24, "1"));
        Profile p = TestProfiles.parse("name: x\ntraffic: {rate: 1/s, pattern: {hourly: [" + weights + "]}}\n"
                + "duration: 1s\nmemory: 512MB\ntimeout: 60s\n");
        assertThat(((Workload.Service) p.workload()).traffic().pattern()).isInstanceOf(PatternSpec.Hourly.class);
    }

    private static final String LLM_BASE = "name: x\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\n"
            + "timeout: 10s\nllm:\n  model: claude-sonnet-4\n";

    @Test
    void llmTokensAndCallsMayBeRangesAndReportsUseTheExpectedValue() {
        Profile p = TestProfiles.parse(LLM_BASE + "  input_tokens: {low: 800, expected: 1500, high: 4000}\n"
                + "  output_tokens: 400\n  calls_per_request: {low: 1, expected: 1, high: 2.5}\n");
        Llm llm = p.llm().orElseThrow();
        assertThat(llm.inputTokens()).isEqualTo(1500);
        assertThat(llm.outputTokens()).isEqualTo(400);
        assertThat(llm.callsPerRequest()).isEqualTo(1);
        assertThat(p.ranges().inputTokens()).contains(new Estimate<>(800L, 1500L, 4000L));
        assertThat(p.ranges().outputTokens()).isEmpty();
        assertThat(p.ranges().llmCalls()).contains(new Estimate<>(1.0, 1.0, 2.5));
        assertThat(p.ranges().any()).isTrue();
        // diff and --explain show the expected value, then the range.
        assertThat(ProfileFields.flatten(p)).containsEntry("llm.input_tokens", "1,500 (range 800 to 4,000)")
                .containsEntry("llm.output_tokens", "400")
                .containsEntry("llm.calls_per_request", "1 (range 1 to 2.5)");
        Profile plain = TestProfiles.parse(LLM_BASE + "  input_tokens: 1500\n  output_tokens: 400\n");
        assertThat(plain.ranges().any()).isFalse();
    }

    @Test
    void aTokenRangeWhoseLowIsAboveItsExpectedIsRefusedAtItsLocation() {
        // Line 9 is "  output_tokens: {...}"; the range starts at column 18, after "  output_tokens: ".
        assertThatThrownBy(() -> TestProfiles.parse(LLM_BASE + "  input_tokens: 1500\n"
                + "  output_tokens: {low: 900, expected: 400, high: 1200}\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:9:18: llm.output_tokens: low 900 is above expected 400; a range "
                                + "is written low ≤ expected ≤ high"));
    }

    @Test
    void moreCachedTokensThanTheInputAreRefusedAtTheirLocation() {
        assertThatThrownBy(() -> TestProfiles.parse(LLM_BASE + "  input_tokens: 3000\n  cached_input_tokens: 4000\n"
                + "  output_tokens: 400\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:9:24: llm.cached_input_tokens: the cache serves part of the "
                                + "prompt: 4000 cached tokens is more than input_tokens, 3000"));
    }

    @Test
    void aValueWhoseDisplayRoundsOntoItsBoundIsShownAsWritten() {
        // 0.05 ms displays as "0.1 ms", the bound it breaks: the message shows what was written instead.
        assertThatThrownBy(() -> TestProfiles.parse("name: x\ntraffic: {rate: 1/s}\nduration: 0.05ms\n"
                + "memory: 512MB\ntimeout: 30s\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .contains("test.yaml:3:11: duration: found 0.05ms, expected at least 0.1 ms and at most a "
                                + "year (from 0.1 ms to a year)"));
    }

    @Test
    void anUnknownFieldWhereNoneIsReadSaysSo() {
        // "Known fields here: ." listed nothing where a mapping reads no field.
        assertThatThrownBy(() -> TestProfiles.parse("name: x\ntraffic: {rate: 1/s}\nduration: 1s\n"
                + "memory: 512MB\ntimeout: 30s\nplatforms:\n  lambda-managed-instances: {foo: 1}\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:7:30: platforms.lambda-managed-instances.foo: unknown field. No "
                                + "field is read here."));
    }

    @Test
    void aTokenRateLimitOfZeroIsRefusedAtItsLocation() {
        assertThatThrownBy(() -> TestProfiles.parse(LLM_BASE + "  input_tokens: 1500\n  output_tokens: 400\n"
                + "  rate_limit_otpm: 0\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:10:20: llm.rate_limit_otpm: found 0 tokens a minute, expected "
                                + "at least 1 token a minute and at most 1,000,000,000,000 tokens a minute (from 1 to "
                                + "a trillion tokens a minute)"));
    }

    @Test
    void eachEndOfATokenRangeKeepsTheFieldsBounds() {
        // Tokens: 0 to 10,000,000 a call; calls per request: more than 0, at most 1,000 (Bounds.TOKENS, LLM_CALLS).
        assertThatThrownBy(() -> TestProfiles.parse(LLM_BASE + "  input_tokens: {low: 1000, expected: 1500, "
                + "high: 20000000}\n  output_tokens: 400\n  calls_per_request: {low: 0, expected: 1, high: 2}\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:8:17: llm.input_tokens: high: found 20,000,000 tokens, expected "
                                        + "0 to 10,000,000 tokens (no model takes or writes ten million tokens in one "
                                        + "call)",
                                "test.yaml:10:22: llm.calls_per_request: low: found 0, expected more than 0 and at "
                                        + "most 1,000 (more than 0 (remove the llm block if it makes no calls) and at "
                                        + "most 1,000 calls per request)"));
        assertThatThrownBy(() -> TestProfiles.parse(LLM_BASE + "  input_tokens: {low: 1000, expected: 1500}\n"
                + "  output_tokens: 400\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.path() + ": " + problem.message())
                        .containsExactly("llm.input_tokens: the range has no high; expected a whole number, such as "
                                + "40, or a range {low: …, expected: …, high: …} of them"));
    }

    /**
     * A job that states no timeout has none of its own: not its task's duration, which refused every setting the
     * least bit slower than measured. --explain says so, and what bounds its tasks instead.
     */
    @Test
    void aJobWithoutATimeoutHasNone() {
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 30/month, tasks: 1, duration: 10min}\n"
                + "memory: 1GB\n");
        assertThat(job.timeout()).isEmpty();
        DefaultUsed timeout = job.defaultsUsed().stream().filter(d -> d.path().equals("timeout")).findFirst()
                .orElseThrow();
        assertThat(timeout.value()).isEqualTo("none");
        assertThat(timeout.why()).contains("maximum run time (Lambda 15 min").contains("latency.max_slowdown");
        assertThat(TestProfiles.problems("kind: job\nname: j\nschedule: {runs: 30/month, tasks: 1, duration: 10min}\n"
                + "memory: 1GB\ntimeout: 9min\n")).contains("timeout 9 min is shorter than the task duration 10 min");
    }

    /**
     * measured_on: 20 min measured on 0.5 vCPU, 8 min of it CPU: 16 min burning CPU there and 4 min waiting, so 8 + 4 =
     * 12 min at a whole vCPU, the fastest any platform runs it. A timeout of 14 min is within reach (the settings
     * slower than it are refused one by one); one of 11 min is not, and the message names the 12-min reference.
     */
    @Test
    void aTimeoutIsHeldToTheDurationAtTheReferenceNotAsMeasured() {
        String yaml = "name: lamsvc\ntraffic: {rate: 5/day}\nduration: 20min\ncpu_time: 8min\nmeasured_on: 0.5 vCPU\n"
                + "memory: 1GB\ntrigger: queue\nfront_door: none\n";
        Profile p = TestProfiles.parse(yaml + "timeout: 14min\n");
        assertThat(p.timeout()).contains(TimeSpan.ofSeconds(14 * 60));
        assertThat(p.meanDuration().seconds()).isCloseTo(12 * 60, within(1e-9));
        assertThatThrownBy(() -> TestProfiles.parse(yaml + "timeout: 11min\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .containsExactly("test.yaml:9:10: timeout: timeout 11 min is shorter than the mean duration at "
                                + "a whole vCPU, 12 min (the 20 min measured on 0.5 vCPU, its CPU part run at a whole "
                                + "vCPU), the fastest any platform runs it; requests that long would be cut off on "
                                + "every platform"));
    }
}
