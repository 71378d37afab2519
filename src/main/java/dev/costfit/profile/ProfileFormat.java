package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Percent;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.units.Units;
import dev.costfit.yaml.Default;
import dev.costfit.yaml.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Profile format version 1, every field declared once (the field registry). The reader takes each field's parser and
 * default from here; `--explain` shows the defaults and their reasons, `costfit diff` the fields in this order, and
 * `costfit schema` and docs/profile.md are generated from it. Adding a field is one declaration here, its read in
 * {@link ProfileReader} and its use in the model.
 */
public final class ProfileFormat {

    public static final int VERSION_NUMBER = 1;
    /** measured_on: "lambda 512MB" or "0.25 vCPU", any case. */
    private static final String MEASURED_ON_REGEX = "^(?:lambda\\s+(?<mb>[0-9]+(?:\\.[0-9]+)?)"
            + "\\s*(?<unit>MB|MiB|GB|GiB)"
            + "|(?<vcpu>[0-9]+(?:\\.[0-9]+)?)\\s*vCPU)$";

    /** What every field that takes a range says about it. */
    /** What the percentiles do to a bill that rounds each request's own time up (BilledDuration). */
    private static final String SPREAD_DOC = " Where each request bills its own time rounded up to 100 ms (Cloud "
            + "Functions 1st gen, 2nd gen one request at a time), the stated percentiles (two of them, or one with the "
            + "mean) spread the durations as a log-normal about the mean: a month bills the mean of the rounded "
            + "times, not the mean rounded up.";

    private static final String RANGE_DOC = "An estimate may be a range, {low: …, expected: …, high: …}: reports use "
            + "the expected value, and `recommend --ranges` samples between low and high (a triangular distribution "
            + "peaking at expected) to show how sure the cost and the recommendation are.";

    /** A stated limit as written, or nothing. */
    private static Optional<String> shown(java.util.OptionalLong limit) {
        return limit.isPresent() ? Optional.of(Long.toString(limit.getAsLong())) : Optional.empty();
    }

    /** What the llm block's ranged figures add: where a range of them shows, and where it does not. */
    private static final String TOKENS_RANGE_DOC = " LLM tokens cost the same on every platform (and budgets leave "
            + "them out): a range here widens the LLM tokens' band under `--ranges` and moves each platform's own cost "
            + "only through the bytes the calls move (egress, NAT), so it rarely changes which platform wins.";

    // --- the profile -----------------------------------------------------------------------------------------

    public static final Field<Long> VERSION = Field.at("version", new ValueType.Version(VERSION_NUMBER))
            .absentMeans("read as version " + VERSION_NUMBER)
            .about("the profile format version",
                    "Lets a later costfit tell old profiles from new ones. This costfit reads version 1 and refuses "
                            + "any other.")
            .example("1").feeds(Model.REPORT);

    public static final Field<Kind> KIND = Field.at("kind", new ValueType.OneOf<>(Kind.class))
            .defaultsTo(Kind.SERVICE, "service", "request-driven work")
            .about("what the profile describes: a service (requests arriving) or a job (batch work on a schedule)",
                    "A service states `traffic` and `duration`; a job states `schedule` instead, and its `memory`, "
                            + "`vcpu` and `storage` are per task.")
            .example("service").feeds(Model.TRAFFIC)
            .shows(p -> Optional.of(p.kind().spelling()));

    public static final Field<String> NAME = Field.at("name", new ValueType.Text(100, "a name such as chat-api"))
            .required()
            .about("the profile's name, unique in a run",
                    "Reports show it; `costfit diff` matches the profiles of two sets by it.")
            .example("chat-api").feeds(Model.REPORT);

    public static final Field<String> DESCRIPTION = Field.at("description",
                    ValueType.Text.any("one line of text"))
            .absentMeans("no description")
            .about("one line on what the workload is", "Shown in reports under the name.")
            .example("Chat endpoint behind API Gateway that calls an LLM API").feeds(Model.REPORT)
            .shows(p -> Optional.of(p.description()));

    public static final Field<String> REGION = Field.at("region", ValueType.Text.any("an AWS region such as us-east-1"))
            .defaultsTo("us-east-1", "us-east-1", "the AWS region the reference prices are quoted for")
            .about("the AWS region the workload runs in",
                    "An AWS region code the price catalog knows (`costfit pricing show` lists them; `--catalog` "
                            + "adds others). `--region` on the command line overrides it for every profile.")
            .example("us-east-1").feeds(Model.PRICES)
            .shows(p -> Optional.of(p.region()));

    public static final Field<String> GCP_REGION = Field.at("gcp_region",
                    ValueType.Text.any("a Google Cloud region such as us-central1"))
            .fallback(new Fallback.Derived<>("the catalog's nearest to `region`",
                    "the Google region closest to the AWS region, so both clouds are compared in the same place"))
            .about("the Google Cloud region for Cloud Functions",
                    "Leave it out to compare Google Cloud in the region the catalog lists as nearest to `region`.")
            .example("us-central1").feeds(Model.PRICES)
            .shows(Profile::gcpRegion);

