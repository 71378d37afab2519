package dev.costfit.cli;

import dev.costfit.profile.draft.Answers;
import dev.costfit.profile.draft.Interview;
import dev.costfit.profile.draft.Question;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;

/**
 * Asks the questions of an {@link Interview} on a JLine terminal: the suggestion in brackets (Enter takes it), TAB
 * completes choices, regions and models, a wrong answer is asked again with the reader's message, and at the end the
 * whole profile is read back and the questions behind any problem are asked again. Questions the answer flags
 * answered are not asked; an answer that would leave a flag's answer out of the profile is refused. Ctrl-C and
 * Ctrl-D end it with JLine's {@link org.jline.reader.UserInterruptException} and
 * {@link org.jline.reader.EndOfFileException}.
 */
final class TerminalQuestions {

    /** A check of an answer beyond its field's: that the file the name gives is free, say. */
    @FunctionalInterface
    interface Check {
        /** What is wrong with the answers once {@code question} is answered as in {@code answers}, or empty. */
        Optional<String> problem(Question question, Answers answers);

        Check NONE = (question, answers) -> Optional.empty();
    }

    private final Interview interview;
    private final Terminal terminal;
    private final Check check;
    private final LineReader reader;
    private final List<String> candidates = new ArrayList<>();

    TerminalQuestions(Interview interview, Terminal terminal) {
        this(interview, terminal, Check.NONE);
    }

    TerminalQuestions(Interview interview, Terminal terminal, Check check) {
        this.interview = interview;
        this.terminal = terminal;
        this.check = check;
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .completer((line, parsed, out) -> candidates.forEach(c -> out.add(new Candidate(c))))
                .variable(LineReader.HISTORY_FILE, null)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /**
     * Asks every question that applies and that {@code given} (the answer flags) does not answer, then asks again
     * until the profile reads. A problem no question can fix is bad input (exit 2), naming its field.
     */
    Answers ask(Answers given) {
        PrintWriter out = terminal.writer();
        out.println("costfit init: a few questions about the workload. Enter takes the answer in [brackets],");
        out.println("TAB completes, Ctrl-C stops without writing anything.");
        out.println();
        Set<String> flagged = new HashSet<>();
        interview.questions().stream().filter(q -> given.get(q.id()).isPresent()).forEach(q -> flagged.add(q.id()));
        Answers answers = given;
        for (Question question : interview.questions()) {
            if (flagged.contains(question.id())) {
                out.println("  " + question.prompt() + ": " + answers.written(question.id()).orElseThrow() + " ("
                        + question.flag() + ")");
            } else if (question.asked().test(answers)) {
                answers.put(question.id(), answer(question, answers, flagged, Optional.empty()));
            }
        }
        for (List<Interview.Reasked> problems = interview.check(answers); !problems.isEmpty();
             problems = interview.check(answers)) {
            for (Interview.Reasked problem : problems) {
                if (problem.question().isEmpty()) {
                    throw new InputException(Location.ofFile("costfit init"), "", problem.message());
                }
                answers.put(problem.question().get().id(), answer(problem.question().get(), answers, flagged,
                        Optional.of(problem.message())));
            }
        }
        return answers;
    }

    private Optional<YamlNode> answer(Question question, Answers answers, Set<String> flagged,
                                      Optional<String> problem) {
        PrintWriter out = terminal.writer();
        out.println();
        out.println("  " + question.hint());
        problem.ifPresent(p -> out.println("  ✗ " + p));
        candidates.clear();
        candidates.addAll(interview.candidates(question));
        String suggestion = question.suggestion().apply(answers);
        String prompt = question.prompt() + " [" + suggestion + "]: ";
        while (true) {
            String typed = reader.readLine(prompt).strip();
            Optional<YamlNode> value = Interview.read(question, typed.isEmpty() ? suggestion : typed);
            Answers trial = answers.with(question.id(), value);
            Optional<String> wrong = value.map(v -> interview.problem(question, v))
                    .orElseGet(() -> interview.blank(question))
                    .or(() -> leftOut(trial, flagged))
                    .or(() -> check.problem(question, trial));
            if (wrong.isEmpty()) {
                return value;
            }
            out.println("  ✗ " + wrong.get());
            out.flush();
        }
    }

    /** An answer flag this answer would leave out of the profile (--runs, answering service): never dropped. */
    private Optional<String> leftOut(Answers trial, Set<String> flagged) {
        return interview.misplaced(trial).stream().filter(q -> flagged.contains(q.id())).findFirst()
                .map(q -> q.flag() + " " + trial.written(q.id()).orElseThrow() + " was given, " + q.scope().askedOf()
                        + ": answer otherwise, or stop with Ctrl-C and leave " + q.flag() + " out");
    }
}
