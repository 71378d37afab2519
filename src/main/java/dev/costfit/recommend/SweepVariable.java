package dev.costfit.recommend;

import dev.costfit.profile.Bound;
import dev.costfit.profile.Bounds;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Schedule;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/** The input a sweep varies, how it is applied to a profile, and its default range around the profile's value. */
public enum SweepVariable {
    /** Requests per second (runs per second for a job), log-spaced: costs span orders of magnitude. */
    RATE("rate", "/s", true),
    /** Mean duration in seconds; percentiles and the timeout scale with it, and a profile's own cpu_time stays. */
    DURATION("duration", "s", false),
    /** Memory in MiB. */
    MEMORY("memory", "MB", false),
    /** Requests one instance serves at once (concurrency_per_instance). */
    CONCURRENCY("concurrency", "requests", false),
    /** CPU busy time of one request in seconds; the duration stays, so the wait shrinks as the work grows. */
    CPU_TIME("cpu_time", "s", false);

    private final String spelling;
    private final String unit;
    private final boolean logarithmic;

    SweepVariable(String spelling, String unit, boolean logarithmic) {
        this.spelling = spelling;
        this.unit = unit;
        this.logarithmic = logarithmic;
    }

    /** What sweeping this input changes in the profile, for --explain. */
    public String howApplied() {
        return switch (this) {
            case RATE -> "the rate (runs for a job) changes; the traffic pattern, burst and everything else stay";
            case DURATION -> "the mean duration changes, the percentiles and the timeout in proportion (a job "
                    + "without a timeout keeps none); a stated cpu_time stays (the wait grows, not the work), a "
                    + "defaulted one is the whole duration";
            case MEMORY -> "the memory changes; the CPU time does not (no speed-up is assumed from more memory)";
            case CONCURRENCY -> "concurrency_per_instance changes in whole requests; Lambda and Cloud Functions "
                    + "1st gen serve one request per instance whatever it is, and a job's tasks take it only on "
                    + "Lambda Managed Instances";
            case CPU_TIME -> "cpu_time changes and counts as stated, so the CPU model applies even where the profile "
                    + "left it out; the duration stays (more work, less waiting); a cpu_time longer than the "
                    + "duration is not a profile";
        };
    }

    public String spelling() {
        return spelling;
    }

    /**
     * Whether the input takes whole numbers only (requests at once): a sweep then runs over distinct whole numbers
     * and its crossings are found between neighbouring ones, as a profile could state no value in between.
     */
    public boolean whole() {
        return this == CONCURRENCY;
    }

    /**
     * Why a sweep of this input along {@code profile} says nothing, where it does: a job's tasks take
     * concurrency_per_instance only on Lambda Managed Instances (the tasks one execution environment takes at once,
     * EnvironmentDemand); containers and Cloud Functions run one task per instance. Where that platform is not
     * assessed, does not fit or is not priced, no cost moves along it ({@code flat}: {@link Sweep#flat},
     * {@link DecisionMap#flatAlong}), and the sweep would only draw flat lines.
     */
    public Optional<String> flatOnJob(Profile profile, boolean flat) {
        if (this != CONCURRENCY || !(profile.workload() instanceof Workload.Job) || !flat) {
            return Optional.empty();
        }
        return Optional.of(profile.name() + " is a job: its tasks take concurrency_per_instance only on Lambda "
                + "Managed Instances, and no platform priced here changes cost along it; vary rate (its runs), "
                + "duration, memory or cpu_time");
    }

    /** The input spelled {@code text} (any case), as on the command line. */
    public static java.util.Optional<SweepVariable> bySpelling(String text) {
        return java.util.Arrays.stream(values()).filter(v -> v.spelling.equalsIgnoreCase(text.trim())).findFirst();
    }