    public static final Field<List<String>> REGIONS = Field.at("regions",
                    new ValueType.ListOf<>(new ValueType.Form<>(RegionPatterns.REGEX, false, "region | glob",
                            "an AWS region such as eu-west-1, or a glob such as eu-*",
                            s -> Units.unblanked(s.text())), 1,
                            "AWS regions or globs (at least one), such as [eu-*] or [us-east-1, eu-west-1]"))
            .absentMeans("no data-residency limit and no side-by-side comparison")
            .about("the AWS regions the workload may run in (data residency), compared side by side",
                    "Exact regions or globs (* and ?) over the catalog's AWS regions. Two or more regions are "
                            + "each priced and shown in a region × platform table with the cheapest (platform, "
                            + "region) pair; `region` must be one of them (the detailed figures are priced there). "
                            + "`--region a,b,c` compares other regions, but the choice stays within these.")
            .example("[eu-*]").feeds(Model.PRICES)
            .shows(p -> p.regions().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", p.regions())));

    // --- traffic (services) -------------------------------------------------------------------------------------

    public static final Field<Estimate<Rate>> RATE = Field.at("traffic.rate",
                    new ValueType.Ranged<>(new ValueType.Frequency(Bounds.RATE)))
            .required()
            .about("the mean request rate",
                    "The mean over the week (or the day); the pattern shapes it hour by hour. Any period: 20/s, "
                            + "1500/min, 50k/day, 1.2M/month. " + RANGE_DOC)
            .example("20/s").feeds(Model.TRAFFIC)
            .shows(p -> service(p).map(s -> s.traffic().rate().display()
                    + p.ranges().rate().map(ProfileFormat::rangeShown).orElse("")));

    public static final Field<PatternSpec> PATTERN = Field.at("traffic.pattern",
                    new ValueType.Shape(Bounds.WEIGHT, List.of(24, 168)))
            .defaultsTo(new PatternSpec.Preset(PatternPreset.FLAT), "flat",
                    "the same rate every hour; set business-hours, diurnal, spiky or hourly weights if traffic has a "
                            + "shape")
            .about("how the rate varies over the day or week",
                    "flat: the same every hour; business-hours: Monday to Friday 08-18 busy, a tenth of it at night "
                            + "and weekends; diurnal: a daily wave peaking at 14:00; spiky: four one-hour spikes a "
                            + "day at six times the quiet rate; or your own weights: {hourly: [24 or 168 numbers]} "
                            + "(hour 0 is midnight, a week starts Monday). The peak hour sizes capacity and limits.")
            .example("business-hours").feeds(Model.TRAFFIC)
            .shows(p -> service(p).map(s -> s.traffic().pattern() instanceof PatternSpec.Hourly h
                    ? "hourly " + h.weights() : s.traffic().pattern().display()));

    public static final Field<Double> BURST = Field.at("traffic.burst", new ValueType.Factor(Bounds.BURST))
            .defaultsTo(1.0, "1x", "no short peaks above the hourly rate")
            .about("short peaks above the hourly rate",
                    "A launch or a retry storm can multiply the rate for minutes. Capacity is sized for the peak "
                            + "hour times the burst, and burst limits (Lambda's scaling rate) are checked against it.")
            .example("3x").feeds(Model.TRAFFIC, Model.SIZING, Model.LIMITS)
            .shows(p -> service(p).map(s -> Numbers.grouped(s.traffic().burst(), 3) + "x"));

    public static final Section TRAFFIC = Section.of("traffic", Need.SERVICE_ONLY,
            "the requests arriving", "How many requests arrive and how they spread over time.", RATE, PATTERN, BURST);

    // --- duration (services) ------------------------------------------------------------------------------------

    public static final Field<Estimate<TimeSpan>> MEAN = Field.at("duration.mean",
                    new ValueType.Ranged<>(new ValueType.Time(Bounds.DURATION)))
            .about("the mean wall time of one request", "It is what the bill depends on. " + RANGE_DOC
                    + " Across a range the stated percentiles scale with the mean (the same shape); the timeout "
                    + "stays.")
            .example("6s").feeds(Model.TRAFFIC, Model.LIMITS)
            .fallback(new Fallback.Derived<>("derived from p50 and p95",
                    "derived from p50 and p95 by fitting a log-normal distribution; state the mean if you know it "
                            + "(it is what the bill depends on)"))
            .shows(p -> service(p).map(s -> s.duration().mean().display()
                    + p.ranges().meanDuration().map(ProfileFormat::rangeShown).orElse("")));
    public static final Field<TimeSpan> P50 = durationStatistic("p50", "the median wall time",
            "With p95 and no mean, the mean is derived from a log-normal through both." + SPREAD_DOC, "4s")
            .shows(p -> service(p).flatMap(s -> s.duration().p50()).map(TimeSpan::display));
    public static final Field<TimeSpan> P95 = durationStatistic("p95", "the 95th percentile of the wall time",
            "The longest stated percentile is checked against the timeout and each platform's limit." + SPREAD_DOC,
            "30s")
            .shows(p -> service(p).flatMap(s -> s.duration().p95()).map(TimeSpan::display));
    public static final Field<TimeSpan> P99 = durationStatistic("p99", "the 99th percentile of the wall time",
            "The longest stated percentile is checked against the timeout and each platform's limit." + SPREAD_DOC,
            "45s")
            .shows(p -> service(p).flatMap(s -> s.duration().p99()).map(TimeSpan::display));
    public static final Field<TimeSpan> MAX = durationStatistic("max", "the longest a request takes",
            "Checked against the timeout and each platform's limit.", "90s")
            .shows(p -> service(p).flatMap(s -> s.duration().max()).map(TimeSpan::display));

    /** "duration: 6s": a plain duration is the mean. */
    public static final ValueType.Time DURATION_SHORTHAND = new ValueType.Time(Bounds.DURATION);

    public static final Section DURATION = Section.of("duration", Need.SERVICE_ONLY,
                    "the wall time of one request",
                    "Measured with at least one whole vCPU for the request (or say where with `measured_on`). A plain "
                            + "duration is the mean; a mapping adds percentiles, which must not decrease.",
                    MEAN, P50, P95, P99, MAX)
            .shorthand(DURATION_SHORTHAND, "the mean");

    // --- pipelines (services) ----------------------------------------------------------------------------------

    public static final Field<List<List<PipelineStep>>> STEPS = Field.at("steps", new ValueType.Steps())
            .absentMeans("one request is one unit of work (no pipeline)")
            .about("the steps a request runs through, in order; a {parallel: [...]} item runs its steps at once",
                    "Each step: name, duration, and optionally max, cpu_time, memory, timeout, attempts (runs per "
                            + "execution on average, retries included), output (bytes passed on) and wait (callback "
                            + "or timer: the step runs nothing and waits, for a person's approval say). On Lambda "
                            + "and Cloud Functions each step is its own function, chained by the orchestrator, so "
                            + "each step must fit the function's limit (Lambda's 15 minutes) rather than the whole "
                            + "pipeline, and the steps on their settings must end the request within its timeout; "
                            + "Lambda Managed Instances runs every step in one function the orchestrator invokes "
                            + "once per step, each within 15 minutes; the orchestrator holds the waits, billed as "
                            + "its transitions (Standard) or its duration (Express). Containers run the whole "
                            + "pipeline as one service, sized for its largest step's memory, and hold a wait in the "
                            + "request (at most 4,000 s behind a load balancer). The profile's duration is then the "
                            + "critical path (per stage the slowest step, retries and waits included) and its "
                            + "cpu_time the sum of every step's CPU (a wait burns none); state neither.")
            .example("[{name: parse, duration: 300ms}, {parallel: [{name: docs, duration: 1s}, {name: web, "
                    + "duration: 2s}]}, {name: answer, duration: 8s, attempts: 1.05}]")
            .feeds(Model.TRAFFIC, Model.LIMITS, Model.GLUE)
            .shows(p -> p.glue().pipeline().map(pl -> pl.stages().stream().map(stage -> stage.size() == 1
                    ? shown(stage.get(0)) : stage.stream().map(ProfileFormat::shown)
                    .collect(Collectors.joining(" | ", "(", ")"))).collect(Collectors.joining(" → "))));

    /** A step as the profile's summary names it: its name, and how it waits where it only waits. */
    private static String shown(PipelineStep step) {
        return step.name() + step.waiting().map(w -> " (waits: " + w.spelling() + ")").orElse("");
    }

    public static final Field<Orchestrator> ORCHESTRATOR = Field.at("orchestrator",
                    new ValueType.OneOf<>(Orchestrator.class))
            .defaultsTo(Orchestrator.STEP_FUNCTIONS_STANDARD, "step-functions-standard",
                    "AWS Step Functions Standard workflows: the usual way to chain functions, billed per state "
                            + "transition, up to a year per execution (https://aws.amazon.com/step-functions/pricing/)")
            .about("what chains the steps of a pipeline on functions",
                    "step-functions-standard: billed per state transition (each retry another); "
                            + "step-functions-express: per request and GB-second of the whole execution, at most 5 "
                            + "minutes; none: the steps call each other. Google Workflows (on Cloud Functions) is "
                            + "not priced here. Read only with steps.")
            .example("step-functions-standard").feeds(Model.GLUE, Model.LIMITS)
            .shows(p -> p.glue().pipeline().map(pl -> pl.orchestrator().spelling()));

    // --- schedule (jobs) ----------------------------------------------------------------------------------------

    public static final Field<Rate> RUNS = Field.at("schedule.runs", new ValueType.Frequency(Bounds.RUNS))
            .required()
            .about("how often the job runs", "Once a night is 30/month; every hour is 1/h.")
            .example("30/month").feeds(Model.TRAFFIC)
            .shows(p -> schedule(p).map(s -> s.runs().display()));
    public static final Field<Long> TASKS = Field.at("schedule.tasks", new ValueType.Whole(Bounds.TASKS))
            .required()
            .about("how many parallel tasks each run starts",
                    "Each task gets the profile's memory, vcpu and storage.")
            .example("4").feeds(Model.TRAFFIC, Model.LIMITS)
            .shows(p -> schedule(p).map(s -> Integer.toString(s.tasks())));
    public static final Field<TimeSpan> TASK_DURATION = Field.at("schedule.duration",
                    new ValueType.Time(Bounds.DURATION))
            .required()
            .about("how long one task runs", "Checked against each platform's longest run (Lambda: 15 minutes).")
            .example("20min").feeds(Model.TRAFFIC, Model.LIMITS)
            .shows(p -> schedule(p).map(s -> s.duration().display()));

    public static final Section SCHEDULE = Section.of("schedule", Need.JOB_ONLY,
            "a job's runs and tasks", "Each run starts `tasks` parallel tasks of `duration` each. Runs start "
                    + "evenly over the month, each whether or not the last has ended: runs longer than the time "
                    + "between them overlap, and their tasks run at once.",
            RUNS, TASKS, TASK_DURATION);

    // --- CPU and memory -------------------------------------------------------------------------------------------

    public static final String CPU_TIME_WHY = "not stated: the CPU model is off, so durations are used as stated on "
            + "every platform, and containers are sized as if the whole request kept a vCPU busy. Set cpu_time (an "
            + "LLM call is mostly waiting) to size containers for the CPU requests really burn and to price each "
            + "function at the CPU its memory setting gives";

    public static final Field<Estimate<TimeSpan>> CPU_TIME = Field.at("cpu_time",
                    new ValueType.Ranged<>(new ValueType.Time(Bounds.CPU_TIME)))
            .fallback(new Fallback.Derived<>("the mean duration (the CPU model is off)", CPU_TIME_WHY))
            .about("the CPU busy time of one request (or job task)",
                    "The part of the duration that keeps a CPU busy; the rest is waiting (an LLM API, a database). "
                            + "Stating it turns the CPU model on: on a platform that gives the request less than a "
                            + "vCPU, this part stretches, and containers are sized for the CPU requests really "
                            + "burn. A service that waits on an LLM API spends a few tens to a few hundred "
                            + "milliseconds on the CPU; where one leaves it out, or a service that states "
                            + "concurrency_per_instance above 1 does, its report's reasons say which cpu_time would "
                            + "change the answer. " + RANGE_DOC + " A range's high must fit in the "
                            + "duration's low.")
            .example("150ms").feeds(Model.CPU, Model.SIZING)
            .shows(p -> Optional.of(p.cpuModel() ? p.cpuTime().display()
                    + p.ranges().cpuTime().map(ProfileFormat::rangeShown).orElse("") : "not stated"));

    public static final Field<Long> THREADS = Field.at("threads", new ValueType.Whole(Bounds.THREADS))
            .defaultsTo(1L, "1",
                    "the CPU part of a request runs on one thread: more than one vCPU does not make it faster")
            .about("threads the CPU part of one request runs on at once",
                    "More vCPU speeds a request up only to this many (Lambda gives up to 6 vCPU at 10,240 MB). "
                            + "cpu_time is then the CPU time of all its threads together: 4 threads busy 0.45 s each "
                            + "state 1.8 s, which takes 0.45 s of the measured duration (cpu_time may exceed the "
                            + "duration).")
            .example("1").feeds(Model.CPU)
            .shows(p -> Optional.of(Integer.toString(p.threads())));

    public static final Field<MeasuredOn> MEASURED_ON = Field.at("measured_on", new ValueType.Form<>(
                    MEASURED_ON_REGEX, true, "lambda 512MB | 0.25 vCPU",
                    "where the durations were measured: lambda 512MB (a Lambda function at that memory) or 0.25 vCPU "
                            + "(the CPU the request had)", ProfileFormat::measuredOn))
            .absentMeans("measured with at least one whole vCPU per thread")
            .about("where the durations were measured, when not with a whole vCPU",
                    "costfit converts the durations to its reference (a whole vCPU per thread) by the CPU part: "
                            + "`lambda 512MB` gave 512/1,769 of a vCPU. Needs `cpu_time`. latency.max_slowdown "
                            + "still counts from the duration as measured.")
            .example("lambda 512MB").feeds(Model.CPU)
            .shows(p -> p.measuredOn().map(MeasuredOn::display));

    public static final Field<DataSize> MEMORY = Field.at("memory", new ValueType.Size(Bounds.MEMORY))
            .required()
            .about("memory per function instance, container or job task",
                    "The least each platform gets: a function's memory setting, a container's memory. On Lambda "
                            + "more memory also brings more CPU (1,769 MB is one vCPU), so costfit may price a larger "
                            + "setting when that is cheaper or needed for speed.")
            .example("512MB").feeds(Model.SIZING, Model.LIMITS)
            .shows(p -> Optional.of(p.memory().display()));

    public static final Field<Double> VCPU = Field.at("vcpu", new ValueType.Decimal(Bounds.VCPU))
            .absentMeans("what memory and the CPU model call for")
            .about("the least vCPU per instance or task",
                    "A floor for every platform: Lambda's memory is raised to give it, containers are at least "
                            + "this large.")
            .example("0.25").feeds(Model.SIZING, Model.LIMITS)
            .shows(p -> p.vcpu().isPresent() ? Optional.of(Numbers.grouped(p.vcpu().getAsDouble(), 3))
                    : Optional.empty());

    /**
     * Why a job without a timeout has none: a task runs until it ends. Its defaulted duration as a timeout refused
     * every setting the least bit slower than measured, so latency.max_slowdown never applied to jobs.
     */
    public static final String TIMEOUT_WHY = "a job task has no timeout of its own: on the setting chosen it must end "
            + "within the platform's maximum run time (Lambda 15 min, Cloud Functions 1st gen 9, 2nd gen 60 for HTTP "
            + "and 9 event-driven; none on Fargate and EKS, beyond an SQS queue's 12-hour visibility timeout), and it "
            + "may run at most latency.max_slowdown slower than measured";

    public static final Field<TimeSpan> TIMEOUT = Field.at("timeout", new ValueType.Time(Bounds.DURATION))
            .need(Need.REQUIRED_FOR_SERVICE)
            .fallback(new Fallback.Derived<>("none for a job (each platform's maximum run time)", TIMEOUT_WHY))
            .about("the longest a request may run",
                    "At least the longest duration at a whole vCPU (the stated one, or as measured_on converts "
                            + "it). Checked against each platform's limit (Lambda 15 minutes, Cloud Functions 1st gen "
                            + "9); a platform's setting must finish within it.")
            .example("120s").feeds(Model.LIMITS, Model.SIZING)
            .shows(p -> Optional.of(p.timeout().map(TimeSpan::display).orElse("none")));

    // --- GPU ------------------------------------------------------------------------------------------------------

    public static final Field<Long> GPU_COUNT = Field.at("gpu.count", new ValueType.Whole(Bounds.GPUS))
            .defaultsTo(1L, "1", "one GPU per instance")
            .about("GPUs per instance", "EKS packs pods on GPU node types with at least this many.")
            .example("1").feeds(Model.SIZING, Model.LIMITS);
    public static final Field<GpuType> GPU_TYPE = Field.at("gpu.type", new ValueType.OneOf<>(GpuType.class))
            .defaultsTo(GpuType.ANY, "any", "the cheapest GPU node type that fits")
            .about("the GPU model", "any takes the cheapest node type that fits.")
            .example("T4").feeds(Model.SIZING, Model.LIMITS);
    public static final Field<DataSize> GPU_MEMORY = Field.at("gpu.memory", new ValueType.Size(Bounds.GPU_MEMORY))
            .absentMeans("any GPU memory")
            .about("the least memory per GPU", "Rules out GPUs with less.")
            .example("16GB").feeds(Model.SIZING, Model.LIMITS);

    public static final Section GPU = Section.of("gpu", Need.OPTIONAL, "GPUs one instance needs",
                    "`none` (the default) or a mapping. EKS offers GPU nodes of every model listed; Cloud Functions "
                            + "2nd gen runs one NVIDIA L4 (24 GB) per instance as a Cloud Run service; Lambda, Lambda "
                            + "Managed Instances, Fargate and 1st gen do not fit a profile that needs one.",
                    GPU_COUNT, GPU_TYPE, GPU_MEMORY)
            .shorthand(new ValueType.Form<>("^none$", false, "none", "none", s -> s.text()), "no GPU")
            .shows(p -> Optional.of(p.gpu().map(g -> g.count() + " × " + g.type().spelling()
                    + g.memory().map(m -> " " + m.display()).orElse("")).orElse("none")));

    // --- instances ----------------------------------------------------------------------------------------------

    public static final Field<Long> CONCURRENCY = Field.at("concurrency_per_instance",
                    new ValueType.Whole(Bounds.CONCURRENCY))
            .defaultsTo(1L, "1", "one request per instance at a time; set it if your server handles requests "
                    + "concurrently (async I/O); Lambda is always 1")
            .about("requests one instance serves at once",
                    "A limit of your server (threads, connections), not a CPU quota: the most one instance holds. "
                            + "Cloud Functions 2nd gen and containers use it; 2nd gen may run fewer at once (one "
                            + "below a whole vCPU, as Cloud Run requires); on containers, stating it adds a floor on "
                            + "the count (requests in flight ÷ it); Lambda Managed Instances take it as an execution "
                            + "environment's maximum (else the runtime's default per vCPU). Lambda always serves one. "
                            + "Left to its default, 2nd gen serves one request at a time, as Cloud Functions deploys a "
                            + "function, and a report says what Cloud Run's default for a service, 80, would cost.")
            .example("40").feeds(Model.SIZING, Model.TRAFFIC)
            .shows(p -> Optional.of(Integer.toString(p.concurrencyPerInstance())));

    public static final Field<Long> MIN_INSTANCES = Field.at("min_instances", new ValueType.Whole(Bounds.INSTANCES))
            .defaultsTo(0L, "0",
                    "nothing kept warm beyond what the platform needs (containers always run at least one task)")
            .about("instances kept warm or running at all times",
                    "Functions bill them at the idle rates and start fewer requests cold (Lambda keeps them as "
                            + "provisioned concurrency, where platforms.lambda.provisioned_concurrency is auto); "
                            + "containers run at least this many.")
            .example("0").feeds(Model.SIZING, Model.COLD_STARTS)
            .shows(p -> Optional.of(Integer.toString(p.minInstances())));

    public static final Field<Boolean> HA = Field.at("ha", new ValueType.Flag())
            .defaultsTo(false, "false", "a single zone is acceptable")
            .about("high availability: at least two instances in separate zones",
                    "Containers run at least two tasks or pods.")
            .example("false").feeds(Model.SIZING)
            .shows(p -> Optional.of(Boolean.toString(p.ha())));

    public static final Field<Architecture> ARCHITECTURE = Field.at("architecture",
                    new ValueType.OneOf<>(Architecture.class))
            .defaultsTo(Architecture.X86_64, "x86_64",
                    "what most code runs on today; set any to let costfit take arm64 where it is cheaper")
            .about("the CPU architecture the code runs on",
                    "any lets costfit take the cheaper of x86_64 and arm64 on each platform.")
            .example("any").feeds(Model.SIZING, Model.PRICES)
            .shows(p -> Optional.of(p.architecture().spelling()));

    public static final Field<Runtime> RUNTIME = Field.at("runtime", new ValueType.OneOf<>(Runtime.class))
            .defaultsTo(Runtime.PYTHON, "python",
                    "the most common runtime for LLM-calling services (cold-start estimates)")
            .about("the language runtime", "Sets the cold-start estimates (Java and .NET start slower).")
            .example("python").feeds(Model.COLD_STARTS)
            .shows(p -> Optional.of(p.runtime().spelling()));

    // --- payload ------------------------------------------------------------------------------------------------

    public static final Field<DataSize> REQUEST = Field.at("payload.request", new ValueType.Size(Bounds.PAYLOAD))
            .defaultsTo(new DataSize(DataSize.KIB), "1KB", "a small JSON request")
            .about("bytes in per request", "Checked against payload limits; load balancers bill processed bytes.")
            .example("20KB").feeds(Model.LIMITS, Model.NETWORK)
            .shows(p -> Optional.of(p.payload().request().display()));
    public static final Field<DataSize> RESPONSE = Field.at("payload.response", new ValueType.Size(Bounds.PAYLOAD))
            .defaultsTo(new DataSize(DataSize.KIB), "1KB", "a small JSON response (sets internet egress)")
            .about("bytes out per response", "Checked against payload limits; internet egress bills them.")
            .example("60KB").feeds(Model.LIMITS, Model.NETWORK)
            .shows(p -> Optional.of(p.payload().response().display()));
    public static final Field<Boolean> STREAMING = Field.at("payload.streaming", new ValueType.Flag())
            .defaultsTo(false, "false", "buffered responses")
            .about("whether responses stream",
                    "Lambda then needs a function URL or a REST API (an HTTP API or an ALB buffers the response) "
                            + "and bills bytes beyond 6 MB.")
            .example("false").feeds(Model.LIMITS, Model.NETWORK)
            .shows(p -> Optional.of(Boolean.toString(p.payload().streaming())));

    public static final Section PAYLOAD = Section.of("payload", Need.OPTIONAL, "bytes in and out per request",
            "Sizes of one request and its response.", REQUEST, RESPONSE, STREAMING);

    public static final String STORAGE_WHY = "no disk beyond what each platform includes (Lambda's 512 MB /tmp, "
            + "Fargate's 20 GB); Cloud Functions keep files in memory, so stated storage adds to their memory";

    public static final Field<DataSize> STORAGE = Field.at("storage", new ValueType.Size(Bounds.STORAGE))
            .fallback(new Fallback.Derived<>("none stated", STORAGE_WHY))
            .about("ephemeral disk per instance or task",
                    "Lambda bills /tmp beyond 512 MB, Fargate storage beyond 20 GB; Cloud Functions hold files in "
                            + "memory.")
            .example("512MB").feeds(Model.SIZING, Model.LIMITS)
            .shows(p -> Optional.of(p.storage().map(DataSize::display).orElse("none stated")));

    // --- how requests arrive ------------------------------------------------------------------------------------

    public static final Field<Trigger> TRIGGER = Field.at("trigger", new ValueType.OneOf<>(Trigger.class))
            .fallback(new Fallback.ByCase<>("kind", List.of(
                    new Fallback.Case<>("service", new Default<>(Trigger.HTTP, "http", "synchronous HTTP requests")),
                    new Fallback.Case<>("job", new Default<>(Trigger.SCHEDULE, "schedule",
                            "a job is started on its schedule")))))
            .about("how work arrives",
                    "http: synchronous calls (front door, 60-minute HTTP limit on Cloud Functions 2nd gen); queue "
                            + "and event: asynchronous (smaller Lambda payloads, 9-minute event limit on Cloud "
                            + "Functions); schedule: started on a timer.")
            .example("http").feeds(Model.LIMITS, Model.NETWORK)
            .shows(p -> Optional.of(p.trigger().spelling()));

    public static final Field<FrontDoor> FRONT_DOOR = Field.at("front_door", new ValueType.OneOf<>(FrontDoor.class))
            .defaultsTo(FrontDoor.AUTO, "auto",
                    "API Gateway HTTP API in front of functions, an Application Load Balancer in front of containers")
            .about("what receives HTTP traffic in front of the compute",
                    "auto: API Gateway's HTTP API in front of Lambda (a function URL when responses stream or "
                            + "outlast its 30 s), an Application Load Balancer in front of containers; none for "
                            + "work that needs no front door.")
            .example("auto").feeds(Model.NETWORK)
            .shows(p -> Optional.of(p.frontDoor().spelling()));

    // --- delivery of queued messages and events (trigger: queue | event) ----------------------------------------

    public static final Field<Long> BATCH_SIZE = Field.at("delivery.batch_size", new ValueType.Whole(Bounds.BATCH_SIZE))
            .defaultsTo(10L, "10", "Lambda's default batch size for an SQS event source mapping "
                    + "(https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html)")
            .about("the most queued messages one Lambda invocation receives",
                    "A batch is gathered for up to batch_window; the messages of a batch run one after another in "
                            + "one invocation (see batch_handling), so the invocation lasts the batch times the "
                            + "duration, and must fit Lambda's 15 minutes. Other platforms take one message per "
                            + "request.")
            .example("10").feeds(Model.GLUE, Model.LIMITS)
            .shows(p -> Optional.of(Long.toString(p.glue().delivery().batchSize())));
    public static final Field<TimeSpan> BATCH_WINDOW = Field.at("delivery.batch_window",
                    new ValueType.Time(Bounds.BATCH_WINDOW))
            .defaultsTo(TimeSpan.ZERO, "0s", "Lambda invokes as soon as a receive returns messages; costfit then "
                    + "counts one message per invocation, as at any rate where messages do not pile up")
            .about("how long Lambda gathers messages into a batch",
                    "A batch holds what arrives in the window (the rate times it), at most batch_size.")
            .example("5s").feeds(Model.GLUE)
            .shows(p -> Optional.of(p.glue().delivery().batchWindow().display()));
    public static final Field<BatchHandling> BATCH_HANDLING = Field.at("delivery.batch_handling",
                    new ValueType.OneOf<>(BatchHandling.class))
            .defaultsTo(BatchHandling.SEQUENTIAL, "sequential", "the function loops over a batch's records, one "
                    + "message after another, so a batch lasts the batch times the duration")
            .about("how the Lambda function runs the messages of one batch",
                    "sequential: one after another (a loop over the records). concurrent: all at once, awaited "
                            + "together (Promise.all, asyncio.gather), as a worker that waits on LLM calls can: the "
                            + "invocation lasts about its slowest message (the expected maximum of the batch's "
                            + "durations, from the log-normal fitted to p50 and p95, else the mean), never less "
                            + "than the batch's CPU (batch × cpu_time) at the memory's vCPU, and its messages share "
                            + "the function's memory. Other platforms take one message per request.")
            .example("concurrent").feeds(Model.GLUE, Model.LIMITS)
            .shows(p -> Optional.of(p.glue().delivery().batchHandling().spelling()));
    public static final Field<Long> ATTEMPTS = Field.at("delivery.attempts", new ValueType.Whole(Bounds.ATTEMPTS))
            .absentMeans("no dead-letter queue; trigger: event: 3 attempts where messages fail (Lambda's "
                    + "asynchronous default, the first and 2 retries); trigger: queue: failing must then be 0%, as "
                    + "without a dead-letter queue a failing message is retried until its retention ends")
            .about("attempts a failing message gets before it moves to the dead-letter queue",
                    "The queue's maxReceiveCount (or an event target's retries plus one). Stating it configures a "
                            + "dead-letter queue, priced as a line; each further attempt of a failing message is "
                            + "another delivery: another receive, invocation and log entry.")
            .example("3").feeds(Model.GLUE)
            .shows(p -> p.glue().delivery().attempts().isPresent()
                    ? Optional.of(Integer.toString(p.glue().delivery().attempts().getAsInt())) : Optional.empty());
    public static final Field<Percent> FAILING = Field.at("delivery.failing", new ValueType.Share(Bounds.SHARE))
            .defaultsTo(Percent.of(0), "0%", "every message succeeds at its first attempt")
            .about("the share of messages that fail every attempt",
                    "They are retried up to attempts and then land in the dead-letter queue. Under trigger: queue "
                            + "a share above 0% needs attempts (a dead-letter queue).")
            .example("1%").feeds(Model.GLUE)
            .shows(p -> Optional.of(p.glue().delivery().failing().display()));

    public static final Section DELIVERY = Section.of("delivery", Need.OPTIONAL,
            "how queued messages and events reach the compute",
            "Read for trigger: queue (SQS, or Pub/Sub on Google) and trigger: event (EventBridge): batching, "
                    + "retries and the dead-letter queue.", BATCH_SIZE, BATCH_WINDOW, BATCH_HANDLING, ATTEMPTS,
            FAILING);

    // --- network ------------------------------------------------------------------------------------------------

    public static final Field<Boolean> PRIVATE = Field.at("network.private", new ValueType.Flag())
            .defaultsTo(true, "true",
                    "containers run in private subnets and reach the internet through a NAT gateway")
            .about("whether instances run in private subnets",
                    "Outbound calls (the llm block, outbound_per_request) then pass a NAT gateway, and so do the "
                            + "SQS calls of containers fed by a queue or by events (a function's event source "
                            + "mapping polls for it). Stated true, it also puts a Lambda function in the VPC.")
            .example("true").feeds(Model.NETWORK)
            .shows(p -> Optional.of(Boolean.toString(p.network().privateSubnets())));
    public static final Field<DataSize> OUTBOUND = Field.at("network.outbound_per_request",
                    new ValueType.Size(Bounds.PAYLOAD))
            .defaultsTo(new DataSize(0), "0B", "no outbound calls besides the llm block's")
            .about("bytes each request's outbound calls move besides its LLM calls, both directions",
                    "What a NAT gateway processes for them from private subnets (it bills both directions). Not "
                            + "billed as data transfer out: such calls mostly fetch (a small request, a large "
                            + "response), and data coming in is free; LLM prompts, which are sent, are.")
            .example("8KB").feeds(Model.NETWORK)
            .shows(p -> Optional.of(p.network().outboundPerRequest().display()));
    public static final Field<Clients> CLIENTS = Field.at("network.clients", new ValueType.OneOf<>(Clients.class))
            .defaultsTo(Clients.INTERNET, "internet",
                    "responses go to clients on the internet and are billed as data transfer out; set network.clients: "
                            + "vpc for a service called only from inside the VPC")
            .about("who calls the service",
                    "internet: responses are data transfer out; vpc: callers inside the VPC (no egress, pooled "
                            + "connections).")
            .example("internet").feeds(Model.NETWORK)
            .shows(p -> Optional.of(p.network().clients().spelling()));
    public static final Field<Double> REQUESTS_PER_CONNECTION = Field.at("network.requests_per_connection",
                    new ValueType.Decimal(Bounds.REQUESTS_PER_CONNECTION))
            .fallback(new Fallback.ByCase<>("network.clients", List.of(
                    new Fallback.Case<>("internet", new Default<>(1.0, "1",
                            "internet clients (browsers, apps) mostly open a connection per interaction: one new "
                                    + "load-balancer connection per request")),
                    new Fallback.Case<>("vpc", new Default<>(100.0, "100",
                            "services in the VPC call through pooled keep-alive connections (AWS SDKs and HTTP "
                                    + "client pools keep them open); 100 requests per connection is conservative")))))
            .about("requests a client sends over one connection",
                    "Load balancers bill new connections (LCUs).")
            .example("1").feeds(Model.NETWORK)
            .shows(p -> Optional.of(Numbers.grouped(p.network().requestsPerConnection(), 3)));

    public static final Field<Percent> NAT_SHARE = Field.at("network.nat_share", new ValueType.Share(Bounds.NAT_SHARE))
            .defaultsTo(Percent.of(100), "100%",
                    "a NAT gateway of its own; most VPCs share one among their services: set network.nat_share to "
                            + "this workload's share")
            .about("the share of the NAT gateway's hours this workload carries",
                    "Instances in private subnets that call out pay a NAT gateway's hours and public address (one "
                            + "per zone with ha) and the bytes it processes. 100% is a gateway of its own; a VPC's "
                            + "services usually share one, so give this workload its share, or 0% where another "
                            + "budget pays for it. The bytes it processes are this workload's whatever the share.")
            .example("25%").feeds(Model.NETWORK)
            .shows(p -> Optional.of(new Percent(p.network().natShare()).display()));

    public static final Section NETWORK = Section.of("network", Need.OPTIONAL, "where the service sits on the network",
            "Subnets, outbound traffic, and who its clients are.", PRIVATE, OUTBOUND, CLIENTS,
            REQUESTS_PER_CONNECTION, NAT_SHARE);

    // --- observability and secrets ------------------------------------------------------------------------------

    public static final Field<DataSize> LOG_BYTES = Field.at("observability.log_bytes_per_request",
                    new ValueType.Size(Bounds.PAYLOAD))
            .defaultsTo(new DataSize(0), "0B", "no log lines priced: state what a request writes (Lambda adds its "
                    + "own START, END and REPORT lines to every invocation), as CloudWatch Logs ingestion often costs "
                    + "more than the compute at high rates")
            .about("bytes of logs one request writes",
                    "Ingested into CloudWatch Logs on AWS (Lambda's logs at the tiered vended-log price, containers' "
                            + "at the custom-log price) or Cloud Logging on Google, and stored for retention_days.")
            .example("2KB").feeds(Model.GLUE)
            .shows(p -> Optional.of(p.glue().observability().logBytesPerRequest().display()));
    public static final Field<Long> RETENTION_DAYS = Field.at("observability.retention_days",
                    new ValueType.Whole(Bounds.RETENTION_DAYS))
            .defaultsTo(30L, "30", "a month of logs kept; a new CloudWatch log group never expires its logs, so "
                    + "storage grows every month until a retention is set")
            .about("days logs are kept",
                    "CloudWatch Logs bills the stored bytes by the GB-month; Cloud Logging includes 30 days and "
                            + "bills retention beyond them.")
            .example("30").feeds(Model.GLUE)
            .shows(p -> Optional.of(Integer.toString(p.glue().observability().retentionDays())));
    public static final Field<Boolean> TRACING = Field.at("observability.tracing", new ValueType.Flag())
            .defaultsTo(false, "false", "no distributed tracing")
            .about("whether requests are traced",
                    "true records X-Ray traces on AWS; Google's Cloud Trace is not priced here.")
            .example("true").feeds(Model.GLUE)
            .shows(p -> Optional.of(Boolean.toString(p.glue().observability().tracing())));
    public static final Field<Percent> TRACE_SAMPLING = Field.at("observability.trace_sampling",
                    new ValueType.Share(Bounds.SHARE))
            .absentMeans("X-Ray's default sampling rule: the first request each second and 5% of the rest "
                    + "(https://docs.aws.amazon.com/xray/latest/devguide/xray-console-sampling.html)")
            .about("the share of requests traced",
                    "Stated, that share of every request is recorded, as the X-Ray pricing page estimates it (the "
                            + "request rate times the sampling rate); left out, X-Ray's default rule applies.")
            .example("10%").feeds(Model.GLUE)
            .shows(p -> p.glue().observability().traceSampling().map(Percent::display));

    public static final Section OBSERVABILITY = Section.of("observability", Need.OPTIONAL,
            "what the workload writes to logs and traces",
            "Priced as CloudWatch Logs and X-Ray on AWS, Cloud Logging on Google.", LOG_BYTES, RETENTION_DAYS,
            TRACING, TRACE_SAMPLING);

    public static final Field<Long> SECRETS_COUNT = Field.at("secrets.count", new ValueType.Whole(Bounds.SECRETS))
            .required()
            .about("secrets the workload keeps in the secrets store",
                    "Each is billed by the month (Secrets Manager on AWS, a secret version in Secret Manager on "
                            + "Google).")
            .example("3").feeds(Model.GLUE)
            .shows(p -> p.glue().secrets().map(s -> Integer.toString(s.count())));
    public static final Field<SecretReads> SECRET_READS = Field.at("secrets.reads",
                    new ValueType.OneOf<>(SecretReads.class))
            .defaultsTo(SecretReads.PER_COLD_START, "per-cold-start", "secrets are read when an instance starts and "
                    + "cached, as the AWS caching clients and Lambda's Parameters and Secrets extension do")
            .about("when the secrets are read",
                    "per-cold-start: every secret once per new instance (Lambda environment, container); "
                            + "per-request: every secret on every request.")
            .example("per-cold-start").feeds(Model.GLUE, Model.COLD_STARTS)
            .shows(p -> p.glue().secrets().map(s -> s.reads().spelling()));

    public static final Section SECRETS = Section.of("secrets", Need.OPTIONAL, "the secrets the workload reads",
            "Priced as AWS Secrets Manager or Google Secret Manager: secrets by the month, reads per call.",
            SECRETS_COUNT, SECRET_READS);

    // --- latency ------------------------------------------------------------------------------------------------

    public static final Field<TimeSpan> COLD_START_BUDGET = Field.at("latency.cold_start_budget",
                    new ValueType.Time(Bounds.COLD_START_BUDGET))
            .absentMeans("no cold-start SLO")
            .about("the most latency a cold start may add",
                    "With cold_start_share: at most that share of requests may wait longer than this for a cold "
                            + "start, in every hour of the traffic pattern (its worst hour, not only the month). "
                            + "Where cold starts break it, Lambda buys provisioned concurrency and Cloud Functions "
                            + "keep minimum instances.")
            .example("1s").feeds(Model.COLD_STARTS)
            .shows(p -> p.latency().map(l -> l.coldStartBudget().display()));
    public static final Field<Percent> COLD_START_SHARE = Field.at("latency.cold_start_share",
                    new ValueType.Share(Bounds.COLD_START_SHARE))
            .absentMeans("no cold-start SLO")
            .about("the largest share of requests that may exceed the cold-start budget",
                    "Stated with cold_start_budget. Judged hour by hour: the pattern's worst hour must stay within "
                            + "it, since a share met over the month can be broken every night, when few requests "
                            + "keep few instances warm.")
            .example("1%").feeds(Model.COLD_STARTS)
            .shows(p -> p.latency().map(l -> l.coldStartShare().display()));
    public static final Field<Percent> MAX_SLOWDOWN = Field.at("latency.max_slowdown",
                    new ValueType.Excess(10_000, "how much slower than measured a request may run"))
            .defaultsTo(Percent.of(25), "25%",
                    "a platform setting (memory, tier, vCPU, task size) may make a request at most 25% slower than its "
                            + "measured duration; the cheapest setting within that is chosen")
            .about("how much slower than measured a request may run on a cheaper setting",
                    "Each platform takes the cheapest setting whose requests stay within the timeout and this "
                            + "slowdown; 0% keeps every request as fast as measured.")
            .example("25%").feeds(Model.CPU, Model.SIZING)
            .shows(p -> Optional.of(p.maxSlowdown().display()));

    public static final Section LATENCY = Section.of("latency", Need.OPTIONAL, "latency objectives",
                    "The cold-start SLO (budget and share, stated together) and the slowdown a cheaper setting may "
                            + "cause.", COLD_START_BUDGET, COLD_START_SHARE, MAX_SLOWDOWN)
            .together(List.of("cold_start_budget", "cold_start_share"));

    public static final Field<TimeSpan> INIT = Field.at("cold_start.init", new ValueType.Time(Bounds.INIT))
            .absentMeans("the catalog's estimate for the runtime and memory")
            .about("how long a cold start takes", "Lambda bills INIT on each cold start; 0ms turns that off. On a "
                    + "Cloud Run GPU instance it adds to the instance's own start of about 5 s (a model's loading).")
            .example("400ms").feeds(Model.COLD_STARTS)
            .shows(p -> p.coldStart().init().map(TimeSpan::display));
    public static final Field<TimeSpan> KEEP_ALIVE = Field.at("cold_start.keep_alive",
                    new ValueType.Time(Bounds.KEEP_ALIVE))
            .absentMeans("the catalog's estimate (10 minutes on Lambda, 15 on Cloud Run)")
            .about("how long an idle instance stays warm", "Longer keeps fewer requests cold.")
            .example("10min").feeds(Model.COLD_STARTS)
            .shows(p -> p.coldStart().keepAlive().map(TimeSpan::display));

    public static final Section COLD_START = Section.of("cold_start", Need.OPTIONAL,
            "your own cold-start figures", "Replace the catalog's estimates.", INIT, KEEP_ALIVE);

    // --- LLM calls ----------------------------------------------------------------------------------------------

    public static final Field<String> LLM_MODEL = Field.at("llm.model",
                    ValueType.Text.any("the model id, such as claude-sonnet-4"))
            .required()
            .about("the model called",
                    "A model id or alias of the catalog (`costfit pricing show --key llm` lists them).")
            .example("claude-sonnet-4").feeds(Model.LLM)
            .shows(p -> p.llm().map(Llm::model));
    public static final Field<Estimate<Long>> INPUT_TOKENS = Field.at("llm.input_tokens",
                    new ValueType.Ranged<>(new ValueType.Whole(Bounds.TOKENS)))
            .required()
            .about("input tokens per call", "The prompt, context included. " + RANGE_DOC + TOKENS_RANGE_DOC)
            .example("1500").feeds(Model.LLM, Model.NETWORK)
            .shows(p -> p.llm().map(l -> ValueType.Ranged.display(l.inputTokens())
                    + p.ranges().inputTokens().map(ProfileFormat::rangeShown).orElse("")));
    public static final Field<Estimate<Long>> OUTPUT_TOKENS = Field.at("llm.output_tokens",
                    new ValueType.Ranged<>(new ValueType.Whole(Bounds.TOKENS)))
            .required()
            .about("output tokens per call", "The answer generated, a reasoning model's hidden reasoning tokens "
                    + "included (Anthropic, OpenAI and Google bill them as output: Gemini's thinking tokens too). "
                    + RANGE_DOC + TOKENS_RANGE_DOC)
            .example("400").feeds(Model.LLM, Model.NETWORK)
            .shows(p -> p.llm().map(l -> ValueType.Ranged.display(l.outputTokens())
                    + p.ranges().outputTokens().map(ProfileFormat::rangeShown).orElse("")));
    public static final Field<Long> CACHED_INPUT = Field.at("llm.cached_input_tokens",
                    new ValueType.Whole(Bounds.TOKENS))
            .defaultsTo(0L, "0", "no input read from the provider's prompt cache")
            .about("the part of input_tokens served from the provider's prompt cache each call",
                    "Priced at the model's cached-input price (Anthropic's cache read, 0.1× the input price; OpenAI's "
                            + "cached input and Google's context caching, by model: `costfit pricing show --key "
                            + "llm`), the rest of the input at the full price. A model the catalog gives no cached "
                            + "price, or a call billed at a long-context rate, has them at the full input price: "
                            + "never less than the bill. Cache writes are not priced (Anthropic bills a write 1.25× "
                            + "the input price, once each 5 minutes a prefix is not read), nor is the storage of an "
                            + "explicit Gemini cache (Google bills it by the hour; implicit caching has none). At "
                            + "most input_tokens (its low, for a range).")
            .example("1000").feeds(Model.LLM)
            .shows(p -> p.llm().filter(l -> l.cachedInputTokens() > 0).map(l -> Long.toString(l.cachedInputTokens())));
    public static final Field<Estimate<Double>> CALLS = Field.at("llm.calls_per_request",
                    new ValueType.Ranged<>(new ValueType.Decimal(Bounds.LLM_CALLS)))
            .defaultsTo(Estimate.of(1.0), "1", "one LLM call per request")
            .about("LLM calls per request", "May be a fraction: 0.3 is one call in three requests. " + RANGE_DOC
                    + TOKENS_RANGE_DOC)
            .example("1").feeds(Model.LLM, Model.NETWORK)
            .shows(p -> p.llm().map(l -> ValueType.Ranged.display(l.callsPerRequest())
                    + p.ranges().llmCalls().map(ProfileFormat::rangeShown).orElse("")));
    public static final Field<Long> RATE_LIMIT = Field.at("llm.rate_limit_rpm", new ValueType.Whole(Bounds.RPM))
            .absentMeans("no rate-limit check")
            .about("the provider's limit on calls a minute",
                    "The calls a minute are checked against it: a month's mean over it fits no platform; a peak "
                            + "hour's mean over it needs a higher limit or fewer calls on an HTTP service (queued "
                            + "work waits it out); a burst over it, a queue or the concurrency cap that stays under "
                            + "it.")
            .example("4000").feeds(Model.LLM, Model.LIMITS)
            .shows(p -> p.llm().flatMap(l -> shown(l.limits().rpm())));

    public static final Field<Long> RATE_LIMIT_ITPM = Field.at("llm.rate_limit_itpm", new ValueType.Whole(Bounds.TPM))
            .absentMeans("no input-token rate-limit check")
            .about("the provider's limit on input tokens a minute",
                    "Anthropic's ITPM (docs.anthropic.com/en/api/rate-limits), OpenAI's TPM (which counts input and "
                            + "output together: state it here and leave rate_limit_otpm out, an approximation that "
                            + "leaves the output out). Calls a minute × the input tokens the limit counts: "
                            + "input_tokens less cached_input_tokens where the catalog's model leaves cache reads "
                            + "out (Anthropic's ITPM for most Claude models: \"only uncached input tokens count "
                            + "towards your ITPM rate limits\"; the Claude Haiku 3 and 3.5 limits count them), else "
                            + "all of input_tokens (OpenAI's, Google's: counting them never understates); checked as "
                            + "rate_limit_rpm is: the month's mean, the peak hour's, a burst.")
            .example("2000000").feeds(Model.LLM, Model.LIMITS)
            .shows(p -> p.llm().flatMap(l -> shown(l.limits().itpm())));
    public static final Field<Long> RATE_LIMIT_OTPM = Field.at("llm.rate_limit_otpm", new ValueType.Whole(Bounds.TPM))
            .absentMeans("no output-token rate-limit check")
            .about("the provider's limit on output tokens a minute",
                    "Anthropic's OTPM (docs.anthropic.com/en/api/rate-limits). Calls a minute × output_tokens, "
                            + "checked as rate_limit_rpm is. Often the first limit a chat service meets.")
            .example("400000").feeds(Model.LLM, Model.LIMITS)
            .shows(p -> p.llm().flatMap(l -> shown(l.limits().otpm())));

    public static final Section LLM = Section.of("llm", Need.OPTIONAL, "the LLM API each request calls",
            "Its tokens are priced from the catalog and shown on every platform (the same everywhere, so left out "
                    + "of comparisons, but for the further delivery attempts one cloud makes: those count in its "
                    + "platforms' cost). A call over the model's context window, where the catalog gives one, fits "
                    + "no platform.", LLM_MODEL, INPUT_TOKENS, CACHED_INPUT, OUTPUT_TOKENS, CALLS, RATE_LIMIT,
            RATE_LIMIT_ITPM, RATE_LIMIT_OTPM);

    public static final Field<Double> BUDGET = Field.at("budget", new ValueType.Form<>(MonthlyBudget.PROFILE_FORM,
                    false, "USD/month | USD/year", "a monthly budget in USD such as 500/month (or 6000/year)",
                    s -> MonthlyBudget.parse(s.text(), true)))
            .absentMeans("no budget (or --budget's)")
            .about("the monthly budget in USD",
                    "The recommended platform's cost (LLM tokens not counted) is checked against it by --fail-on "
                            + "over-budget. A year's budget is divided by 12.")
            .example("500/month").feeds(Model.POLICY)
            .shows(p -> p.budget().isPresent() ? Optional.of(Numbers.grouped(p.budget().getAsDouble(), 2) + "/month")
                    : Optional.empty());

    public static final Field<PricingOption> PRICING = Field.at("pricing", new ValueType.Form<>(PricingOption.REGEX,
                    true, PricingOption.SHAPE, PricingOption.EXPECTED, s -> PricingOption.parse(s.text())))
            .defaultsTo(PricingOption.ON_DEMAND, "on-demand", "list prices, no commitment (--pricing overrides it)")
            .about("how compute is bought: on demand or under a 1- or 3-year commitment",
                    "A commitment (an AWS Compute Savings Plan, Google's committed use discount) covers the "
                            + "hourly level of each eligible line's use that makes the month least (the discount's "
                            + "quantile of the week's hours, weighted by the month hours each stands for), paid at "
                            + "the catalog's published discount every hour, used or not; the use above it in each "
                            + "hour is on demand. Only "
                            + "the lines the catalog's discounts name are discounted (never requests, egress, API "
                            + "Gateway, load balancers, NAT, the EKS cluster fee or LLM tokens). --pricing "
                            + "overrides it.")
            .example("savings-plan-3y").feeds(Model.PRICES)
            .shows(p -> Optional.of(p.pricing().id()));

    // --- platform knobs -----------------------------------------------------------------------------------------

    public static final Field<OptionalInt> PROVISIONED = Field.at("platforms.lambda.provisioned_concurrency",
                    new ValueType.WordOrWhole<>(List.of("auto", "off"), Bounds.INSTANCES,
                            "auto, off, or a whole number of environments, such as 5", new ProvisionedWords()))
            .defaultsTo(OptionalInt.empty(), "auto", "bought only where the latency SLO needs it")
            .about("Lambda provisioned concurrency",
                    "auto buys it hour by hour where the latency SLO needs it (and a report says where environments "
                            + "busy more than 60% of the time would cost less provisioned); off never does (Lambda is "
                            + "then infeasible where the SLO needs it); a number keeps that many environments.")
            .example("auto").feeds(Model.PLATFORM, Model.COLD_STARTS)
            .shows(p -> Optional.of(p.platforms().lambda().provisionedConcurrency().isPresent()
                    ? Integer.toString(p.platforms().lambda().provisionedConcurrency().getAsInt()) : "auto"));

    public static final Field<SnapStart> SNAPSTART = Field.at("platforms.lambda.snapstart",
                    new ValueType.OneOf<>(SnapStart.class))
            .defaultsTo(SnapStart.OFF, "off", "cold starts run the function's initialisation")
            .about("Lambda SnapStart",
                    "on: a cold start restores a snapshot of the initialised function instead of initialising it "
                            + "(about 1.2 s for a Spring Boot app that takes 5 s without). Free for Java; Python and "
                            + ".NET pay for the snapshot's cache and each restore. Only for runtime java, python or "
                            + "dotnet, and never with provisioned concurrency "
                            + "(https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).")
            .example("on").feeds(Model.PLATFORM, Model.COLD_STARTS)
            .shows(p -> Optional.of(p.platforms().lambda().snapStart().spelling()));

    public static final Section LAMBDA = Section.of("platforms.lambda", Need.OPTIONAL, "AWS Lambda's knobs", "",
            PROVISIONED, SNAPSTART);

    public static final Field<Boolean> SPOT = Field.at("platforms.fargate.spot", new ValueType.Flag())
            .defaultsTo(false, "false", "on-demand Fargate capacity")
            .about("run Fargate tasks on Spot", "At the catalog's estimated discount; tasks can be interrupted.")
            .example("false").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(Boolean.toString(p.platforms().fargate().spot())));
    public static final Field<Percent> FARGATE_UTILIZATION = Field.at("platforms.fargate.target_utilization",
                    new ValueType.Share(Bounds.UTILIZATION))
            .defaultsTo(Percent.of(70), "70%",
                    "containers are sized to keep their vCPU at most 70% busy, the usual autoscaling target")
            .about("the vCPU utilisation Fargate tasks are sized for", "The autoscaling target.")
            .example("70%").feeds(Model.PLATFORM, Model.SIZING)
            .shows(p -> Optional.of(p.platforms().fargate().targetUtilization().display()));

