package dev.costfit.profile.draft;

import static dev.costfit.profile.ProfileFormat.*;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.LlmModel;
import dev.costfit.profile.Field;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.profile.ValueType;
import dev.costfit.units.Units;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.Suggestions;
import dev.costfit.yaml.ValueParser;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The questions `costfit init` asks, in order, and how an answer is checked: by the field's own parser (so a wrong
 * unit gets the reader's message), against the catalog for regions and models, and at the end by reading the
 * whole profile back, which checks the rules between fields (cpu_time within the duration, the timeout after it).
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
                        a -> "service", a -> true, Question.Completion.CHOICES),
                question("name", NAME, "--name", "Name of the profile", a -> "my-service", a -> true,
                        Question.Completion.NONE),
                question("description", DESCRIPTION, "--description", "One line on what it does (optional)",
                        a -> "", a -> true, Question.Completion.NONE),
                question("region", REGION, "--region", "AWS region", a -> "us-east-1", a -> true,
                        Question.Completion.REGIONS),
                question("traffic.rate", RATE, "--rate", "Mean request rate (20/s, 1500/min, 50k/day, 1.2M/month)",
                        a -> "20/s", a -> !a.isJob(), Question.Completion.NONE),
                question("traffic.pattern", PATTERN, "--pattern", "Traffic over the day (" + String.join(", ",
                        ((ValueType.Shape) PATTERN.type()).presets()) + ")", a -> "flat", a -> !a.isJob(),
                        Question.Completion.CHOICES),
                question("traffic.burst", BURST, "--burst", "Short peaks above the hourly rate (1x: none)",
                        a -> "1x", a -> !a.isJob(), Question.Completion.NONE),
                question("duration", MEAN, "--duration", "Mean wall time of one request (250ms, 6s, 2min)",
                        a -> "6s", a -> !a.isJob(), Question.Completion.NONE),
                question("schedule.runs", RUNS, "--runs", "How often the job runs (30/month, 1/h)",
                        a -> "30/month", Answers::isJob, Question.Completion.NONE),
                question("schedule.tasks", TASKS, "--tasks", "Parallel tasks each run starts", a -> "1",
                        Answers::isJob, Question.Completion.NONE),
                question("schedule.duration", TASK_DURATION, "--task-duration", "How long one task runs (20min)",
                        a -> "10min", Answers::isJob, Question.Completion.NONE),
                new Question("cpu_time", CPU_TIME, "--cpu-time", "CPU time of one request (optional, 150ms)",
                        CPU_HINT, a -> "", a -> true, Question.Completion.NONE),
                question("memory", MEMORY, "--memory", "Memory per instance or task (512MB, 2GB)", a -> "512MB",
                        a -> true, Question.Completion.NONE),
                question("timeout", TIMEOUT, "--timeout", "Timeout: the longest a request may run",
                        Interview::timeoutFor, a -> !a.isJob(), Question.Completion.NONE),
                new Question("concurrency_per_instance", CONCURRENCY, "--concurrency",
                        "Requests one instance serves at once (optional; async servers: 40 to 100)", CONCURRENCY_HINT,
                        a -> "", a -> !a.isJob(), Question.Completion.NONE),
                question("gpu", GPU_TYPE, "--gpu", "GPU per instance (none, or a type: " + String.join(", ",
                        ((ValueType.OneOf<?>) GPU_TYPE.type()).spellings()) + ")", a -> "none", a -> true,
                        Question.Completion.CHOICES),
                question("llm.model", LLM_MODEL, "--llm-model", "LLM model each request calls (none, or a model)",
                        a -> "none", a -> !a.isJob(), Question.Completion.MODELS),
                question("llm.input_tokens", INPUT_TOKENS, "--input-tokens", "Input tokens per LLM call",
                        a -> "1500", Answers::callsAnLlm, Question.Completion.NONE),
                question("llm.output_tokens", OUTPUT_TOKENS, "--output-tokens", "Output tokens per LLM call",
                        a -> "400", Answers::callsAnLlm, Question.Completion.NONE));

    private final Catalog catalog;

    public Interview(Catalog catalog) {
        this.catalog = catalog;
    }

    private static Question question(String id, Field<?> field, String flag, String prompt,
                                     java.util.function.Function<Answers, String> suggestion,
                                     java.util.function.Predicate<Answers> asked, Question.Completion completion) {
        String hint = Character.toUpperCase(field.summary().charAt(0)) + field.summary().substring(1) + ". "
                + field.doc();
        return new Question(id, field, flag, prompt, hint, suggestion, asked, completion);
    }

    public List<Question> questions() {
        return QUESTIONS;
    }

    /** A timeout with room above the mean duration: 120s, or twice the duration for longer requests. */
    static String timeoutFor(Answers answers) {
        double mean = answers.get("duration").flatMap(Interview::seconds).orElse(6.0);
        if (mean * 2 <= 120) {
            return "120s";
        }
        return (long) Math.ceil(mean * 2 / 60) + "min";
    }

    private static Optional<Double> seconds(String text) {
        try {
            return Optional.of(Units.duration(scalar(text)).seconds());
        } catch (InvalidValue e) {
            return Optional.empty();
        }
    }

    /** What is wrong with {@code text} as the answer to {@code question}, or empty when it reads. */
    public Optional<String> problem(Question question, String text) {
        if (text.isBlank()) {
            return question.suggestion().apply(new Answers()).isEmpty() || question.id().equals("description")
                    ? Optional.empty() : Optional.of("an answer is needed");
        }
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
            parser(question).parse(scalar(text));
            return Optional.empty();
        } catch (InvalidValue e) {
            return Optional.of(e.getMessage());
        }
    }

    private static ValueParser<?> parser(Question question) {
        return question.id().equals("duration") ? DURATION_SHORTHAND.parser() : question.field().type().parser();
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
                out.add(new Reasked(problem.path() + ": " + problem.message(), questionFor(problem.path())));
            }
        }
        return out;
    }

    /** A problem of the whole profile, and the question whose answer it is about. */
    public record Reasked(String message, Optional<Question> question) {}

    private Optional<Question> questionFor(String path) {
        return QUESTIONS.stream().filter(q -> path.equals(q.id()) || path.startsWith(q.id() + ".")
                || path.equals(q.field().path())).findFirst();
    }

    /** The answer as YAML would read it: "40" a number, "true" a boolean, anything else text. */
    static YamlNode.Scalar scalar(String text) {
        try {
            YamlNode node = ((YamlNode.Mapping) new YamlLoader().parse("answer", "v: " + text).get(0)).entries()
                    .get("v").value();
            if (node instanceof YamlNode.Scalar s) {
                return s;
            }
        } catch (InputException | ClassCastException | IndexOutOfBoundsException e) {
            // not a plain YAML value (a colon, a quote): read it as the text it is
        }
        return new YamlNode.Scalar(text, YamlNode.ScalarKind.STRING, new Location("answer", 1, 1));
    }
}
