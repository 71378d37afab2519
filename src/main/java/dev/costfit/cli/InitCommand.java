package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import dev.costfit.profile.draft.Answers;
import dev.costfit.profile.draft.Interview;
import dev.costfit.profile.draft.Question;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            "On a terminal, costfit init asks what kind of workload it is, its name and region, its traffic",
            "(rate, pattern, burst) or schedule, duration and CPU time, memory, timeout, GPU and LLM calls.",
            "Each answer is checked on the spot by the same parser costfit reads profiles with; TAB completes",
            "choices, regions and LLM models; Ctrl-C stops and writes nothing. The profile is written",
            "atomically, with a comment on every line, and priced with costfit recommend.",
            "",
            "In scripts, --defaults takes every suggested answer and the answer flags below set the others.",
            "FILE defaults to NAME.yaml in the current folder; - writes the profile to stdout (not priced).",
            ""},
        footer = {"", "Examples:",
            "  costfit init --defaults chat.yaml",
            "  costfit init --from-flags --name chat-api --rate 20/s --duration 6s \\",
            "      --cpu-time 150ms --memory 512MB --timeout 120s \\",
            "      --llm-model claude-sonnet-4 chat-api.yaml",
            "  costfit init --from-flags --kind job --name nightly --runs 30/month \\",
            "      --tasks 4 --task-duration 20min --memory 4GB -",
            "",
            "Exit codes: 0 written (and priced); 2 a bad answer, or FILE exists and no",
            "--force; 130 stopped with Ctrl-C."})
final class InitCommand implements Callable<Integer> {

    /** What a shell returns for a command stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Where to write the profile (default: NAME.yaml); - for stdout.")
    Path file;

    @Option(names = "--defaults", description = "Ask nothing: take the suggested answer of every question.")
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
        refuseToOverwrite(file);
        Interview interview = new Interview(new CatalogLoader().embedded());
        Answers answers = flagAnswers(interview);
        boolean interactive = !defaults && !fromFlags && !answeredByFlags();
        if (interactive) {
            if (System.console() == null) {
                throw new InputException(Location.ofFile("costfit init"), "", "no terminal to ask questions on; in "
                        + "scripts, use --defaults or --from-flags with answer flags (costfit help init)");
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                answers = new TerminalQuestions(interview, terminal).ask(answers);
            } catch (UserInterruptException | EndOfFileException e) {
                err.println("costfit: stopped; nothing was written.");
                err.flush();
                return INTERRUPTED;
            } catch (IOException e) {
                throw new InputException(Location.ofFile("costfit init"), "", "cannot open the terminal: "
                        + e.getMessage());
            }
        } else {
            for (Question question : interview.questions()) {
                if (question.asked().test(answers) && answers.get(question.id()).isEmpty()) {
                    answers.put(question.id(), question.suggestion().apply(answers));
                }
            }
            List<Problem> problems = new ArrayList<>();
            interview.check(answers).forEach(r -> problems.add(new Problem(Location.ofFile(
                    r.question().map(Question::flag).orElse("costfit init")), "", r.message())));
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        }
        String yaml = interview.yaml(answers, schema == null ? "" : schema);
        if (file != null && file.toString().equals("-")) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path target = file != null ? file : Path.of(answers.getOr("name", "my-service")
                .replaceAll("[^A-Za-z0-9._-]+", "-") + ".yaml");
        refuseToOverwrite(target);
        AtomicFile.write(target, yaml);
        err.println("costfit: wrote " + target + (noPrice ? "." : "; pricing it (costfit recommend " + target
                + "):"));
        err.flush();
        if (noPrice) {
            return ExitCodes.OK;
        }
        return spec.root().commandLine().getSubcommands().get("recommend").execute(target.toString());
    }

    private void refuseToOverwrite(Path target) {
        if (target != null && !target.toString().equals("-") && Files.exists(target) && !force) {
            throw new InputException(Location.ofFile(target.toString()), "", "the file exists; costfit init "
                    + "does not overwrite it without --force");
        }
    }

    /** The answers given as flags, each checked as the question checks it. */
    private Answers flagAnswers(Interview interview) {
        Answers answers = new Answers();
        List<Problem> problems = new ArrayList<>();
        for (Question question : interview.questions()) {
            OptionSpec option = spec.findOption(question.flag());
            String value = option.getValue();
            if (value != null) {
                interview.problem(question, value).ifPresentOrElse(
                        p -> problems.add(new Problem(Location.ofFile(question.flag()), "", p)),
                        () -> answers.put(question.id(), value));
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
