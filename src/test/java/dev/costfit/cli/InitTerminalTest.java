package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.profile.Workload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code costfit init} as a user meets it: the whole command in its own JVM on a pseudo-terminal (util-linux
 * {@code script} allocates one), so JLine finds a system terminal, the line discipline echoes and turns Ctrl-C into
 * SIGINT. Keys are typed only once the question they answer is on the screen.
 */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InitTerminalTest {

    /** What ends every question: the default in brackets, then the cursor. */
    private static final String PROMPT_END = "]: ";

    @TempDir
    Path dir;

    @Test
    void aUserAnswersAWrongUnitIsAskedAgainAndTheWrittenProfileIsPricedAndReadsBack() throws Exception {
        Path file = dir.resolve("chat.yaml");
        try (Session session = Session.start(dir, "init", file.toString())) {
            session.answer("");                 // kind: service
            session.answer("chat-api");         // name
            session.answer("Chat endpoint");    // description
            session.answer("");                 // region: us-east-1
            session.answer("20/sec");           // rate, with a unit the reader refuses
            assertThat(session.waitFor("unknown period '/sec'; write /s")).isTrue();
            session.answer("20/s");
            int answered = session.enterUntilExit(40);
            assertThat(answered).as("questions after the rate").isGreaterThan(5);
            assertThat(session.exitCode()).as(session.screen()).isZero();
            assertThat(session.screen()).contains("Recommendation:");
        }
        Profile profile = new ProfileLoader().load(List.of(file)).get(0);
        assertThat(profile.name()).isEqualTo("chat-api");
        assertThat(profile.description()).isEqualTo("Chat endpoint");
        assertThat(((Workload.Service) profile.workload()).traffic().rate().perSecond()).isEqualTo(20);
        assertThat(Files.readString(file)).contains("# the mean request rate");
    }

    @Test
    void ctrlCAtAQuestionLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("stopped.yaml");
        try (Session session = Session.start(dir, "init", file.toString())) {
            session.answer("");
            assertThat(session.waitForPrompt(2)).isTrue();
            session.type("\u0003");
            assertThat(session.waitForExit()).isTrue();
            assertThat(session.exitCode()).as(session.screen()).isEqualTo(InitCommand.INTERRUPTED);
            assertThat(session.screen()).contains("stopped; nothing was written");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    /** One run of costfit on a pseudo-terminal: what it printed so far, and a keyboard. */
    private static final class Session implements AutoCloseable {
        private final Process process;
        private final OutputStream keyboard;
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private int prompts;

        private Session(Process process) {
            this.process = process;
            this.keyboard = process.getOutputStream();
            Thread pump = new Thread(() -> copy(process.getInputStream()), "pty-screen");
            pump.setDaemon(true);
            pump.start();
        }

        static Session start(Path dir, String... args) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            StringBuilder command = new StringBuilder("stty cols 120 rows 50; exec ").append(quote(java))
                    .append(" -cp ").append(quote(System.getProperty("java.class.path")))
                    .append(" dev.costfit.cli.Main");
            for (String arg : args) {
                command.append(' ').append(quote(arg));
            }
            ProcessBuilder builder = new ProcessBuilder("script", "-q", "-e", "-c", command.toString(), "/dev/null")
                    .directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("TERM", "xterm");
            builder.environment().remove("NO_COLOR");
            return new Session(builder.start());
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (screen) {
                        screen.write(buffer, 0, n);
                        screen.notifyAll();
                    }
                }
            } catch (IOException ended) {
                // the terminal closed: the command ended
            }
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        boolean waitFor(String text) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            synchronized (screen) {
                while (!screen().contains(text)) {
                    long left = until - System.nanoTime();
                    if (left <= 0 || !process.isAlive() && !screen().contains(text)) {
                        return screen().contains(text);
                    }
                    screen.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
                }
                return true;
            }
        }

        /** Waits until the {@code n}th question is on the screen. */
        boolean waitForPrompt(int n) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            synchronized (screen) {
                while (count(screen(), PROMPT_END) < n) {
                    if (System.nanoTime() > until || !process.isAlive()) {
                        return false;
                    }
                    screen.wait(200);
                }
                return true;
            }
        }

        /** Answers the next question once it is asked. */
        void answer(String text) throws Exception {
            prompts++;
            assertThat(waitForPrompt(prompts)).as("question %d asked:%n%s", prompts, screen()).isTrue();
            type(text + "\r");
        }

        /** Takes every default (Enter) until the command ends; returns how many questions it answered. */
        int enterUntilExit(int most) throws Exception {
            int answered = 0;
            while (answered < most) {
                if (!waitForPrompt(prompts + 1)) {
                    break;
                }
                prompts++;
                type("\r");
                answered++;
            }
            assertThat(waitForExit()).as("costfit ended:%n%s", screen()).isTrue();
            return answered;
        }

        void type(String keys) throws IOException {
            keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        boolean waitForExit() throws InterruptedException {
            return process.waitFor(60, TimeUnit.SECONDS);
        }

        int exitCode() {
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }

        private static int count(String text, String part) {
            int n = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
                n++;
            }
            return n;
        }

        private static String quote(String arg) {
            return "'" + arg.replace("'", "'\\''") + "'";
        }
    }
}
