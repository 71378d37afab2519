package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.profile.Workload;
import dev.costfit.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** costfit init without a terminal: --defaults, --from-flags, refusing to overwrite, bad answers. */
class InitCommandTest {

    @Test
    void defaultsWriteAProfileThatReadsBackAndIsPricedAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chat.yaml");
        CliRun run = CliRun.of("init", "--defaults", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("costfit: wrote " + file + "; pricing it");
        assertThat(run.out()).contains("Recommendation:");
        Profile profile = new ProfileLoader().load(List.of(file)).get(0);
        assertThat(profile.name()).isEqualTo("my-service");
        assertThat(((Workload.Service) profile.workload()).traffic().rate().perSecond()).isEqualTo(20);
        assertThat(profile.timeout()).contains(new TimeSpan(120));
        assertThat(Files.readString(file)).contains("rate: 20/s                    # the mean request rate");
    }

    @Test
    void flagsAnswerTheQuestionsAndAJobGoesToStdout() {
        CliRun run = CliRun.of("init", "--from-flags", "--kind", "job", "--name", "nightly", "--runs", "30/month",
                "--tasks", "4", "--task-duration", "20min", "--memory", "4GB", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile job = new ProfileLoader().parse("stdout", run.out()).get(0);
        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.timeout()).isEmpty();
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "keep me\n");
        CliRun refused = CliRun.of("init", "--defaults", "--no-price", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(file + ": the file exists; costfit init does not overwrite it without "
                + "--force");
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
        assertThat(CliRun.of("init", "--defaults", "--no-price", "--force", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).contains("name: my-service");
    }

    @Test
    void aWrongUnitInAFlagIsBadInputWithTheReadersMessage(@TempDir Path dir) {
        CliRun run = CliRun.of("init", "--from-flags", "--rate", "20/sec", dir.resolve("x.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rate: found '20/sec': unknown period '/sec'; write /s");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void aTimeoutShorterThanTheDurationNamesItsFlag(@TempDir Path dir) {
        CliRun run = CliRun.of("init", "--from-flags", "--duration", "10min", "--timeout", "60s",
                dir.resolve("x.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--timeout: timeout: timeout 1 min is shorter than the stated mean duration "
                + "10 min");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void withoutATerminalItSaysHowToRunInAScript(@TempDir Path dir) {
        CliRun run = CliRun.of("init", dir.resolve("x.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no terminal to ask questions on; in scripts, use --defaults or --from-flags");
    }

    // --- the reviewer's findings of 2026-12-07 (authoring audit, section A and C5) ----------------------------------

    @Test
    void anAnswerIsStoredAsYamlReadsItSoQuotesAndACommentCannotBreakTheProfile() {
        // A1: 'job' quoted is the word job (a job's profile, not a service's); "T4 # 24GB card" is T4 and a
        // comment, which once swallowed the closing brace of {count: 1, type: …} (exit 2, naming no field).
        CliRun run = CliRun.of("init", "--from-flags", "--kind", "'job'", "--name", "\"nightly\"", "--gpu",
                "T4 # 24GB card", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile job = new ProfileLoader().parse("stdout", run.out()).get(0);
        assertThat(job.workload()).isInstanceOf(Workload.Job.class);
        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.gpu().orElseThrow().type().spelling()).isEqualTo("T4");
        assertThat(run.out()).contains("gpu: {count: 1, type: T4}").doesNotContain("24GB card");
    }

    @Test
    void textThatIsNotAYamlValueIsWrittenQuotedAndReadsBackAsTyped() {
        // "chat: api" is no YAML value (a key inside a value): it is the text typed, quoted where it is written.
        CliRun run = CliRun.of("init", "--from-flags", "--name", "chat: api", "--description",
                "It's \"the\" {chat}: v1, [beta]", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile profile = new ProfileLoader().parse("stdout", run.out()).get(0);
        assertThat(profile.name()).isEqualTo("chat: api");
        assertThat(profile.description()).isEqualTo("It's \"the\" {chat}: v1, [beta]");
    }

    @Test
    void aNameGivesAFileNameThatIsNeverAnOptionNorEmpty() {
        // A2: 日本 gave "-.yaml" and -x "-x.yaml", which recommend then read as options (exit 2).
        assertThat(InitCommand.fileName("日本")).isEqualTo("profile");
        assertThat(InitCommand.fileName("-x")).isEqualTo("x");
        assertThat(InitCommand.fileName("..")).isEqualTo("profile");
        assertThat(InitCommand.fileName(".env")).isEqualTo("env");
        assertThat(InitCommand.fileName("chat api (eu)")).isEqualTo("chat-api-eu");
        assertThat(InitCommand.fileName("chat_api.v2")).isEqualTo("chat_api.v2");
    }

    @Test
    void aJobsFlagWithoutKindJobIsRefusedNotDropped(@TempDir Path dir) {
        // A4: --runs and --tasks without --kind job wrote a service at the suggested 20/s × 6s, exit 0.
        CliRun run = CliRun.of("init", "--from-flags", "--name", "s", "--runs", "1/day", "--tasks", "3",
                dir.resolve("s.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--runs: asked of a job only, and the profile is a service; add --kind job")
                .contains("--tasks: asked of a job only");
        assertThat(dir.resolve("s.yaml")).doesNotExist();
    }

    @Test
    void aServicesFlagOnAJobAndTokensWithoutAModelAreRefused() {
        CliRun job = CliRun.of("init", "--from-flags", "--kind", "job", "--rate", "1/s", "--concurrency", "40", "-");
        assertThat(job.exitCode()).isEqualTo(2);
        assertThat(job.err()).contains("--rate: asked of a service only, and --kind job makes the profile a job")
                .contains("--concurrency: asked of a service only");
        CliRun tokens = CliRun.of("init", "--from-flags", "--input-tokens", "900", "-");
        assertThat(tokens.exitCode()).isEqualTo(2);
        assertThat(tokens.err()).contains("--input-tokens: asked only when an LLM model is named, and none is; add "
                + "--llm-model");
    }

    @Test
    void aJobTakesTheTimeoutItIsGiven() {
        // A4: a job's profile takes a timeout (each platform's longest run otherwise); --timeout was dropped.
        CliRun run = CliRun.of("init", "--from-flags", "--kind", "job", "--timeout", "30min", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile job = new ProfileLoader().parse("stdout", run.out()).get(0);
        assertThat(job.timeout()).contains(new TimeSpan(1800));
    }

    @Test
    void aMissingFolderAFolderAndAnEmptyFileNameAreRefusedBeforeAnything(@TempDir Path dir) {
        // A5 and C5: the folder was found missing after the last question; a folder was "the file exists", and
        // "" was ": the file exists".
        CliRun missing = CliRun.of("init", "--defaults", dir.resolve("nodir/x.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nodir/x.yaml: the folder " + dir.resolve("nodir") + " does not exist");
        CliRun folder = CliRun.of("init", "--defaults", "--force", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains(dir + ": a folder; give the file to write in it, such as "
                + dir.resolve("NAME.yaml"));
        CliRun empty = CliRun.of("init", "--defaults", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("costfit init: FILE is empty; give the file to write, or leave FILE out "
                + "to write NAME.yaml");
    }

    @Test
    void theRangesAndHourlyWeightsTheHintsOfferAreTaken() {
        // A6: the hints offer {low, expected, high} and {hourly: […]}, which were refused ("expected a rate").
        String weights = "[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]";
        CliRun run = CliRun.of("init", "--from-flags", "--rate", "{low: 10/s, expected: 20/s, high: 40/s}",
                "--pattern", "{hourly: " + weights + "}", "--duration", "{low: 2s, expected: 6s, high: 100s}", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile profile = new ProfileLoader().parse("stdout", run.out()).get(0);
        Workload.Service service = (Workload.Service) profile.workload();
        assertThat(service.traffic().rate().perSecond()).isEqualTo(20);
        assertThat(profile.ranges().rate().orElseThrow().high().perSecond()).isEqualTo(40);
        assertThat(service.traffic().pattern()).isInstanceOf(PatternSpec.Hourly.class);
        assertThat(service.duration().mean()).isEqualTo(new TimeSpan(6));
        assertThat(profile.ranges().meanDuration().orElseThrow().high()).isEqualTo(new TimeSpan(100));
        // The timeout suggested covers the range's high: 2 × 100 s = 200 s, up to whole minutes, 4 min.
        assertThat(profile.timeout()).contains(new TimeSpan(240));
    }

    @Test
    void theTimeoutSuggestedForALongDurationStaysWithinAYear() {
        // A6: twice 5,000 h is 10,000 h, past the timeout's bound of a year (365 × 24 h = 8,760 h), and the error
        // blamed --timeout, which was never given. The suggestion is now capped at the year.
        CliRun run = CliRun.of("init", "--from-flags", "--duration", "5000h", "--rate", "1/day", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile profile = new ProfileLoader().parse("stdout", run.out()).get(0);
        assertThat(profile.timeout()).contains(new TimeSpan(8760 * 3600.0));
    }

    @Test
    void aProblemOfASuggestedAnswerBlamesNoFlagThatWasNotGiven(@TempDir Path dir) {
        // 20/s suggested × 5,000 h × 3,600 s/h = 360,000,000 requests in flight, over the bound of ten million.
        CliRun run = CliRun.of("init", "--from-flags", "--duration", "5000h", dir.resolve("x.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("costfit init: traffic.rate: rate × duration gives 360,000,000 requests")
                .contains("(20/s is the suggested answer; give one with --rate)")
                .doesNotContain("--rate:").doesNotContain("--timeout");
    }
}