    public static final Section FARGATE = Section.of("platforms.fargate", Need.OPTIONAL, "AWS Fargate's knobs", "",
            SPOT, FARGATE_UTILIZATION);

    public static final Field<Percent> CLUSTER_SHARE = Field.at("platforms.eks.cluster_share",
                    new ValueType.Share(Bounds.CLUSTER_SHARE))
            .defaultsTo(Percent.of(100), "100%",
                    "a dedicated EKS cluster; most teams share one: set platforms.eks.cluster_share to your share")
            .about("the share of the EKS cluster fee this workload carries", "100% is a cluster of its own.")
            .example("100%").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(p.platforms().eks().clusterShare().display()));
    public static final Field<Percent> EKS_UTILIZATION = Field.at("platforms.eks.target_utilization",
                    new ValueType.Share(Bounds.UTILIZATION))
            .defaultsTo(Percent.of(70), "70%",
                    "pods are sized to keep their vCPU at most 70% busy, the usual Horizontal Pod Autoscaler target")
            .about("the vCPU utilisation EKS pods are sized for", "The Horizontal Pod Autoscaler's target.")
            .example("70%").feeds(Model.PLATFORM, Model.SIZING)
            .shows(p -> Optional.of(p.platforms().eks().targetUtilization().display()));
    public static final Field<List<String>> NODE_TYPES = Field.at("platforms.eks.node_types",
                    new ValueType.ListOf<>(ValueType.Text.any("an EC2 instance type"), 0, "EC2 instance types"))
            .defaultsTo(List.of(), "all in the catalog", "the cheapest node type that fits is chosen")
            .about("the EC2 node types EKS may use", "Names the catalog knows; the cheapest that fits is taken.")
            .example("[m7g.large, c7g.large]").feeds(Model.PLATFORM, Model.SIZING)
            .shows(p -> Optional.of(p.platforms().eks().nodeTypes().isEmpty() ? "all"
                    : String.join(", ", p.platforms().eks().nodeTypes())));

    public static final Field<Boolean> EKS_SPOT = Field.at("platforms.eks.spot", new ValueType.Flag())
            .defaultsTo(false, "false", "on-demand EC2 nodes")
            .about("run EKS nodes on EC2 Spot",
                    "Nodes above platforms.eks.on_demand_base are Spot, priced at the catalog's average Spot "
                            + "saving of the node's family (AWS Spot Instance Advisor); Spot nodes can be "
                            + "interrupted with two minutes' warning, and no commitment covers them.")
            .example("true").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(Boolean.toString(p.platforms().eks().spot())));
    public static final Field<Long> EKS_ON_DEMAND_BASE = Field.at("platforms.eks.on_demand_base",
                    new ValueType.Whole(Bounds.INSTANCES))
            .defaultsTo(0L, "0", "with spot: true, every node is Spot")
            .about("EKS nodes kept on demand under Spot",
                    "With platforms.eks.spot, this many nodes (at most the hour's nodes) stay on demand, the rest "
                            + "run on Spot: a base that interruptions cannot take away.")
            .example("2").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(Integer.toString(p.platforms().eks().onDemandBase())));

    public static final Field<EksSupport> EKS_SUPPORT = Field.at("platforms.eks.support",
                    new ValueType.OneOf<>(EksSupport.class))
            .defaultsTo(EksSupport.STANDARD, "standard",
                    "the cluster's Kubernetes version is within its 14 months of standard support: $0.10 a "
                            + "cluster-hour")
            .about("the support the EKS cluster's Kubernetes version is in",
                    "standard: the $0.10 cluster-hour fee; extended: a version past its 14 months of standard "
                            + "support, $0.60 a cluster-hour ($0.10 + $0.50), which AWS bills by default until the "
                            + "cluster is upgraded "
                            + "(https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-"
                            + "versions-pricing/). Either fee is multiplied by platforms.eks.cluster_share.")
            .example("standard").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(p.platforms().eks().support().spelling()));

    public static final Section EKS = Section.of("platforms.eks", Need.OPTIONAL, "Amazon EKS's knobs", "",
            CLUSTER_SHARE, EKS_UTILIZATION, NODE_TYPES, EKS_SPOT, EKS_ON_DEMAND_BASE, EKS_SUPPORT);

    public static final Field<GcfBilling> BILLING = Field.at("platforms.cloud-functions-gen2.billing",
                    new ValueType.OneOf<>(GcfBilling.class))
            // A GPU instance is always instance-billed: "Cloud Run bills a GPU instance for its whole life"
            // (https://cloud.google.com/run/docs/configuring/services/gpu), so --explain says so for a GPU profile.
            .fallback(new Fallback.ByCase<>("gpu", List.of(
                    new Fallback.Case<>("none", new Default<>(GcfBilling.REQUEST, "request",
                            "CPU allocated only during requests (Cloud Run functions' default)")),
                    new Fallback.Case<>("a GPU", new Default<>(GcfBilling.INSTANCE, "instance",
                            "Cloud Run bills a GPU instance for its whole life: instance-based billing only")))))
            .about("how Cloud Functions 2nd gen bills",
                    "request: busy instances only; instance: CPU always allocated, running instances billed. "
                            + "Left to its default, a report notes what instance would cost where it is cheaper.")
            .example("request").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(p.platforms().cloudFunctionsGen2().billing().spelling()));

    public static final Field<NetworkTier> NETWORK_TIER = Field.at("platforms.cloud-functions-gen2.network_tier",
                    new ValueType.OneOf<>(NetworkTier.class))
            .defaultsTo(NetworkTier.PREMIUM, "premium",
                    "Cloud Run's outbound internet traffic uses the Premium Tier, Google's default "
                            + "(https://cloud.google.com/run/pricing)")
            .about("the network tier Cloud Functions 2nd gen's internet responses are billed in",
                    "premium: Cloud Run's own egress, by the Premium Tier's volume bands; standard: responses served "
                            + "through a regional external Application Load Balancer in the Standard Tier "
                            + "(https://cloud.google.com/network-tiers/docs/overview).")
            .example("premium").feeds(Model.PLATFORM)
            .shows(p -> Optional.of(p.platforms().cloudFunctionsGen2().networkTier().spelling()));

    /** Cloud Run's scaling controls (https://docs.cloud.google.com/run/docs/configuring/scaling-controls). */
    private static final String SCALING_CONTROLS = "Cloud Run's autoscaler counts instances by both targets, the "
            + "larger count winning (https://docs.cloud.google.com/run/docs/configuring/scaling-controls): a higher "
            + "target packs more requests into each instance, a lower one keeps more headroom.";
    public static final Field<Percent> RUN_CPU_TARGET = Field.at("platforms.cloud-functions-gen2.cpu_target",
                    new ValueType.Share(Bounds.RUN_CPU_TARGET))
            .absentMeans("Cloud Run's default, 60% (the catalog's gcf2.cpu.target)")
            .about("the CPU utilisation Cloud Run keeps instances at", SCALING_CONTROLS)
            .example("60%").feeds(Model.PLATFORM, Model.SIZING)
            .shows(p -> p.platforms().cloudFunctionsGen2().cpuTarget().map(Percent::display));
    public static final Field<Percent> RUN_CONCURRENCY_TARGET = Field.at(
                    "platforms.cloud-functions-gen2.concurrency_target",
                    new ValueType.Share(Bounds.RUN_CONCURRENCY_TARGET))
            .absentMeans("Cloud Run's default, 60% of concurrency_per_instance (the catalog's gcf2.concurrency.target)")
            .about("the share of its maximum concurrency Cloud Run keeps instances at", SCALING_CONTROLS)
            .example("60%").feeds(Model.PLATFORM, Model.SIZING)
            .shows(p -> p.platforms().cloudFunctionsGen2().concurrencyTarget().map(Percent::display));

    public static final Section GEN2 = Section.of("platforms.cloud-functions-gen2", Need.OPTIONAL,
            "Cloud Functions 2nd gen's knobs", "", BILLING, NETWORK_TIER, RUN_CPU_TARGET, RUN_CONCURRENCY_TARGET);
    public static final Section GEN1 = Section.of("platforms.cloud-functions-gen1", Need.OPTIONAL,
            "Cloud Functions 1st gen's knobs", "It has none yet; the key is accepted so every platform id can "
                    + "appear.");

    public static final Section LMI = Section.of("platforms.lambda-managed-instances", Need.OPTIONAL,
            "Lambda Managed Instances' knobs", "It has none yet (it takes the instance types from the catalog and "
                    + "concurrency_per_instance as each execution environment's maximum); the key is accepted so every "
                    + "platform id can appear.");

    public static final Section PLATFORMS = Section.of("platforms", Need.OPTIONAL, "knobs that only one platform has",
            "Under each platform id.", LAMBDA, FARGATE, EKS, GEN2, GEN1, LMI);

    public static final Field<List<Cloud>> CLOUDS = Field.at("clouds",
                    new ValueType.ListOf<>(new ValueType.OneOf<>(Cloud.class), 1,
                            "clouds, such as [aws], [gcp] or [aws, gcp] (at least one)"))
            .defaultsTo(List.of(Cloud.AWS, Cloud.GCP), "[aws, gcp]",
                    "every platform costfit knows, on either cloud; set clouds: [aws] to stay on AWS")
            .about("the clouds whose platforms are compared", "[aws] keeps the comparison on AWS.")
            .example("[aws, gcp]").feeds(Model.PRICES)
            .shows(p -> Optional.of(p.clouds().stream().map(Cloud::spelling).sorted()
                    .collect(Collectors.joining(", "))));

    /** The document: every key at its top level, in the order `costfit diff` lists them. */
    public static final Section PROFILE = Section.of("", Need.REQUIRED, "a workload profile",
            "One YAML document; a file may hold several, separated by ---.",
            VERSION, KIND, NAME, DESCRIPTION, REGION, GCP_REGION, REGIONS, TRAFFIC, DURATION, STEPS, ORCHESTRATOR,
            SCHEDULE, CPU_TIME, THREADS,
            MEASURED_ON, MEMORY, VCPU, TIMEOUT, GPU, CONCURRENCY, MIN_INSTANCES, HA, ARCHITECTURE, RUNTIME, PAYLOAD,
            STORAGE, TRIGGER, DELIVERY, FRONT_DOOR, NETWORK, OBSERVABILITY, SECRETS, LATENCY, COLD_START, LLM,
            BUDGET, PRICING, PLATFORMS, CLOUDS);

    private ProfileFormat() {
    }

    /** Every key of the format, depth first in document order (sections before their keys). */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        collect(PROFILE, out);
        return out;
    }

    /** Every dotted path of the format. */
    public static List<String> paths() {
        return entries().stream().map(Entry::path).toList();
    }

    /** Every value field (no sections). */
    public static List<Field<?>> fields() {
        List<Field<?>> out = new ArrayList<>();
        for (Entry e : entries()) {
            if (e instanceof Field<?> f) {
                out.add(f);
            }
        }
        return out;
    }

    public static Optional<Entry> find(String path) {
        return entries().stream().filter(e -> e.path().equals(path)).findFirst();
    }

    private static void collect(Section section, List<Entry> out) {
        for (Entry e : section.entries()) {
            out.add(e);
            if (e instanceof Section s) {
                collect(s, out);
            }
        }
    }

    /** " (range 10/s to 40/s)": a range as diff and --explain show it after the expected value. */
    private static String rangeShown(Estimate<?> range) {
        return " (range " + ValueType.Ranged.display(range.low()) + " to " + ValueType.Ranged.display(range.high())
                + ")";
    }

    private static Field<TimeSpan> durationStatistic(String key, String summary, String doc, String example) {
        return Field.at("duration." + key, new ValueType.Time(Bounds.DURATION)).about(summary, doc)
                .example(example).feeds(Model.TRAFFIC, Model.LIMITS);
    }

    private static Optional<Workload.Service> service(Profile p) {
        return p.workload() instanceof Workload.Service s ? Optional.of(s) : Optional.empty();
    }

    private static Optional<Schedule> schedule(Profile p) {
        return p.workload() instanceof Workload.Job j ? Optional.of(j.schedule()) : Optional.empty();
    }

    private static MeasuredOn measuredOn(dev.costfit.yaml.YamlNode.Scalar scalar) throws InvalidValue {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(MEASURED_ON_REGEX,
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(Units.unblanked(scalar.text()));
        if (!m.matches()) {
            throw InvalidValue.expected(scalar, "lambda 512MB or 0.25 vCPU");
        }
        if (m.group("vcpu") != null) {
            double vcpu = Double.parseDouble(m.group("vcpu"));
            Bounds.VCPU.check(vcpu, Units.unblanked(scalar.text()));
            return MeasuredOn.vcpu(vcpu);
        }
        double mb = Double.parseDouble(m.group("mb")) * (m.group("unit").toUpperCase(java.util.Locale.ROOT)
                .startsWith("G") ? 1024 : 1);
        if (mb < 128 || mb > 10240) {
            throw new InvalidValue("found '" + scalar.text() + "': Lambda memory is 128 MB to 10,240 MB");
        }
        return MeasuredOn.lambda(mb);
    }

    /** auto is empty (bought where the SLO needs it), off is 0, a number is that many environments. */
    private static final class ProvisionedWords implements ValueType.WordOrWhole.KeywordReader<OptionalInt> {
        @Override
        public OptionalInt word(String word) {
            return word.equals("auto") ? OptionalInt.empty() : OptionalInt.of(0);
        }

        @Override
        public OptionalInt whole(long count) {
            return OptionalInt.of((int) count);
        }
    }
}
