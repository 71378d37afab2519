package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import dev.costfit.profile.draft.Answers;
import dev.costfit.profile.draft.Interview;
import dev.costfit.profile.draft.Question;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.YamlNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = InitCommand.AnswerFlags.class,
        description = {"Write a new profile by answering a few questions, then price it at once.", "",
            // One paragraph a line: picocli wraps each line to the help's width on its own.
            "On a terminal, costfit init asks what kind of workload it is, its name and region, its traffic "
                + "(rate, pattern, burst) or schedule, duration and CPU time, memory, timeout, the requests one "
                + "instance serves at once, GPU and LLM calls. "
                + "Each answer is checked on the spot by the same parser costfit reads profiles with; TAB completes "
                + "choices, regions and LLM models; Ctrl-C stops and writes nothing. The profile is written "
                + "atomically, with a comment on every line, and priced with costfit recommend.",
            "",
            "The answer flags below answer their questions; on a terminal the others are asked. --from-flags asks "
                + "nothing: the flags, and the suggested answer of every other question (so does --defaults, and a "
                + "run without a terminal given answer flags). A flag the profile would leave out (--runs without "
                + "--kind job, --input-tokens without --llm-model) is refused, never dropped. An answer is read as "
                + "YAML: 'job' is job, T4 # a card is T4; a range {low: 4s, expected: 6s, high: 10s} or {hourly: "
                + "[24 weights]} is taken where the field takes one.",
            "FILE defaults to NAME.yaml in the current folder (the name's letters, digits, dots, dashes and "
                + "underscores; profile.yaml if none); - writes the profile to stdout (not priced). FILE is checked "
                + "before the first question: it must not exist (or give --force), its folder must.",
            ""},
        footer = {"", "Examples:",
            "  costfit init --defaults chat.yaml",
            "  costfit init --from-flags --name chat-api --rate 20/s --duration 6s \\",
            "      --cpu-time 150ms --memory 512MB --timeout 120s \\",
            "      --llm-model claude-sonnet-4 chat-api.yaml",
            "  costfit init --from-flags --kind job --name nightly --runs 30/month \\",
            "      --tasks 4 --task-duration 20min --memory 4GB -",
            "",
            "Exit codes: 0 written (and priced); 2 a bad answer or flag, FILE exists and no",
            "--force, or its folder does not; 130 stopped with Ctrl-C."})
final class InitCommand implements Callable<Integer> {

