package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.profile.draft.Answers;
import dev.costfit.profile.draft.Interview;
import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The wizard on a real JLine terminal whose keyboard and screen are streams: keys go in as a user types them, the
 * screen is read back. (InitTerminalTest runs the whole command in a pseudo-terminal.)
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalQuestionsTest {

    /**
     * JLine's terminal on streams runs on a pseudo-terminal of its own, whose pump thread reads the pty's master until
     * the terminal closes it under that read (EIO) and then logs "Error in output pump" with a stack trace: the
     * normal end of a terminal on streams, printed into every build's output. Held here, as java.util.logging keeps
     * only weak references to loggers.
     */
    private static final java.util.logging.Logger JLINE = quiet(java.util.logging.Logger.getLogger("org.jline"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @Test
    void aFullServiceInterviewWithAWrongUnitAskedAgainReadsBackAsTheProfileAnswered() throws Exception {
        // kind, name, description, region, rate (a wrong unit, then right), pattern, burst, duration, cpu_time,
        // memory, timeout (Enter: the suggestion), concurrency (a fraction, then whole), gpu, LLM model (a typo,
        // then right), tokens in and out.
        Answers answers = ask("\nchat-api\n\nus-east-1\n20/sec\n20/s\nbusiness-hours\n3x\n6s\n150ms\n512\n512MB\n"
                + "\n2.5\n40\nnone\nclaude-sonet-4\nclaude-sonnet-4\n1500\n400\n");
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Mean request rate (20/s, 1500/min, 50k/day, 1.2M/month) [20/s]: ")
                .contains("✗ found '20/sec': unknown period '/sec'; write /s")
                .contains("✗ found the bare number 512 without a unit")
                .contains("✗ unknown model 'claude-sonet-4'. Did you mean 'claude-sonnet-4'?")
                .contains("Timeout: the longest a request may run [120s]: ")
                .contains("Requests one instance serves at once (optional; async servers: 40 to 100) []: ")
                .contains("✗ found the number 2.5, expected a whole number");
        Profile profile = TestProfiles.parse(new Interview(TestProfiles.CATALOG).yaml(answers, ""));
        Workload.Service service = (Workload.Service) profile.workload();
        assertThat(profile.name()).isEqualTo("chat-api");
        assertThat(service.traffic().rate().perSecond()).isEqualTo(20);
        assertThat(service.traffic().burst()).isEqualTo(3);
        assertThat(service.duration().mean()).isEqualTo(new TimeSpan(6));
        assertThat(profile.cpuTime().seconds()).isEqualTo(0.15, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(profile.memory()).isEqualTo(DataSize.ofMiB(512));
        assertThat(profile.timeout()).contains(new TimeSpan(120));
        assertThat(profile.concurrencyPerInstance()).isEqualTo(40);
        assertThat(profile.llm().orElseThrow().model()).isEqualTo("claude-sonnet-4");
    }

    @Test
    void aTimeoutShorterThanTheDurationIsAskedAgainAfterTheProfileIsReadBack() throws Exception {
        Answers answers = ask("\nslow\n\n\n1/s\n\n\n90s\n\n1GB\n60s\n\nnone\nnone\n150s\n");
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("✗ timeout: timeout 1 min is shorter than the stated mean duration 90 s (1.5 min)");
        assertThat(answers.written("timeout")).contains("150s");
    }

    @Test
    void aJobIsAskedForItsScheduleNotItsTraffic() throws Exception {
        Answers answers = ask("job\nnightly\n\n\n30/month\n4\n20min\n\n4GB\nT4\n");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("How often the job runs")
                .doesNotContain("Mean request rate");
        Profile job = TestProfiles.parse(new Interview(TestProfiles.CATALOG).yaml(answers, ""));
        assertThat(job.gpu().orElseThrow().type().spelling()).isEqualTo("T4");
        assertThat(job.timeout()).isEmpty();
    }

    @Test
    void theRangesAndHourlyWeightsTheHintsOfferAreTakenAndTheTimeoutCoversTheHigh() throws Exception {
        // A6: the rate and duration hints offer {low, expected, high}, the pattern's {hourly: […]}; each was refused.
        String weights = "[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]";
        Answers answers = ask("\nranged\n\n\n{low: 10/s, expected: 20/s, high: 40/s}\n{hourly: " + weights + "}\n\n"
                + "{low: 2s, expected: 6s, high: 100s}\n\n\n\n\nnone\nnone\n");
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("An estimate may be a range, {low: …, expected: …, high: …}")
                .contains("{hourly: [24 or 168 numbers]}").doesNotContain("✗")
                // twice the range's high, 2 × 100 s = 200 s, up to whole minutes
                .contains("Timeout: the longest a request may run [4min]: ");
        Profile profile = TestProfiles.parse(new Interview(TestProfiles.CATALOG).yaml(answers, ""));
        Workload.Service service = (Workload.Service) profile.workload();
        assertThat(service.traffic().rate().perSecond()).isEqualTo(20);
        assertThat(profile.ranges().rate().orElseThrow().low().perSecond()).isEqualTo(10);
        assertThat(service.duration().mean()).isEqualTo(new TimeSpan(6));
        assertThat(profile.timeout()).contains(new TimeSpan(240));
    }

    @Test
    void ctrlCStopsTheInterview() {
        assertThatThrownBy(() -> ask("\nchat-api\n", "One line on what it does (optional)")).isInstanceOf(
                UserInterruptException.class);
    }

    /** The terminal pumps its output on a thread of its own: wait until the screen stops changing. */
    private void settle() throws InterruptedException {
        int size = -1;
        for (int i = 0; i < 100 && screen.size() != size; i++) {
            size = screen.size();
            Thread.sleep(100);
        }
    }

    /** Types {@code keys} on a keyboard that stays connected (an ended input would read as Ctrl-D). */
    private Answers ask(String keys) throws Exception {
        return ask(keys, "");
    }

    /** Types {@code keys}, then Ctrl-C once {@code ctrlCAt} is on the screen (as a user would, at a prompt). */
    private Answers ask(String keys, String ctrlCAt) throws Exception {
        PipedInputStream keyboard = new PipedInputStream(1 << 16);
        try (PipedOutputStream typing = new PipedOutputStream(keyboard);
             Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").size(new Size(160, 50))
                     .streams(keyboard, screen).build()) {
            // A terminal's line discipline turns Ctrl-C into SIGINT; a terminal on streams starts without one.
            Attributes tty = terminal.getAttributes();
            tty.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            tty.setControlChar(Attributes.ControlChar.VINTR, 3);
            terminal.setAttributes(tty);
            typing.write(keys.getBytes(StandardCharsets.UTF_8));
            typing.flush();
            if (!ctrlCAt.isEmpty()) {
                Thread user = new Thread(() -> {
                    try {
                        while (!screen.toString(StandardCharsets.UTF_8).contains(ctrlCAt + " [")) {
                            Thread.sleep(20);
                        }
                        Thread.sleep(200);
                        typing.write(3);
                        typing.flush();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                user.setDaemon(true);
                user.start();
            }
            Answers answers = new TerminalQuestions(new Interview(TestProfiles.CATALOG), terminal).ask(new Answers());
            terminal.flush();
            settle();
            return answers;
        } finally {
            if (System.getenv("COSTFIT_SHOW_SCREEN") != null) {
                System.err.println(screen.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
