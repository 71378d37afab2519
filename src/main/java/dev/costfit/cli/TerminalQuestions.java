package dev.costfit.cli;

import dev.costfit.profile.draft.Answers;
import dev.costfit.profile.draft.Interview;
import dev.costfit.profile.draft.Question;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;

/**
 * Asks the questions of an {@link Interview} on a JLine terminal: the suggestion in brackets (Enter takes it), TAB
 * completes choices, regions and models, a wrong answer is asked again with the reader's message, and at the end the
 * whole profile is read back and the questions behind any problem are asked again. Ctrl-C and Ctrl-D end it with
 * JLine's {@link org.jline.reader.UserInterruptException} and {@link org.jline.reader.EndOfFileException}.
 */
final class TerminalQuestions {

    private final Interview interview;
    private final Terminal terminal;
    private final LineReader reader;
    private final List<String> candidates = new ArrayList<>();

    TerminalQuestions(Interview interview, Terminal terminal) {
        this.interview = interview;
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .completer((line, parsed, out) -> candidates.forEach(c -> out.add(new Candidate(c))))
                .variable(LineReader.HISTORY_FILE, null)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /** Asks every question that applies, then asks again until the profile reads; {@code given}: answers kept. */
    Answers ask(Answers given) {
        PrintWriter out = terminal.writer();
        out.println("costfit init: a few questions about the workload. Enter takes the answer in [brackets],");
        out.println("TAB completes, Ctrl-C stops without writing anything.");
        out.println();
        Answers answers = given;
        for (Question question : interview.questions()) {
            if (question.asked().test(answers) && answers.get(question.id()).isEmpty()) {
                answers.put(question.id(), answer(question, answers, Optional.empty()));
            }
        }
        for (List<Interview.Reasked> problems = interview.check(answers); !problems.isEmpty();
             problems = interview.check(answers)) {
            for (Interview.Reasked problem : problems) {
                if (problem.question().isEmpty()) {
                    throw new IllegalStateException("no question fills " + problem.message());
                }
                answers.put(problem.question().get().id(), answer(problem.question().get(), answers,
                        Optional.of(problem.message())));
            }
        }
        return answers;
    }

    private String answer(Question question, Answers answers, Optional<String> problem) {
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
            String text = typed.isEmpty() ? suggestion : typed;
            Optional<String> wrong = interview.problem(question, text);
            if (wrong.isEmpty()) {
                return text;
            }
            out.println("  ✗ " + wrong.get());
            out.flush();
        }
    }
}