    /** What a shell returns for a command stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Where to write the profile (default: NAME.yaml); - for stdout.")
    Path file;

    @Option(names = "--defaults", description = "Ask nothing: take the suggested answer of every question no answer "
            + "flag answers.")
    boolean defaults;

    @Option(names = "--from-flags", description = "Ask nothing: take the answer flags, and suggested answers for "
            + "the rest.")
    boolean fromFlags;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--no-price", description = "Write the profile without pricing it.")
    boolean noPrice;

    @Option(names = "--schema", paramLabel = "REF",
            description = "Start the profile with '# yaml-language-server: $schema=REF', so an editor validates and "
                    + "completes it (a path to `costfit schema`'s output, relative to the profile).")
    String schema;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = file != null && file.toString().equals("-");
        if (file != null && !toStdout) {
            refuse(file);
        }
        Interview interview = new Interview(new CatalogLoader().embedded());
        Answers given = flagAnswers(interview);
        Set<String> flagged = new HashSet<>();
        interview.questions().stream().filter(q -> given.get(q.id()).isPresent()).forEach(q -> flagged.add(q.id()));
        refuseMisplaced(interview, given);
        if (file == null && given.get("name").isPresent()) {
            refuse(defaultTarget(given));
        }
        boolean asking = !defaults && !fromFlags;
        if (asking && System.console() == null && !answeredByFlags()) {
            throw new InputException(Location.ofFile("costfit init"), "", "no terminal to ask questions on; in "
                    + "scripts, use --defaults or --from-flags with answer flags (costfit help init)");
        }
        Optional<Answers> answered = asking && System.console() != null ? askOnTerminal(interview, given)
                : Optional.of(suggested(interview, given, flagged));
        if (answered.isEmpty()) {
            return INTERRUPTED;
        }
        Answers answers = answered.get();
        // Every scope is decided now (the kind and the model asked or suggested): nothing given is left out. The
        // terminal refuses an answer that would leave a flag's out; this holds whatever path led here.
        refuseMisplaced(interview, answers);
        String yaml = interview.yaml(answers, schema == null ? "" : schema);
        if (toStdout) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path target = file != null ? file : defaultTarget(answers);
        refuse(target);
        AtomicFile.write(target, yaml);
        String shown = (target.toString().startsWith("-") ? "-- " : "") + target;
        err.println("costfit: wrote " + target + (noPrice ? "." : "; pricing it (costfit recommend " + shown
                + "):"));
        err.flush();
        if (noPrice) {
            return ExitCodes.OK;
        }
        // "--" ends the options: a file named -x.yaml is a profile, not an option of recommend.
        return spec.root().commandLine().getSubcommands().get("recommend").execute("--", target.toString());
    }

    /** The questions the flags left, asked on the terminal; empty when stopped with Ctrl-C or Ctrl-D. */
    private Optional<Answers> askOnTerminal(Interview interview, Answers given) {
        TerminalQuestions.Check freeName = (question, trial) -> file != null || !question.id().equals("name")
                ? Optional.empty() : problem(defaultTarget(trial)).map(p -> defaultTarget(trial) + ": " + p
                + ". With no FILE given, the file is NAME.yaml: give another name, or stop with Ctrl-C and give FILE");
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return Optional.of(new TerminalQuestions(interview, terminal, freeName).ask(given));
        } catch (UserInterruptException | EndOfFileException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("costfit: stopped; nothing was written.");
            err.flush();
            return Optional.empty();
        } catch (IOException e) {
            throw new InputException(Location.ofFile("costfit init"), "", "cannot open the terminal: "
                    + e.getMessage());
        }
    }

    /** The flags' answers and the suggested answer of every other question, read back; exit 2 on a problem. */
    private Answers suggested(Interview interview, Answers given, Set<String> flagged) {
        Answers answers = given;
        for (Question question : interview.questions()) {
            if (question.asked().test(answers) && answers.get(question.id()).isEmpty()) {
                answers.put(question.id(), Interview.read(question, question.suggestion().apply(answers)));
            }
        }
        refuseMisplaced(interview, answers);
        List<Problem> problems = new ArrayList<>();
        for (Interview.Reasked reasked : interview.check(answers)) {
            problems.add(located(reasked, answers, flagged));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return answers;
    }

    /** NAME.yaml in the current folder. */
    private static Path defaultTarget(Answers answers) {
        return Path.of(fileName(answers.text("name").orElse("my-service")) + ".yaml");
    }

    /**
     * A file name for a profile's name: runs of anything but ASCII letters, digits, dots, dashes and underscores
     * become one dash, and dashes and dots are trimmed from the ends, so the name never reads as an option (-x),
     * a hidden file (.x) or a folder (..); a name with no letter or digit left (日本) gives "profile". ASCII, as a
     * file name must survive every file system and a C locale.
     */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return safe.chars().anyMatch(Character::isLetterOrDigit) ? safe : "profile";
    }

    /** Exit 2 when the profile cannot be written to {@code target}. */
    private void refuse(Path target) {
        problem(target).ifPresent(p -> {
            throw new InputException(Location.ofFile(target.toString().isEmpty() ? "costfit init" : target
                    .toString()), "", p);
        });
    }

    /** Why the profile cannot be written to {@code target}: asked before the first question, and at the end. */
    private Optional<String> problem(Path target) {
        if (target.toString().isEmpty()) {
            return Optional.of("FILE is empty; give the file to write, or leave FILE out to write NAME.yaml");
        }
        if (Files.isDirectory(target)) {
            return Optional.of("a folder; give the file to write in it, such as " + target.resolve("NAME.yaml"));
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of("the folder " + target.getParent() + " does not exist");
        }
        if (Files.exists(target) && !force) {
            return Optional.of("the file exists; costfit init does not overwrite it without --force");
        }
        return Optional.empty();
    }

    /** Answers given as flags that the kind or the model leave out of the profile: refused, never dropped. */
    private void refuseMisplaced(Interview interview, Answers answers) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : interview.misplaced(answers)) {
            problems.add(new Problem(Location.ofFile(question.flag()), "", question.scope().refusal(answers)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** A problem of the profile at the flag that gave the answer, or, for a suggested answer, saying so. */
    private static Problem located(Interview.Reasked reasked, Answers answers, Set<String> flagged) {
        Optional<Question> question = reasked.question();
        if (question.isPresent() && flagged.contains(question.get().id())) {
            return new Problem(Location.ofFile(question.get().flag()), "", reasked.message());
        }
        String suggested = question.flatMap(q -> answers.written(q.id()).map(v -> " (" + v + " is the suggested "
                + "answer; give one with " + q.flag() + ")")).orElse("");
        return new Problem(Location.ofFile("costfit init"), "", reasked.message() + suggested);
    }

    /** The answers given as flags, each read and checked as the question reads and checks it. */
    private Answers flagAnswers(Interview interview) {
        Answers answers = new Answers();
        List<Problem> problems = new ArrayList<>();
        for (Question question : interview.questions()) {
            OptionSpec option = spec.findOption(question.flag());
            String value = option.getValue();
            if (value != null) {
                Optional<YamlNode> answer = Interview.read(question, value);
                answer.map(a -> interview.problem(question, a)).orElseGet(() -> interview.blank(question))
                        .ifPresentOrElse(p -> problems.add(new Problem(Location.ofFile(question.flag()), "", p)),
                                () -> answers.put(question.id(), answer));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return answers;
    }

    private boolean answeredByFlags() {
        return Interview.QUESTIONS.stream().anyMatch(q -> spec.findOption(q.flag()).getValue() != null);
    }

    /** One option per question (--rate, --memory, …), made from the interview so flags and questions agree. */
    static final class AnswerFlags implements CommandLine.IModelTransformer {
        /** What completion offers for a flag: TAB's candidates in the interview (read when a script is written). */
        private static Iterable<String> candidates(Question question) {
            return switch (question.completion()) {
                case NONE -> null;
                case REGIONS -> new CompletionNames.Regions();
                case MODELS -> () -> {
                    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("none"));
                    new CompletionNames.Models().forEach(names::add);
                    return names.iterator();
                };
                case CHOICES -> Interview.choices(question);
            };
        }

        @Override
        public CommandSpec transform(CommandSpec command) {
            for (Question question : Interview.QUESTIONS) {
                command.addOption(OptionSpec.builder(question.flag()).paramLabel(question.field().key()
                                .toUpperCase(java.util.Locale.ROOT)).type(String.class)
                        .completionCandidates(candidates(question))
                        .description(question.prompt().replace("%", "%%") + ".").build());
            }
            return command;
        }
    }
}
