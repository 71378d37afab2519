package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
