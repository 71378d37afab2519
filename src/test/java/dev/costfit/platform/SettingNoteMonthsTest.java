package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A note that prices a setting the profile left to its default says what the platform's month would be with it
 * stated: the month the report's table shows, the glue included (the queue that feeds it, the secrets, the logs),
 * not the platform's own lines alone. A reviewer found Lambda's "arm64 would cost $574.64 a month (20% less)" beside
 * a month of $720.71 that includes $3.36 of SQS and CloudWatch Logs the $574.64 left out: two different totals. The
 * saving the recommendation's reasons take off the month is the difference of the two whole months.
 */
class SettingNoteMonthsTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);

    /**
     * An SQS-fed worker at 5 messages a second, flat, whose two secrets are read on every request. Fargate runs it on
     * one task of 0.5 vCPU / 2 GB all month (its lines: 365 vCPU-hours and 1,460 GB-hours). By hand, us-east-1:
     * <ul>
     * <li>x86_64: 365 × $0.04048 + 1,460 × $0.004445 = $14.7752 + $6.4897 = $21.2649; arm64: 365 × $0.03238
     * + 1,460 × $0.00356 = $11.8187 + $5.1976 = $17.0163, $4.2486 less;</li>
     * <li>the glue, alike on both: 5/s × 2,628,000 s = 13,140,000 messages; SendMessage one each, a ReceiveMessage
     * and a DeleteMessageBatch each (batch_size 1), at $0.40 a million: $5.256 + $10.512 (the idle long polls'
     * empty receives, exp(−5 × 20 s) of the pollers' polls, under a millionth of a dollar); two secrets at $0.40
     * a month and 26,280,000 reads at $0.05 per 10,000: $0.80 + $131.40. $147.968 in all;</li>
     * <li>the NAT gateway the task polls SQS through from private subnets, alike on both: 730 h × $0.045, its
     * address 730 h × $0.005, and 13,140,000 bodies of 1,024 B = 12.531280517578125 GB × $0.045: $32.85 + $3.65 +
     * $0.56390762 = $37.06390762;</li>
     * <li>the month: $21.2649 + $147.968 + $37.0639 = $206.2968; with arm64, $206.2968 − $4.2486 = $202.0482, 2.06%
     * less: "arm64 would cost $202.05 a month (2% less)". Worded from the task's own lines alone it said $17.02 (20%
     * less).</li>
     * </ul>
     */
    @Test
    void fargatesArm64NoteQuotesTheMonthWithTheQueueAndSecretsIncluded() {
        Profile worker = TestProfiles.parse(WORKER);
        Assessment fargate = Platforms.assess(new FargatePlatform(), worker, REPORT);
        double glue = 13_140_000 * 0.0000004 + 2 * 13_140_000 * 0.0000004 + 2 * 0.40 + 2 * 13_140_000 * 0.000005;
        assertThat(glue).isCloseTo(147.968, within(1e-9));
        double nat = 730 * 0.045 + 730 * 0.005 + 12.531280517578125 * 0.045;
        assertThat(nat).isCloseTo(37.06390762, within(1e-8));
        double x86 = 365 * 0.04048 + 1460 * 0.004445;
        double arm = 365 * 0.03238 + 1460 * 0.00356;
        assertThat(line(fargate, "fargate.vcpu.x86_64").quantity()).isCloseTo(365, within(1e-9));
        assertThat(line(fargate, "fargate.memory.x86_64").quantity()).isCloseTo(1460, within(1e-9));
        assertThat(fargate.platformCost()).isCloseTo(x86 + glue + nat, within(1e-6));
        assertThat(fargate.notes()).contains("arm64 would cost $202.05 a month (2% less); set architecture: any if "
                + "the code and its native dependencies run on arm64");
        assertThat(String.join("\n", fargate.notes())).doesNotContain("$17.02");
        assertThat(saving(fargate, "architecture: any")).isCloseTo(x86 - arm, within(1e-9));
        // Stating the architecture shows that month.
        Assessment stated = Platforms.assess(new FargatePlatform(), TestProfiles.parse(WORKER
                + "architecture: any\n"), REPORT);
        assertThat(stated.platformCost()).isCloseTo(arm + glue + nat, within(1e-6))
                .isCloseTo(fargate.platformCost() - saving(fargate, "architecture: any"), within(1e-9));
    }

    /**
     * Lambda, the same worker: 13,140,000 invocations of 200 ms at 2 GB, 5,256,000 GB-seconds, and the cold starts'
     * initialisation (the init line's GB-seconds), billed at $0.0000166667 on x86_64 and $0.0000133334 on arm64 a
     * GB-second; the requests' $2.628 alike. Its month with arm64 is its month less those GB-seconds times
     * $0.0000033333, with the same $147.968 of queue and secrets: the note says that month.
     */
    @Test
    void lambdasArm64NoteQuotesTheMonthWithTheQueueAndSecretsIncluded() {
        Assessment lambda = Platforms.assess(new LambdaPlatform(), TestProfiles.parse(WORKER), REPORT);
        double gbSeconds = line(lambda, "lambda.duration.x86_64").quantity();
        assertThat(gbSeconds).isCloseTo(13_140_000 * 0.2 * 2, within(1e-6));
        double init = line(lambda, "lambda.duration.x86_64:init").quantity();
        double glue = 147.968;
        double x86 = 2.628 + (gbSeconds + init) * 0.0000166667;
        double saved = (gbSeconds + init) * (0.0000166667 - 0.0000133334);
        assertThat(lambda.platformCost()).isCloseTo(x86 + glue, within(1e-6));
        assertThat(saving(lambda, "architecture: any")).isCloseTo(saved, within(1e-9));
        double month = x86 + glue - saved;
        assertThat(lambda.notes()).anyMatch(n -> n.startsWith("arm64 would cost "
                + dev.costfit.units.Money.format(month) + " a month (7% less)"));
        assertThat(Platforms.assess(new LambdaPlatform(), TestProfiles.parse(WORKER + "architecture: any\n"), REPORT)
                .platformCost()).isCloseTo(month, within(1e-6));
    }

    /** EKS's and LMI's notes on arm64 types, the same: their month with the queue and the secrets. */
    @Test
    void theTypesArm64NotesQuoteTheMonthWithTheGlueIncluded() {
        for (Platform platform : List.of(new EksPlatform(), new LambdaManagedInstancesPlatform())) {
            Assessment a = Platforms.assess(platform, TestProfiles.parse(WORKER), REPORT);
            Assessment stated = Platforms.assess(platform, TestProfiles.parse(WORKER + "architecture: any\n"),
                    REPORT);
            assertThat(line(stated, "secretsmanager.api-calls").monthlyCost()).isCloseTo(131.4, within(1e-9));
            assertThat(a.notes()).as(platform.id()).anyMatch(n -> n.contains(" types would cost "
                    + dev.costfit.units.Money.format(stated.platformCost()) + " a month (" + stated.variant()));
            assertThat(a.platformCost() - saving(a, "architecture: any")).isCloseTo(stated.platformCost(),
                    within(1e-6));
        }
    }

    /**
     * With architecture: any stated the note says which was chosen against the other's month: both whole months, the
     * one chosen the month the table shows.
     */
    @Test
    void theChosenArchitecturesNoteQuotesTheMonthTheTableShows() {
        Assessment any = Platforms.assess(new FargatePlatform(), TestProfiles.parse(WORKER + "architecture: any\n"),
                REPORT);
        double glue = 147.968;
        double nat = 37.06390762;
        assertThat(any.notes()).contains("arm64 chosen (architecture: any): " + dev.costfit.units.Money.format(
                any.platformCost()) + " a month against " + dev.costfit.units.Money.format(365 * 0.04048
                + 1460 * 0.004445 + glue + nat) + " on x86_64, assuming the code runs as fast on both");
    }

    /**
     * A pipeline on Lambda runs a function per step, and a step's note prices that function alone (the pipeline's
     * month adds the orchestrator, the front door, the network and the glue): it says so.
     */
    @Test
    void aPipelineStepsNoteSaysItsMonthIsTheStepsFunctionsAlone() {
        Profile rag = TestProfiles.samples().stream().filter(p -> p.name().equals("rag-pipeline")).findFirst()
                .orElseThrow();
        Assessment lambda = Platforms.assess(new LambdaPlatform(), rag, REPORT);
        assertThat(lambda.notes()).anyMatch(n -> n.matches("step embed: arm64 would cost \\$[0-9.,]+ a month for "
                + "the step's function \\([0-9]+% less\\); set architecture: any .*"));
        assertThat(lambda.notes()).noneMatch(n -> n.matches(".*arm64 would cost \\$[0-9.,]+ a month \\(.*"));
    }

    private static final Pattern QUOTED = Pattern.compile(" would cost \\$([0-9,]+\\.[0-9]{2}) a month[,; (]");

    /** The settings the notes price, as a profile states them (YAML appended to one that states none of them). */
    private static final Map<String, String> STATED = Map.of(
            "architecture: any", "architecture: any\n",
            "platforms.lambda.snapstart: on", "platforms: {lambda: {snapstart: on}}\n",
            "concurrency_per_instance: 80", "concurrency_per_instance: 80\n",
            "platforms.cloud-functions-gen2.billing: instance", "platforms: {cloud-functions-gen2: {billing: "
                    + "instance}}\n");

    /**
     * Over generated services fed by a queue or behind a front door, with logs, traces and secrets (glue that every
     * month includes), in three regions, on every platform: each saving a note prices leaves the month that stating
     * its setting shows, and the note quotes that month. So the recommendation's reasons, which take each saving off
     * the platform's month, compare whole months with whole months.
     */
    @Test
    void everyPricedSettingLeavesTheMonthStatingItShows() {
        Map<String, Integer> compared = new java.util.TreeMap<>();
        List<String> glue = List.of("trigger: queue\nobservability: {log_bytes_per_request: 4KB, tracing: true}\n",
                "secrets: {count: 3, reads: per-request}\nobservability: {log_bytes_per_request: 1KB}\n",
                "trigger: queue\nsecrets: {count: 2}\n");
        int i = 0;
        for (String yaml : TestProfiles.portfolioYaml(41, 60, "n", "architecture:", "pricing:", "platforms:",
                "concurrency_per_instance:", "kind: job", "steps:", "gpu:", "trigger:", "observability:",
                "secrets:", "gcp_region:")) {
            // Two regions in three bill Cloud Run functions at Tier 2 with a Tier 1 region close by.
            int n = i++;
            String withGlue = yaml.replace("region: us-east-1", "region: " + List.of("us-east-1", "eu-west-2",
                    "eu-central-1").get(n % 3)) + glue.get(n / 3 % glue.size());
            Profile profile = TestProfiles.parse(withGlue);
            for (Platform platform : Platforms.all()) {
                Assessment a = Platforms.assess(platform, profile, REPORT);
                for (Alternative x : a.alternatives()) {
                    String stating = x.setting().startsWith("gcp_region: ") ? x.setting() + "\n"
                            : STATED.get(x.setting());
                    if (stating == null) {
                        continue; // provisioned concurrency bought for its price: a saving about, not a month
                    }
                    Assessment stated = Platforms.assess(platform, TestProfiles.parse(withGlue + stating), REPORT);
                    double month = a.platformCost() - x.saving();
                    assertThat(month).as(platform.id() + " " + x.setting() + "\n" + withGlue)
                            .isCloseTo(stated.platformCost(), within(1e-6));
                    assertThat(quoted(a, month)).as(platform.id() + " " + x.setting() + " " + a.notes()).isTrue();
                    compared.merge(x.setting().replaceAll("gcp_region: .*", "gcp_region"), 1, Integer::sum);
                }
            }
        }
        System.out.printf("settings priced as stated, glue included: %s%n", compared);
        assertThat(compared.keySet()).containsAll(STATED.keySet()).contains("gcp_region");
        assertThat(compared.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(60);
    }

    /** Whether a note quotes {@code month} as what a setting would cost. */
    private static boolean quoted(Assessment a, double month) {
        List<Double> found = new ArrayList<>();
        for (String note : a.notes()) {
            Matcher m = QUOTED.matcher(note);
            while (m.find()) {
                found.add(NoteMatch.grouped(m.group(1)));
            }
        }
        return found.stream().anyMatch(f -> Math.abs(f - month) <= 0.005 + 1e-9);
    }

    private static final String WORKER = "name: worker\nregion: us-east-1\ntraffic: {rate: 5/s, pattern: flat}\n"
            + "duration: 200ms\ncpu_time: 50ms\nmemory: 2GB\ntimeout: 10s\nconcurrency_per_instance: 20\n"
            + "trigger: queue\nsecrets: {count: 2, reads: per-request}\nclouds: [aws]\n";

    private static CostLine line(Assessment a, String key) {
        return a.lines().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + a.lines()));
    }

    private static double saving(Assessment a, String setting) {
        Optional<Alternative> x = a.alternatives().stream().filter(s -> s.setting().equals(setting)).findFirst();
        return x.orElseThrow(() -> new AssertionError("no saving for " + setting + " in " + a.alternatives()))
                .saving();
    }
}
