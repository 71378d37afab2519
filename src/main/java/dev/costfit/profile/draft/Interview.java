package dev.costfit.profile.draft;

import static dev.costfit.profile.ProfileFormat.*;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.LlmModel;
import dev.costfit.profile.Bounds;
import dev.costfit.profile.Field;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.profile.ValueType;
import dev.costfit.profile.draft.Question.Scope;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.Suggestions;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The questions `costfit init` asks, in order, and how an answer is read and checked: read as YAML reads a value
 * ({@link #read}), and that value is what is kept and written, never the text typed; checked by the field's own
 * parser (so a wrong unit gets the reader's message), against the catalog for regions and models, against the
 * answers that decide where it belongs ({@link #misplaced}), and at the end by reading the whole profile back, which
 * checks the rules between fields (cpu_time within the duration, the timeout after it).
 */
public final class Interview {

    private static final String CPU_HINT = "The part of a request that keeps a CPU busy; the rest is waiting. A "
            + "service that calls an LLM API and waits for the answer burns little CPU: JSON, templating and TLS, "
            + "often 50ms to 200ms of a 6s request. Leave it empty if you do not know (costfit then uses the "
            + "durations as measured everywhere); stating it lets costfit size containers for the CPU really used.";

    private static final String CONCURRENCY_HINT = "How many requests one container or instance holds at once: a "
            + "limit of your server, not of the CPU. An async server (FastAPI/uvicorn, Node, Go) that waits on an LLM "
            + "API holds dozens, often 40 to 100; a thread-per-request server as many as its threads; 1 for a "
            + "server that serves one request at a time. Leave it empty if you do not know: containers are then "
            + "sized for CPU and memory alone, Cloud Functions 2nd gen serves one request at a time (a report says "
            + "what 80 would cost), and Lambda always serves one.";

    /** The questions in the order asked; built without a catalog, so commands can list their flags cheaply. */
    public static final List<Question> QUESTIONS = List.of(
                question("kind", KIND, "--kind", "Kind of workload (service: requests arrive; job: batch runs)",
                        a -> "service", Scope.ANY, Question.Completion.CHOICES),
                question("name", NAME, "--name", "Name of the profile", a -> "my-service", Scope.ANY,
                        Question.Completion.NONE),
                question("description", DESCRIPTION, "--description", "One line on what it does (optional)",
                        a -> "", Scope.ANY, Question.Completion.NONE),
                question("region", REGION, "--region", "AWS region", a -> "us-east-1", Scope.ANY,
                        Question.Completion.REGIONS),
                question("traffic.rate", RATE, "--rate", "Mean request rate (20/s, 1500/min, 50k/day, 1.2M/month)",
                        a -> "20/s", Scope.SERVICE, Question.Completion.NONE),
                question("traffic.pattern", PATTERN, "--pattern", "Traffic over the day (" + String.join(", ",
                        ((ValueType.Shape) PATTERN.type()).presets()) + ")", a -> "flat", Scope.SERVICE,
                        Question.Completion.CHOICES),
                question("traffic.burst", BURST, "--burst", "Short peaks above the hourly rate (1x: none)",
                        a -> "1x", Scope.SERVICE, Question.Completion.NONE),
                question("duration", MEAN, "--duration", "Mean wall time of one request (250ms, 6s, 2min)",
                        a -> "6s", Scope.SERVICE, Question.Completion.NONE),
                question("schedule.runs", RUNS, "--runs", "How often the job runs (30/month, 1/h)",
                        a -> "30/month", Scope.JOB, Question.Completion.NONE),
                question("schedule.tasks", TASKS, "--tasks", "Parallel tasks each run starts", a -> "1",
                        Scope.JOB, Question.Completion.NONE),
                question("schedule.duration", TASK_DURATION, "--task-duration", "How long one task runs (20min)",
                        a -> "10min", Scope.JOB, Question.Completion.NONE),
                new Question("cpu_time", CPU_TIME, "--cpu-time", "CPU time of one request (optional, 150ms)",
                        CPU_HINT, a -> "", Scope.ANY, a -> true, Question.Completion.NONE),
                question("memory", MEMORY, "--memory", "Memory per instance or task (512MB, 2GB)", a -> "512MB",
                        Scope.ANY, Question.Completion.NONE),
                // A job's profile takes a timeout (each platform's longest run otherwise): --timeout is written
                // for one, but the interview asks it of services only, which must state one.
                new Question("timeout", TIMEOUT, "--timeout", "Timeout: the longest a request may run",
                        hint(TIMEOUT), Interview::timeoutFor, Scope.ANY, a -> !a.isJob(), Question.Completion.NONE),
                new Question("concurrency_per_instance", CONCURRENCY, "--concurrency",
                        "Requests one instance serves at once (optional; async servers: 40 to 100)", CONCURRENCY_HINT,
                        a -> "", Scope.SERVICE, Scope.SERVICE::holds, Question.Completion.NONE),
                question("gpu", GPU_TYPE, "--gpu", "GPU per instance (none, or a type: " + String.join(", ",
                        ((ValueType.OneOf<?>) GPU_TYPE.type()).spellings()) + ")", a -> "none", Scope.ANY,
                        Question.Completion.CHOICES),
                question("llm.model", LLM_MODEL, "--llm-model", "LLM model each request calls (none, or a model)",
                        a -> "none", Scope.SERVICE, Question.Completion.MODELS),
                question("llm.input_tokens", INPUT_TOKENS, "--input-tokens", "Input tokens per LLM call",
                        a -> "1500", Scope.LLM, Question.Completion.NONE),
                question("llm.output_tokens", OUTPUT_TOKENS, "--output-tokens", "Output tokens per LLM call",
                        a -> "400", Scope.LLM, Question.Completion.NONE));

    private final Catalog catalog;

    public Interview(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A question asked wherever its answer belongs, with its field's summary and doc as the hint. */
    private static Question question(String id, Field<?> field, String flag, String prompt,
                                     java.util.function.Function<Answers, String> suggestion, Scope scope,
                                     Question.Completion completion) {
        return new Question(id, field, flag, prompt, hint(field), suggestion, scope, scope::holds, completion);
    }

    private static String hint(Field<?> field) {
        return Character.toUpperCase(field.summary().charAt(0)) + field.summary().substring(1) + ". " + field.doc();
    }

    public List<Question> questions() {
        return QUESTIONS;
    }

    /**
     * A timeout with room above the longest mean duration answered (a range's high): 120s, or twice it for longer
     * requests, in whole minutes, hours past a day; never past the year the timeout is bounded by (Bounds.DURATION),
     * which the duration also is, so the suggestion is never shorter than it.
     */
    static String timeoutFor(Answers answers) {
        double longest = answers.get("duration").flatMap(Interview::highSeconds).orElse(6.0);
        double seconds = Math.min(longest * 2, Bounds.DURATION.max());
        if (seconds <= 120) {
            return "120s";
        }
        if (seconds <= 86_400) {
            return (long) Math.ceil(seconds / 60) + "min";
        }
        return (long) Math.ceil(seconds / 3600) + "h";
    }

    private static Optional<Double> highSeconds(YamlNode duration) {
        try {
            return Optional.of(MEAN.type().parser().parse(duration).high().seconds());
        } catch (InvalidValue e) {
            return Optional.empty();
        }
    }

    /** What is wrong with {@code text} as the answer to {@code question}, or empty when it reads. */
    public Optional<String> problem(Question question, String text) {
        return read(question, text).map(node -> problem(question, node)).orElseGet(() -> blank(question));
    }

    /** Whether leaving {@code question} blank is a problem: it is where Enter would take an answer. */
    public Optional<String> blank(Question question) {
        return question.suggestion().apply(new Answers()).isEmpty() || question.id().equals("description")
                ? Optional.empty() : Optional.of("an answer is needed");
    }

    /** What is wrong with {@code answer} to {@code question}, or empty when its field's reader takes it. */
    public Optional<String> problem(Question question, YamlNode answer) {
        String text = answer instanceof YamlNode.Scalar s ? s.text() : "";
        try {
            switch (question.id()) {
                case "gpu", "llm.model" -> {
                    if (text.equals("none")) {
                        return Optional.empty();
                    }
                    if (question.id().equals("llm.model")) {
                        return catalog.llmModel(text).isPresent() ? Optional.empty() : Optional.of("unknown model '"
                                + text + "'." + Suggestions.didYouMean(text, models()) + " The catalog prices "
                                + String.join(", ", new TreeSet<>(catalog.llmModels().keySet())) + ".");
                    }
                }
                case "region" -> {
                    if (!catalog.regions("aws").contains(text)) {
                        return Optional.of("unknown AWS region '" + text + "'." + Suggestions.didYouMean(text,
                                catalog.regions("aws")) + " The catalog knows " + String.join(", ",
                                new TreeSet<>(catalog.regions("aws"))) + ".");
                    }
                }
                default -> { }
            }
            question.field().type().parser().parse(answer);
            return Optional.empty();
        } catch (InvalidValue e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The answers whose scope the others leave them out of (--runs for a service, --input-tokens without a model),
     * among the scopes already decided; an interview refuses these, it never drops them.
     */
    public List<Question> misplaced(Answers answers) {
        return QUESTIONS.stream().filter(q -> answers.get(q.id()).isPresent() && q.scope().decided(answers)
                && !q.scope().holds(answers)).toList();
    }

    /** The candidates TAB offers. */
    public List<String> candidates(Question question) {
        return switch (question.completion()) {
            case NONE -> List.of();
            case REGIONS -> List.copyOf(new TreeSet<>(catalog.regions("aws")));
            case MODELS -> models();
            case CHOICES -> choices(question);
        };
    }

    private List<String> models() {
        TreeSet<String> names = new TreeSet<>();
        for (LlmModel model : catalog.llmModels().values()) {
            names.add(model.id());
            names.addAll(model.aliases());
        }
        return List.copyOf(names);
    }

    /** The fixed choices of a question (its enum's spellings, the presets; none first for the GPU). */
    public static List<String> choices(Question question) {
        ValueType<?> type = question.field().type();
        List<String> out = new ArrayList<>();
        if (question.id().equals("gpu")) {
            out.add("none");
        }
        if (type instanceof ValueType.OneOf<?> oneOf) {
            out.addAll(oneOf.spellings());
        } else if (type instanceof ValueType.Shape shape) {
            out.addAll(shape.presets());
        }
        return out;
    }

    /** The profile the answers make, with comments. */
    public String yaml(Answers answers, String schemaReference) {
        return DraftYaml.render(answers, schemaReference);
    }

    /**
     * Reads the profile back as costfit will: the problems, each with the question to ask again (empty where no
     * question fills the field).
     */
    public List<Reasked> check(Answers answers) {
        List<Reasked> out = new ArrayList<>();
        try {
            new ProfileLoader().parse("the answers", DraftYaml.render(answers, ""));
        } catch (InputException e) {
            for (Problem problem : e.problems()) {
                String field = problem.path().isEmpty() ? "the profile written from the answers" : problem.path();
                out.add(new Reasked(field + ": " + problem.message(), questionFor(problem.path())));
            }
        }
        return out;
    }

    /** A problem of the whole profile, and the question whose answer it is about. */
    public record Reasked(String message, Optional<Question> question) {}

    /** The question that fills {@code path}; a section of the other kind (a job's traffic) is the kind's. */
    private Optional<Question> questionFor(String path) {
        Optional<Question> filling = QUESTIONS.stream().filter(q -> path.equals(q.id())
                || path.startsWith(q.id() + ".") || path.equals(q.field().path())).findFirst();
        if (filling.isEmpty() && (path.equals(TRAFFIC.key()) || path.equals(SCHEDULE.key()))) {
            return Optional.of(QUESTIONS.get(0));
        }
        return filling;
    }

    /**
     * The answer as YAML reads it: "40" a number, "'job'" the word job, "T4 # a card" T4, "{low: 1/s, expected: 2/s,
     * high: 4/s}" a range. Text that is not a YAML value ("Chat: the API"), or that is a mapping or a list where the
     * field takes one value, is the text it is. Empty for a blank answer.
     */
    public static Optional<YamlNode> read(Question question, String text) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Scalar literal = new YamlNode.Scalar(typed, YamlNode.ScalarKind.STRING, new Location("answer", 1, 1));
        try {
            List<YamlNode> documents = new YamlLoader().parse("answer", "v: " + typed);
            if (documents.size() == 1 && documents.get(0) instanceof YamlNode.Mapping mapping
                    && mapping.entries().size() == 1 && mapping.entries().containsKey("v")) {
                YamlNode node = mapping.entries().get("v").value();
                if (node instanceof YamlNode.Scalar scalar) {
                    // Nothing left once read ("#1" is all comment): the answer is the text typed.
                    boolean empty = scalar.kind() == YamlNode.ScalarKind.NULL && scalar.text().isEmpty();
                    return Optional.of(empty ? literal : scalar);
                }
                return Optional.of(takesCollections(question) ? node : literal);
            }
        } catch (InputException e) {
            // not a YAML value (a colon, an unclosed quote): the text it is
        }
        return Optional.of(literal);
    }

    /** Whether the field takes a mapping or a list: a range of an estimate, a pattern's hourly weights. */
    private static boolean takesCollections(Question question) {
        ValueType<?> type = question.field().type();
        return type instanceof ValueType.Ranged<?> || type instanceof ValueType.Shape;
    }
}
