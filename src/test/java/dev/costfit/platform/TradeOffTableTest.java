package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.SettingOption;
import dev.costfit.glue.Deliveries;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A platform's trade-off table (its settings with their time and month, `tradeOff[]` in JSON) prices each row as the
 * platform's month is priced: the glue that feeds it (SQS, Pub/Sub, EventBridge), the further LLM attempts and the
 * pricing option included, so the chosen row is the platform's month to the cent and the rows rank as months do.
 * A platform that does not fit chose no setting.
 */
class TradeOffTableTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);

    /** A Node API at 300/s, 80 ms (30 ms of CPU), 1 GB: 788.4 million requests a month. */
    private static final String API = "name: api\ntraffic: {rate: 300/s}\nduration: 80ms\ncpu_time: 30ms\n"
            + "memory: 1GB\nruntime: node\ntimeout: 30s\n";

    private static final Map<String, String> PROFILES = Map.of(
            "queue", API + "trigger: queue\n",
            "http", API,
            "event", API + "trigger: event\n",
            "queue, 3-year savings plan", API + "trigger: queue\npricing: savings-plan-3y\n");

    @Test
    void everyPlatformsChosenRowIsItsMonthExactly() {
        int tables = 0;
        for (Map.Entry<String, String> e : PROFILES.entrySet()) {
            Profile profile = TestProfiles.parse(e.getValue());
            for (Platform platform : Platforms.all()) {
                Assessment a = Platforms.assess(platform, profile, REPORT);
                if (a.tradeOff().isEmpty() || !a.usable()) {
                    continue;
                }
                List<SettingOption> chosen = a.tradeOff().stream().filter(SettingOption::chosen).toList();
                assertThat(chosen).as(e.getKey() + ", " + platform.id()).hasSize(1);
                assertThat(chosen.get(0).monthlyCost().orElseThrow()).as(e.getKey() + ", " + platform.id())
                        .isEqualTo(a.platformCost());
                tables++;
            }
        }
        // Every platform but the one that does not fit each (Lambda Managed Instances' event source, say) has one.
        assertThat(tables).isGreaterThanOrEqualTo(20);
    }

    /** The platform's own table: its settings priced as the platform prices them, as {@link Platforms} asks. */
    private static Map<String, Double> ownRows(Platform platform, Profile stated) {
        Profile delivered = Deliveries.withRetries(DeliveryLimits.onCloud(stated, platform.info().cloud(), CATALOG));
        Assessment own = platform.assess(platform.asInvoked(WholePipeline.sized(delivered), CATALOG), REPORT);
        return rows(own);
    }

    private static Map<String, Double> rows(Assessment a) {
        return a.tradeOff().stream().filter(o -> o.monthlyCost().isPresent())
                .collect(Collectors.toMap(SettingOption::setting, o -> o.monthlyCost().getAsDouble()));
    }

    @Test
    void everyRowAddsTheQueueTheMonthAdds() {
        Profile queue = TestProfiles.parse(PROFILES.get("queue"));
        // SQS: 788.4M messages, each sent, received and deleted (batches of one, 1 KB in one 64 KB chunk; the
        // pollers' empty long polls, 5 / 20 s x e^-1,200, are none): 2,365.2M requests x $0.40 a million = $946.08
        // on every AWS platform. Pub/Sub: each message published and delivered, 1 KiB each, 2 x 788.4M x 1,024 B
        // = 1,503.7537 GiB x $40 a TiB = $58.7404 on Cloud Functions.
        double pubSub = 2 * 788_400_000.0 * 1024 / (1L << 30) * 40 / 1024;
        Map<String, Double> added = Map.of("lambda", 946.08, "lambda-managed-instances", 946.08, "fargate", 946.08,
                "eks", 946.08, "cloud-functions-gen2", pubSub, "cloud-functions-gen1", pubSub);
        for (Platform platform : Platforms.all()) {
            Map<String, Double> own = ownRows(platform, queue);
            Map<String, Double> total = rows(Platforms.assess(platform, queue, REPORT));
            assertThat(total.keySet()).as(platform.id()).hasSizeGreaterThan(1).isEqualTo(own.keySet());
            total.forEach((setting, cost) -> assertThat(cost - own.get(setting)).as(platform.id() + " " + setting)
                    .isCloseTo(added.get(platform.id()), within(1e-6)));
        }
    }

    @Test
    void theChosenSettingsSlowerNoteReadsThePricedRows() {
        // Lambda's 1,062 MB runs the request 25% slower than measured; the note says what the fastest row costs more
        // than the month, as the table shows both (SQS included in each).
        Assessment lambda = Platforms.assess(new LambdaPlatform(), TestProfiles.parse(PROFILES.get("queue")), REPORT);
        Pattern slower = Pattern.compile("runs a request in .* at (.*?), \\d+% slower than measured; (.*?) runs it in "
                + ".* for \\+(\\d+)%");
        Matcher m = NoteMatch.in(lambda, slower).orElseThrow(() -> new AssertionError(lambda.notes()));
        Map<String, Double> rows = rows(lambda);
        double more = rows.get(m.group(2)) / rows.get(m.group(1)) - 1;
        assertThat(Integer.parseInt(m.group(3))).isEqualTo((int) Math.round(more * 100));
        assertThat(rows.get(m.group(1))).isEqualTo(lambda.platformCost());
    }

    @Test
    void aPlatformThatDoesNotFitChoosesNoSetting() {
        // 20-minute tasks and no timeout: longer than Lambda's 15 minutes and 1st gen's 9 of run time at every setting.
        Profile job = TestProfiles.parse("kind: job\nname: long\nschedule: {runs: 30/month, tasks: 4, duration: "
                + "20min}\ncpu_time: 15min\nmemory: 2GB\n");
        for (Platform platform : List.of(new LambdaPlatform(), new CloudFunctionsGen1Platform())) {
            for (Function<Profile, Assessment> how : List.<Function<Profile, Assessment>>of(
                    p -> platform.assess(p, REPORT), p -> Platforms.assess(platform, p, REPORT))) {
                Assessment a = how.apply(job);
                assertThat(a.feasible()).isFalse();
                assertThat(a.tradeOff()).as(platform.id()).hasSizeGreaterThan(1)
                        .noneMatch(SettingOption::chosen)
                        .allSatisfy(o -> assertThat(o.verdict()).startsWith("does not fit: run time"));
            }
        }
    }

    @Test
    void aLimitThePlatformsMonthAddsBlocksEveryRow() {
        // 5 requests a second each calling the LLM once: 300 calls a minute against a limit of 10. Each setting fits
        // on its own; none does with the limit every platform shares, and no row is chosen or priced.
        Profile profile = TestProfiles.parse("name: llm\ntraffic: {rate: 5/s}\nduration: 2s\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 30s\nllm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100, "
                + "rate_limit_rpm: 10}\n");
        Assessment own = new LambdaPlatform().assess(profile, REPORT);
        assertThat(own.tradeOff()).anyMatch(SettingOption::chosen);
        Assessment lambda = Platforms.assess(new LambdaPlatform(), profile, REPORT);
        assertThat(lambda.feasible()).isFalse();
        assertThat(lambda.tradeOff()).hasSizeGreaterThan(1).noneMatch(SettingOption::chosen)
                .allSatisfy(o -> assertThat(o.monthlyCost()).isEmpty())
                .allSatisfy(o -> assertThat(o.verdict()).contains("LLM rate limit"));
    }
}