    /** Every spelling, for messages: "rate, duration, memory, concurrency or cpu_time". */
    public static String spellings() {
        java.util.List<String> all = java.util.Arrays.stream(values()).map(SweepVariable::spelling).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    public String unit() {
        return unit;
    }

    public boolean logarithmic() {
        return logarithmic;
    }

    public double current(Profile profile) {
        return switch (this) {
            case RATE -> BreakEven.rateOf(profile);
            case DURATION -> profile.meanDuration().seconds();
            case MEMORY -> profile.memory().mib();
            case CONCURRENCY -> profile.concurrencyPerInstance();
            case CPU_TIME -> profile.cpuTime().seconds();
        };
    }

    /**
     * The default range: rate ÷100 to ×100, duration ÷10 to ×3, memory 128 MB to ×4, concurrency 1 to ×4, cpu_time
     * ÷10 to ×10 but never beyond the duration (a cpu_time of 0 ms: a hundredth of the duration to all of it); each
     * end held within what a profile may state ({@link #bound}): a profile at 10M/s swept to 1,000,000,000/s, which
     * --to refuses. A profile at a bound sweeps the other way only, as the rules move each end away from its value.
     */
    public Range defaultRange(Profile profile) {
        double v = current(profile);
        Range rule = switch (this) {
            case RATE -> new Range(v / 100, v * 100, "the profile's " + display(v) + " ÷100",
                    "the profile's " + display(v) + " ×100");
            case DURATION -> new Range(v / 10, v * 3, "the profile's " + display(v) + " ÷10",
                    "the profile's " + display(v) + " ×3");
            case MEMORY -> new Range(128, Math.max(512, v * 4), "128 MB",
                    "the profile's " + display(v) + " ×4, at least 512 MB");
            case CONCURRENCY -> new Range(1, Math.max(10, v * 4), "1 request",
                    "the profile's " + display(v) + " ×4, at least 10");
            case CPU_TIME -> {
                double longest = profile.meanDuration().seconds() * profile.threads();
                double to = v > 0 ? Math.min(longest, v * 10) : longest;
                String toWhy = v > 0 && to < longest ? "the profile's " + display(v) + " ×10"
                        : "the duration " + profile.meanDuration().display()
                        + (profile.threads() > 1 ? " × " + profile.threads() + " threads" : "");
                yield v > 0 ? new Range(Math.min(v, to) / 10, to, "the profile's " + display(Math.min(v, to))
                        + " ÷10", toWhy) : new Range(to / 100, to, "a hundredth of " + toWhy, toWhy);
            }
        };
        double[] allowed = allowed(profile);
        return new Range(
                rule.from() < allowed[0] ? allowed[0] : rule.from(),
                rule.to() > allowed[1] ? allowed[1] : rule.to(),
                rule.from() < allowed[0] ? "the least a profile may state" : rule.fromWhy(),
                rule.to() > allowed[1] ? "the most a profile may state" : rule.toWhy());
    }

    /**
     * A default range and the rule that set each end, for messages: "the profile's 20/s ×100".
     */
    public record Range(double from, double to, String fromWhy, String toWhy) {}

    /** What a profile may state for this input: the field's own range, as the profile reader checks it. */
    public Bound bound(Profile profile) {
        return switch (this) {
            case RATE -> profile.workload() instanceof Workload.Job ? Bounds.RUNS : Bounds.RATE;
            case DURATION -> Bounds.DURATION;
            case MEMORY -> Bounds.MEMORY;
            case CPU_TIME -> Bounds.CPU_TIME;
            case CONCURRENCY -> Bounds.CONCURRENCY;
        };
    }

    /** {@link #bound} in this input's units (memory's bound is in bytes, the sweep's in MiB). */
    private double[] allowed(Profile profile) {
        Bound bound = bound(profile);
        double unit = this == MEMORY ? DataSize.MIB : 1;
        return new double[] {bound.min() / unit, bound.max() / unit};
    }

    /** A value in this input's units, as the magnitude its {@link #bound} is written in. */
    public double magnitude(double value) {
        return this == MEMORY ? DataSize.ofMiB(value).magnitude() : value;
    }

    /** The profile with this input set to {@code value}. */
    public Profile apply(Profile profile, double value) {
        return switch (this) {
            case RATE -> BreakEven.atRate(profile, value);
            case MEMORY -> profile.withMemory(DataSize.ofMiB(value));
            case CONCURRENCY -> profile.withConcurrency(Math.max(1, (int) Math.round(value)));
            case DURATION -> withDuration(profile, value);
            // A pipeline's cpu_time is its steps' sum: each step burns its share of the new one.
            case CPU_TIME -> profile.glue().pipeline()
                    .map(steps -> profile.withCpuTime(steps.burning(TimeSpan.ofSeconds(value))))
                    .orElseGet(() -> profile.withCpuTime(TimeSpan.ofSeconds(value)));
        };
    }

    private static Profile withDuration(Profile profile, double seconds) {
        double ratio = seconds / profile.meanDuration().seconds();
        // A job without a timeout keeps none: each platform's maximum run time holds its longer or shorter tasks.
        Optional<TimeSpan> timeout = profile.timeout().map(t -> TimeSpan.ofSeconds(t.seconds() * ratio));
        // A defaulted cpu_time is the whole request and grows with it; a stated one is work that does not change
        // when the wait does (a slower LLM), but it cannot exceed the duration.
        TimeSpan cpu = profile.cpuTimeDefaulted() ? TimeSpan.ofSeconds(seconds)
                : TimeSpan.ofSeconds(Math.min(profile.cpuTime().seconds(), seconds));
        if (profile.workload() instanceof Workload.Service service) {
            DurationProfile d = service.duration();
            DurationProfile scaled = new DurationProfile(TimeSpan.ofSeconds(seconds), scale(d.p50(), ratio),
                    scale(d.p95(), ratio), scale(d.p99(), ratio), scale(d.max(), ratio));
            Workload.Service slower = new Workload.Service(service.traffic(), scaled);
            if (profile.glue().pipeline().isPresent()) {
                // A pipeline's duration is its critical path: every step takes the ratio longer (on functions each
                // step is priced on its own time), and a stated cpu_time is the steps' sum, as the reader makes it.
                Pipeline steps = profile.glue().pipeline().get().slowedBy(ratio);
                // A defaulted cpu_time is the critical path's compute: a wait, slowed too, burns none.
                TimeSpan burnt = !profile.cpuTimeDefaulted() ? steps.cpuTime() : steps.hasWaits()
                        ? steps.computePath() : cpu;
                return profile.withTiming(slower, burnt, timeout, steps);
            }
            return profile.withTiming(slower, cpu, timeout);
        }
        Schedule s = ((Workload.Job) profile.workload()).schedule();
        return profile.withTiming(new Workload.Job(new Schedule(s.runs(), s.tasks(), TimeSpan.ofSeconds(seconds))),
                cpu, timeout);
    }

    private static Optional<TimeSpan> scale(Optional<TimeSpan> value, double ratio) {
        return value.map(t -> TimeSpan.ofSeconds(t.seconds() * ratio));
    }

    /** How values are read along an axis: value × factor, in one unit for the whole axis ("/min", " s", " MB"). */
    public record AxisUnit(double factor, String suffix) {

        public String label(double axisValue) {
            return Numbers.significant(axisValue, 3) + suffix;
        }
    }

    /** The one unit a whole axis is read in: the one {@code typical} (the profile's own value) reads best in. */
    public AxisUnit axisUnit(double typical) {
        return switch (this) {
            case RATE -> {
                Rate.Period period = Rate.periodFor(typical);
                yield new AxisUnit(period.seconds(), period.suffix());
            }
            case DURATION, CPU_TIME -> typical >= 600 ? new AxisUnit(1 / 60.0, " min")
                    : typical < 1 ? new AxisUnit(1000, " ms") : new AxisUnit(1, " s");
            case MEMORY -> typical >= 10 * 1024 ? new AxisUnit(1 / 1024.0, " GB") : new AxisUnit(1, " MB");
            case CONCURRENCY -> new AxisUnit(1, "");
        };
    }

    /** A value as people read it: "3.2/s", "6 s", "512 MB", "40 requests". */
    public String display(double value) {
        return switch (this) {
            case RATE -> new Rate(value).display();
            case DURATION, CPU_TIME -> TimeSpan.ofSeconds(value).display();
            case MEMORY -> DataSize.ofMiB(value).display();
            case CONCURRENCY -> Numbers.count(Math.round(value), "request");
        };
    }
}
