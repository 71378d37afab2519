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

    // --- the reviewer's findings of 2026-12-07 (authoring audit, section A), driven as the reviewer did -------------

    @Test
    void aQuotedKindAndAGpuWithACommentAreReadAsYamlReadsThem() throws Exception {
        // A1: 'job' and "T4 # 24GB card" ended in "internal error: IllegalStateException", exit 1, every answer lost.
        Path file = dir.resolve("nightly.yaml");
        try (Session session = Session.start(dir, "init", "--no-price", file.toString())) {
            session.answer("'job'");            // kind
            session.answer("nightly");          // name
            for (int i = 0; i < 7; i++) {       // description, region, runs, tasks, task duration, cpu_time, memory
                session.answer("");
            }
            session.answer("T4 # 24GB card");   // gpu
            session.enterUntilExit(10);
            assertThat(session.exitCode()).as(session.screen()).isZero();
            assertThat(session.screen()).doesNotContain("internal error").doesNotContain("Mean request rate");
        }
        Profile job = new ProfileLoader().load(List.of(file)).get(0);
        assertThat(job.workload()).isInstanceOf(Workload.Job.class);
        assertThat(job.gpu().orElseThrow().type().spelling()).isEqualTo("T4");
    }

    @Test
    void aFileNamedLikeAnOptionIsPricedAsAProfile() throws Exception {
        // A2: recommend read "-x.yaml" as an option: "Missing required parameter: 'PROFILE'", exit 2. The name -x
        // now gives x.yaml; a FILE given as -y.yaml (after --) is passed to recommend after "--".
        try (Session session = Session.start(dir, "init", "--from-flags", "--name", "-x", "--", "-y.yaml")) {
            assertThat(session.waitForExit()).isTrue();
            assertThat(session.exitCode()).as(session.screen()).isZero();
            assertThat(session.screen()).contains("pricing it (costfit recommend -- -y.yaml)")
                    .contains("Recommendation:");
        }
        assertThat(new ProfileLoader().load(List.of(dir.resolve("-y.yaml"))).get(0).name()).isEqualTo("-x");
        try (Session session = Session.start(dir, "init", "--from-flags", "--no-price", "--name", "-x")) {
            assertThat(session.waitForExit()).isTrue();
            assertThat(session.exitCode()).as(session.screen()).isZero();
        }
        assertThat(dir.resolve("x.yaml")).exists();
    }

    @Test
    void anAnswerFlagOnATerminalAnswersItsQuestionAndTheOthersAreAsked() throws Exception {
        // A3: `costfit init --name foo` asked nothing and priced the suggestions; --from-flags is what asks nothing.
        Path file = dir.resolve("foo.yaml");
        try (Session session = Session.start(dir, "init", "--no-price", "--name", "foo", "--rate", "5/s",
                file.toString())) {
            session.answer("");                 // kind: the first question is still asked
            int answered = session.enterUntilExit(40);
            assertThat(session.exitCode()).as(session.screen()).isZero();
            // kind, then description, region, pattern, burst, duration, cpu_time, memory, timeout, concurrency, gpu,
            // LLM model: 12 questions, name and rate not among them.
            assertThat(1 + answered).isEqualTo(12);
            assertThat(session.screen()).contains("Name of the profile: foo (--name)")
                    .contains("Mean request rate (20/s, 1500/min, 50k/day, 1.2M/month): 5/s (--rate)")
                    .doesNotContain("Name of the profile [");
        }
        Profile profile = new ProfileLoader().load(List.of(file)).get(0);
        assertThat(profile.name()).isEqualTo("foo");
        assertThat(((Workload.Service) profile.workload()).traffic().rate().perSecond()).isEqualTo(5);
    }

    @Test
    void aJobsFlagIsNotLeftOutByAnsweringService() throws Exception {
        // A4 on a terminal: with --runs given, Enter on the kind (service) would drop it; it is refused instead.
        Path file = dir.resolve("nightly.yaml");
        try (Session session = Session.start(dir, "init", "--no-price", "--runs", "1/day", file.toString())) {
            session.answer("");
            assertThat(session.waitFor("--runs 1/day was given, asked of a job only")).as(session.screen()).isTrue();
            session.answer("job");
            session.enterUntilExit(20);
            assertThat(session.exitCode()).as(session.screen()).isZero();
        }
        Workload.Job job = (Workload.Job) new ProfileLoader().load(List.of(file)).get(0).workload();
        assertThat(job.schedule().runs().perSecond()).isEqualTo(1 / 86_400.0);
    }

    @Test
    void anExistingNameYamlIsRefusedAtTheNameNotAfterTheLastQuestion() throws Exception {
        // A5: the file NAME.yaml was found to exist after the last question, every answer lost.
        Files.writeString(dir.resolve("my-service.yaml"), "keep me\n");
        try (Session session = Session.start(dir, "init", "--no-price")) {
            session.answer("");                 // kind
            session.answer("");                 // name: my-service, whose file exists
            assertThat(session.waitFor("my-service.yaml: the file exists")).as(session.screen()).isTrue();
            session.answer("other");
            session.enterUntilExit(40);
            assertThat(session.exitCode()).as(session.screen()).isZero();
        }
        assertThat(Files.readString(dir.resolve("my-service.yaml"))).isEqualTo("keep me\n");
        assertThat(new ProfileLoader().load(List.of(dir.resolve("other.yaml"))).get(0).name()).isEqualTo("other");
    }

    @Test
    void aMissingFolderIsRefusedBeforeTheFirstQuestion() throws Exception {
        try (Session session = Session.start(dir, "init", "nodir/x.yaml")) {
            assertThat(session.waitForExit()).isTrue();
            assertThat(session.exitCode()).isEqualTo(2);
            assertThat(session.screen()).contains("nodir/x.yaml: the folder nodir does not exist")
                    .doesNotContain(PROMPT_END);
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
