package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Percent;
import dev.costfit.units.Quantity;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.units.Units;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.MappingReader;
import dev.costfit.yaml.Printable;
import dev.costfit.yaml.ValueParser;
import dev.costfit.yaml.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a profile field holds and how it is written: the closed set of value kinds of the format. The reader parses
 * with {@link #parser()}; the JSON Schema, the reference documentation and {@code costfit init} read the same
 * record, so a field's spelling, unit and range are stated once.
 */
public sealed interface ValueType<T> {

    /** Parses one YAML value, range included. */
    ValueParser<T> parser();

    /** What a value looks like, in words, for messages and documentation ("a size with a unit, such as 512MB"). */
    String expected();

    /** The range a value must lie in, for the types that have one. */
    default Optional<Bound> range() {
        return Optional.empty();
    }

    /** A size: 512MB, 2GiB. */
    record Size(Bound bound) implements ValueType<DataSize> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<DataSize> parser() {
            return bound.of(Units.SIZE);
        }

        @Override
        public String expected() {
            return Units.SIZE_EXPECTED;
        }
    }

    /** A length of time: 250ms, 6s, 15min, 2h. */
    record Time(Bound bound) implements ValueType<TimeSpan> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<TimeSpan> parser() {
            return bound.of(Units.DURATION);
        }

        @Override
        public String expected() {
            return Units.DURATION_EXPECTED;
        }
    }

    /** Events per period: 20/s, 50k/day, 1.2M/month. */
    record Frequency(Bound bound) implements ValueType<Rate> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<Rate> parser() {
            return bound.of(Units.RATE);
        }

        @Override
        public String expected() {
            return Units.RATE_EXPECTED;
        }
    }

    /** A percentage, 0% to 100%: 70%. */
    record Share(Bound bound) implements ValueType<Percent> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<Percent> parser() {
            return bound.of(Units.PERCENT);
        }

        @Override
        public String expected() {
            return Units.PERCENT_EXPECTED;
        }
    }

    /**
     * A percentage that may exceed 100% (a slowdown of 300% is four times as slow), up to {@code maxPercent}.
     */
    record Excess(double maxPercent, String meaning) implements ValueType<Percent> {
        @Override
        public ValueParser<Percent> parser() {
            return ValueParser.scalar(expected(), this::parse);
        }

        @Override
        public String expected() {
            return "a percentage such as 25% (" + meaning + ")";
        }

        private Percent parse(YamlNode.Scalar scalar) throws InvalidValue {
            Units.refuseLongNumber(scalar);
            String text = Units.unblanked(scalar.text());
            if (!text.endsWith("%")) {
                throw InvalidValue.expected(scalar, "a percentage such as 25%");
            }
            double value;
            try {
                value = Double.parseDouble(Units.unblanked(text.substring(0, text.length() - 1)));
            } catch (NumberFormatException e) {
                throw InvalidValue.expected(scalar, "a percentage such as 25%");
            }
            if (!(value >= 0) || value > maxPercent) {
                throw new InvalidValue("found '" + text + "', expected 0% (as fast as measured) to "
                        + Numbers.grouped(maxPercent, 0) + "%");
            }
            return new Percent(value / 100);
        }
    }

    /** A multiplier: 3x. */
    record Factor(Bound bound) implements ValueType<Double> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<Double> parser() {
            return bound.ofNumber(Units.MULTIPLIER);
        }

        @Override
        public String expected() {
            return Units.MULTIPLIER_EXPECTED;
        }
    }

    /** A whole number written without a unit: 40. */
    record Whole(Bound bound) implements ValueType<Long> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        /**
         * A whole number within the bound, in any form YAML reads as one (40, 40.0, 4e1). A negative one is held to
         * the bound too, so that the refusal states the field's own range ("expected 1 to 10000").
         */
        @Override
        public ValueParser<Long> parser() {
            return bound.ofNumber(WHOLE);
        }

        @Override
        public String expected() {
            return Units.COUNT_EXPECTED;
        }
    }

    /** A whole number of any YAML form, digits capped as every number costfit reads ({@link TypedScalars}). */
    ValueParser<Long> WHOLE = node -> {
        refuseLongNumber(node);
        return TypedScalars.whole(node, Units.COUNT_EXPECTED);
    };

    /** A number of any YAML form: 0.25, 2.5e-1, 1.0e-05. */
    ValueParser<Double> NUMBER = node -> {
        refuseLongNumber(node);
        return TypedScalars.number(node, Units.DECIMAL_EXPECTED);
    };

    private static void refuseLongNumber(YamlNode node) throws InvalidValue {
        if (node instanceof YamlNode.Scalar scalar) {
            Units.refuseLongNumber(scalar);
        }
    }

    /** A number written without a unit: 0.25. */
    record Decimal(Bound bound) implements ValueType<Double> {
        @Override
        public Optional<Bound> range() {
            return Optional.of(bound);
        }

        @Override
        public ValueParser<Double> parser() {
            return bound.ofNumber(NUMBER);
        }

        @Override
        public String expected() {
            return Units.DECIMAL_EXPECTED;
        }
    }

    /** true or false (not YAML 1.1's yes/no/on/off, which read as words elsewhere). */
    record Flag() implements ValueType<Boolean> {
        @Override
        public ValueParser<Boolean> parser() {
            return node -> TypedScalars.flag(node, Units.BOOLEAN_EXPECTED);
        }

        @Override
        public String expected() {
            return Units.BOOLEAN_EXPECTED;
        }
    }

    /**
     * Free text, its control characters escaped ({@link Printable}: every report shows it as read, and a report for a
     * terminal must not carry them); {@code maxLength} &gt; 0 makes it a name: 1 to maxLength printable characters.
     */
    record Text(int maxLength, String expectation) implements ValueType<String> {
        public static Text any(String expectation) {
            return new Text(0, expectation);
        }

        /**
         * A name's characters: no control character anywhere (tab and line break included), and no blank at either
         * end (a space, a no-break space). The JSON Schema states the same expression, which Java and ECMA 262 read
         * alike (escapes, no \\s, whose blanks differ between them).
         */
        public static final String NAME_PATTERN = "^[^\\u0000-\\u0020\\u007f-\\u00a0]"
                + "(?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\u0000-\\u0020\\u007f-\\u00a0])?$";
        private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

        @Override
        public ValueParser<String> parser() {
            if (maxLength == 0) {
                return node -> Printable.of(TypedScalars.text(node, expectation).text().trim());
            }
            return node -> {
                String name = TypedScalars.text(node, expectation).text();
                if (name.isEmpty() || name.length() > maxLength || !NAME.matcher(name).matches()) {
                    boolean blankEnd = !Units.unblanked(name).isEmpty() && !Units.unblanked(name).equals(name);
                    // The no-break space shown as what it is: printed raw it looks like any space.
                    throw new InvalidValue("found '" + Printable.of(name).replace("\u00a0", "\\u00A0")
                            + "', expected a name of 1 to " + maxLength + " printable characters"
                            + (name.length() > maxLength ? " (it has " + name.length() + ")"
                            : blankEnd ? ", with no blank or line break at either end" : ""));
                }
                // A bidirectional override or a line separator is no ISO control: escaped as in free text.
                return Printable.of(name);
            };
        }

        @Override
        public String expected() {
            return expectation;
        }
    }

    /** One of the spellings of a {@link Choice} enum. */
    record OneOf<E extends Enum<E> & Choice>(Class<E> type) implements ValueType<E> {
        @Override
        public ValueParser<E> parser() {
            return Choices.parser(type);
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", spellings());
        }

        public List<String> spellings() {
            return Arrays.stream(type.getEnumConstants()).map(Choice::spelling).toList();
        }
    }

    /** A list of values of one type, at least {@code minItems} long. */
    record ListOf<T>(ValueType<T> item, int minItems, String expectation) implements ValueType<List<T>> {
        @Override
        public ValueParser<List<T>> parser() {
            ValueParser<List<T>> list = MappingReader.listOf(item.parser(), expectation);
            return node -> {
                List<T> values = list.parse(node);
                if (values.size() < minItems) {
                    throw new InvalidValue("found an empty list, expected " + expected());
                }
                return values;
            };
        }

        @Override
        public String expected() {
            return "a list of " + expectation;
        }
    }

    /**
     * Words or a whole number: platforms.lambda.provisioned_concurrency is auto, off, or a number of environments.
     * {@code keywords} are the words and what each reads as.
     */
    record WordOrWhole<T>(List<String> keywords, Bound bound, String expectation, KeywordReader<T> reader)
            implements ValueType<T> {
        @Override
        public ValueParser<T> parser() {
            return node -> {
                if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.STRING
                        && keywords.contains(scalar.text())) {
                    return reader.word(scalar.text());
                }
                refuseLongNumber(node);
                long count = TypedScalars.whole(node, expectation);
                bound.check(count, Long.toString(count));
                return reader.whole(count);
            };
        }

        @Override
        public String expected() {
            return expectation;
        }

        /** What a keyword and a number read as. */
        public interface KeywordReader<T> {
            T word(String word) throws InvalidValue;

            T whole(long count) throws InvalidValue;
        }
    }

    /**
     * Text of a fixed form given by a regular expression (measured_on, budget). {@code regex} is the one the parser
     * matches with, written in the syntax Java and JSON Schema (ECMA 262) share; {@code caseless}: matched ignoring
     * case; {@code shape}: the forms in a few words ("lambda 512MB | 0.25 vCPU"); {@code compiled}: the regex
     * compiled once (a parser is made for every profile read: compiling it each time was 7% of reading a portfolio).
     */
    record Form<T>(String regex, boolean caseless, String shape, String expectation,
                   ValueParser.TextParser<T> reader, Pattern compiled) implements ValueType<T> {

        Form(String regex, boolean caseless, String shape, String expectation, ValueParser.TextParser<T> reader) {
            this(regex, caseless, shape, expectation, reader,
                    Pattern.compile(regex, caseless ? Pattern.CASE_INSENSITIVE : 0));
        }

        @Override
        public ValueParser<T> parser() {
            Pattern pattern = compiled;
            return ValueParser.scalar(expectation, scalar -> {
                Units.refuseLongNumber(scalar);
                TypedScalars.text(scalar, expectation);
                if (!pattern.matcher(Units.unblanked(scalar.text())).matches()) {
                    throw InvalidValue.expected(scalar, expectation);
                }
                return reader.parse(scalar);
            });
        }

        @Override
        public String expected() {
            return expectation;
        }
    }

    /** A traffic shape: a preset name, or {hourly: [24 or 168 weights]}. */
    record Shape(Bound weight, List<Integer> weightCounts) implements ValueType<PatternSpec> {
        @Override
        public ValueParser<PatternSpec> parser() {
            ValueParser<PatternPreset> preset = Choices.parser(PatternPreset.class);
            ValueParser<List<Double>> weights = MappingReader.listOf(weight.ofNumber(NUMBER),
                    "non-negative numbers");
            return node -> {
                if (node instanceof YamlNode.Scalar) {
                    return new PatternSpec.Preset(preset.parse(node));
                }
                if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1
                        || !mapping.entries().containsKey("hourly")) {
                    throw InvalidValue.expected(node, expected());
                }
                List<Double> values = weights.parse(mapping.entries().get("hourly").value());
                if (!weightCounts.contains(values.size())) {
                    throw new InvalidValue("hourly has " + values.size() + " weights; give 24 (one day, hour 0 = "
                            + "midnight) or 168 (a week starting Monday 00:00)");
                }
                if (values.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                    throw new InvalidValue("hourly weights are all zero; at least one hour must carry traffic");
                }
                return new PatternSpec.Hourly(values);
            };
        }

        @Override
        public String expected() {
            return String.join(", ", new OneOf<>(PatternPreset.class).spellings())
                    + ", or {hourly: [24 or 168 weights]}";
        }

        public List<String> presets() {
            return new OneOf<>(PatternPreset.class).spellings();
        }
    }

    /**
     * A quantity or a count, or a range of it: {@code {low: 10/s, expected: 20/s, high: 40/s}}, {@code {low: 800,
     * expected: 1500, high: 4000}}, low ≤ expected ≤ high, each within the single value's bounds. Reports use the
     * expected value; {@code recommend --ranges} samples between low and high.
     */
    record Ranged<T>(ValueType<T> single) implements ValueType<Estimate<T>> {

        /** The keys of a range, in the order they are written. */
        public static final List<String> KEYS = List.of("low", "expected", "high");

        public Ranged {
            if (!(single instanceof Size || single instanceof Time || single instanceof Frequency
                    || single instanceof Whole || single instanceof Decimal)) {
                // Only values on a line can be ordered low ≤ expected ≤ high and sampled between.
                throw new IllegalArgumentException("a range needs a quantity or a number: " + single);
            }
        }

        /** A value of a ranged field on the line the range lies on: a quantity in its base unit, a number itself. */
        public static double magnitude(Object value) {
            return value instanceof Quantity q ? q.magnitude() : ((Number) value).doubleValue();
        }

        /** A value of a ranged field as a person writes it: "20/s", "1,500". */
        public static String display(Object value) {
            return value instanceof Quantity q ? q.display() : Numbers.grouped(((Number) value).doubleValue(), 3);
        }

        @Override
        public Optional<Bound> range() {
            return single.range();
        }

        @Override
        public ValueParser<Estimate<T>> parser() {
            ValueParser<T> one = single.parser();
            return node -> {
                if (!(node instanceof YamlNode.Mapping mapping)) {
                    return Estimate.of(one.parse(node));
                }
                for (String key : mapping.entries().keySet()) {
                    if (!KEYS.contains(key)) {
                        throw new InvalidValue("found the key '" + key + "' in a range, which takes low, expected and "
                                + "high." + dev.costfit.yaml.Suggestions.didYouMean(key, KEYS));
                    }
                }
                List<T> values = new java.util.ArrayList<>();
                for (String key : KEYS) {
                    YamlNode.Entry entry = mapping.entries().get(key);
                    if (entry == null) {
                        throw new InvalidValue("the range has no " + key + "; expected " + expected());
                    }
                    try {
                        values.add(one.parse(entry.value()));
                    } catch (InvalidValue e) {
                        throw new InvalidValue(key + ": " + e.getMessage());
                    }
                }
                for (int i = 1; i < KEYS.size(); i++) {
                    if (magnitude(values.get(i - 1)) > magnitude(values.get(i))) {
                        throw new InvalidValue(KEYS.get(i - 1) + " " + display(values.get(i - 1)) + " is above "
                                + KEYS.get(i) + " " + display(values.get(i)) + "; a range is written low ≤ "
                                + "expected ≤ high");
                    }
                }
                return new Estimate<>(values.get(0), values.get(1), values.get(2));
            };
        }

        @Override
        public String expected() {
            return single.expected() + ", or a range {low: …, expected: …, high: …} of them";
        }
    }

    /**
     * The steps of a pipeline: a list whose items are a step ({name: parse, duration: 300ms, ...}) or a group of
     * steps run in parallel ({parallel: [step, step]}). Each step's keys are {@link #STEP_KEYS}.
     */
    record Steps() implements ValueType<List<List<PipelineStep>>> {

        /** A step's keys, with what each holds (the docs and the schema list them). */
        public static final java.util.Map<String, String> STEP_KEYS = java.util.Map.of(
                "name", "the step's name: lower case letters, digits and dashes (it names its cost lines)",
                "duration", "the mean wall time of one attempt",
                "max", "the longest one attempt takes (default: the duration)",
                "cpu_time", "the CPU busy time of one attempt (default: the whole duration)",
                "memory", "memory of the step's function (default: the profile's memory)",
                "timeout", "the step's timeout, at most the profile's (default: its max plus latency.max_slowdown, "
                        + "within its share of the profile's timeout); each step must fit its function's limit",
                "attempts", "attempts per execution on average: 1 is never retried, 1.1 is one in ten retried once",
                "output", "bytes the step passes to the next (default 1KB); Step Functions allows 256 KB",
                "wait", "the step runs nothing and waits: callback (a task token returned by a person or another "
                        + "system, .waitForTaskToken; Standard workflows only) or timer (a Wait state); its duration "
                        + "is the wait, and it takes no cpu_time or memory (default: the step runs)");
        /** A step's name: lower case letters, digits and dashes, at most {@link #NAME_LENGTH} of them. */
        public static final String NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
        public static final int NAME_LENGTH = 40;
        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(NAME_PATTERN);
        private static final Bound ATTEMPTS = new Bound(1, true, 100, v -> Numbers.grouped(v, 3),
                "1 (no retries) to 100 attempts per execution");

        @Override
        public ValueParser<List<List<PipelineStep>>> parser() {
            return MappingReader.listOf(this::stage, "steps").andThen(stages -> {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (List<PipelineStep> stage : stages) {
                    for (PipelineStep step : stage) {
                        if (!names.add(step.name())) {
                            throw new InvalidValue("two steps are named '" + step.name() + "'; names must be unique");
                        }
                    }
                }
                if (stages.isEmpty()) {
                    throw new InvalidValue("no steps; give at least one, or leave steps out");
                }
                if (stages.stream().flatMap(List::stream).allMatch(PipelineStep::waits)) {
                    throw new InvalidValue("every step waits; a pipeline needs at least one step that runs");
                }
                return stages;
            });
        }

        private List<PipelineStep> stage(YamlNode node) throws InvalidValue {
            if (node instanceof YamlNode.Mapping m && m.entries().size() == 1 && m.entries().containsKey("parallel")) {
                List<PipelineStep> group = MappingReader.listOf(this::step, "steps run in parallel")
                        .parse(m.entries().get("parallel").value());
                if (group.size() < 2) {
                    throw new InvalidValue("a parallel group needs at least two steps");
                }
                return group;
            }
            return List.of(step(node));
        }

        private PipelineStep step(YamlNode node) throws InvalidValue {
            if (!(node instanceof YamlNode.Mapping m)) {
                throw InvalidValue.expected(node, "a step {name: parse, duration: 300ms} or {parallel: [steps]}");
            }
            for (String key : m.entries().keySet()) {
                if (!STEP_KEYS.containsKey(key)) {
                    throw new InvalidValue("a step has no key '" + key + "'; its keys are "
                            + String.join(", ", new java.util.TreeSet<>(STEP_KEYS.keySet())));
                }
            }
            String name = need(m, "name", new Text(NAME_LENGTH, "a step name").parser());
            if (!NAME.matcher(name).matches()) {
                throw new InvalidValue("step name '" + name + "': use lower case letters, digits and dashes");
            }
            try {
                TimeSpan mean = need(m, "duration", new Time(Bounds.DURATION).parser());
                java.util.Optional<TimeSpan> max = maybe(m, "max", new Time(Bounds.DURATION).parser());
                java.util.Optional<TimeSpan> cpu = maybe(m, "cpu_time", new Time(Bounds.CPU_TIME).parser());
                if (max.isPresent() && mean.isLongerThan(max.get())) {
                    throw new InvalidValue("max " + max.get().display() + " is shorter than the duration "
                            + mean.display());
                }
                if (cpu.isPresent() && cpu.get().isLongerThan(mean)) {
                    throw new InvalidValue("cpu_time " + cpu.get().display() + " is longer than the duration "
                            + mean.display());
                }
                java.util.Optional<TimeSpan> timeout = maybe(m, "timeout", new Time(Bounds.DURATION).parser());
                if (timeout.isPresent() && max.orElse(mean).isLongerThan(timeout.get())) {
                    throw new InvalidValue("timeout " + timeout.get().display() + " is shorter than the step's "
                            + "longest " + max.orElse(mean).display());
                }
                java.util.Optional<StepWait> wait = maybe(m, "wait", Choices.parser(StepWait.class));
                if (wait.isPresent()) {
                    checkWait(m, wait.get());
                }
                return new PipelineStep(name, mean, max, cpu, maybe(m, "memory", new Size(Bounds.MEMORY).parser()),
                        timeout, maybe(m, "attempts", new Decimal(ATTEMPTS).parser()).orElse(1.0),
                        maybe(m, "output", new Size(Bounds.PAYLOAD).parser())
                                .orElse(new dev.costfit.units.DataSize(dev.costfit.units.DataSize.KIB)), wait);
            } catch (InvalidValue e) {
                throw new InvalidValue("step '" + name + "': " + e.getMessage());
            }
        }

        /**
         * The keys a step that only waits cannot take: no function runs it (cpu_time, memory), and a Wait state has
         * neither Retry nor TimeoutSeconds, where a callback's Task has both
         * (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html).
         */
        private static void checkWait(YamlNode.Mapping m, StepWait wait) throws InvalidValue {
            List<String> refused = wait == StepWait.TIMER ? List.of("cpu_time", "memory", "attempts", "timeout")
                    : List.of("cpu_time", "memory");
            for (String key : refused) {
                YamlNode.Entry e = m.entries().get(key);
                if (e != null) {
                    throw new InvalidValue(key + " (line " + e.value().location().line() + ", column "
                            + e.value().location().column() + "): a step with wait: " + wait.spelling() + " "
                            + (key.equals("cpu_time") || key.equals("memory") ? "runs no function"
                            : "is a Wait state, which has no " + (key.equals("attempts") ? "Retry" : "timeout"))
                            + "; remove " + key);
                }
            }
        }

        /**
         * Where the value of {@code key} of the step named {@code name} is written in {@code steps}, the node this
         * type parsed: a problem found once the rest of the profile is read is reported there.
         */
        static java.util.Optional<dev.costfit.yaml.Location> locationOf(YamlNode steps, String name, String key) {
            if (!(steps instanceof YamlNode.Sequence sequence)) {
                return java.util.Optional.empty();
            }
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping m && m.entries().size() == 1
                        && m.entries().containsKey("parallel")) {
                    java.util.Optional<dev.costfit.yaml.Location> inGroup = locationOf(
                            m.entries().get("parallel").value(), name, key);
                    if (inGroup.isPresent()) {
                        return inGroup;
                    }
                } else if (item instanceof YamlNode.Mapping m && m.entries().get("name") != null
                        && m.entries().get("name").value() instanceof YamlNode.Scalar s && s.text().trim().equals(name)
                        && m.entries().get(key) != null) {
                    return java.util.Optional.of(m.entries().get(key).value().location());
                }
            }
            return java.util.Optional.empty();
        }

        private static <T> T need(YamlNode.Mapping m, String key, ValueParser<T> parser) throws InvalidValue {
            YamlNode.Entry e = m.entries().get(key);
            if (e == null) {
                throw new InvalidValue("a step needs " + key + " (line " + m.location().line() + ")");
            }
            return parse(e, parser);
        }

        private static <T> java.util.Optional<T> maybe(YamlNode.Mapping m, String key, ValueParser<T> parser)
                throws InvalidValue {
            YamlNode.Entry e = m.entries().get(key);
            return e == null ? java.util.Optional.empty() : java.util.Optional.of(parse(e, parser));
        }

        private static <T> T parse(YamlNode.Entry e, ValueParser<T> parser) throws InvalidValue {
            try {
                return parser.parse(e.value());
            } catch (InvalidValue x) {
                throw new InvalidValue(e.key() + " (line " + e.value().location().line() + ", column "
                        + e.value().location().column() + "): " + x.getMessage());
            }
        }

        @Override
        public String expected() {
            return "a list of steps {name: parse, duration: 300ms, ...} and parallel groups {parallel: [steps]}";
        }
    }

    /** The format version this costfit reads; any other is refused with what it reads. */
    record Version(long version) implements ValueType<Long> {
        @Override
        public ValueParser<Long> parser() {
            ValueParser<Long> whole = node -> TypedScalars.whole(node, "the profile format version, " + version);
            return whole.andThen(v -> {
                if (v != version) {
                    throw new InvalidValue("found " + v + "; this costfit reads profile format version " + version);
                }
                return v;
            });
        }

        @Override
        public String expected() {
            return Long.toString(version);
        }
    }
}
