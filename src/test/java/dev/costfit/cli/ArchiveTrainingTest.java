package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run: were it to fail, every run would go without its archive, silently (the launcher
 * marks the attempt failed and does not say so).
 */
class ArchiveTrainingTest {

    private static int train(Path profiles, StringWriter err) {
        return ArchiveTraining.run(profiles, new PrintWriter(err, true));
    }

    @Test
    void theSampleProfilesTrainBothJobsWithoutAWord() {
        StringWriter err = new StringWriter();
        assertThat(train(Path.of("profiles"), err)).isZero();
        assertThat(Files.isRegularFile(Path.of("profiles", ArchiveTraining.MAP_PROFILE))).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutTheMapsSampleTheMainJobAloneTrains(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("profiles/steady-api.yaml"), dir.resolve("steady-api.yaml"));
        StringWriter err = new StringWriter();
        assertThat(train(dir, err)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadProfileFailsTheTrainingAsItFailsTheRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "name: bad\nworkload: {kind: service}\n");
        Files.copy(Path.of("profiles/chat-api.yaml"), dir.resolve(ArchiveTraining.MAP_PROFILE));
        StringWriter err = new StringWriter();
        assertThat(train(dir, err)).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml");
    }
}
