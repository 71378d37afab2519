package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Percent;
import dev.costfit.units.Quantity;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.units.Units;
import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.MappingReader;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.ValueParser;
import dev.costfit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one YAML document into a {@link Profile}: types, units, ranges and the rules that tie fields together.
 * Every problem is collected; a profile is returned only if its document had none.
 */
public final class ProfileReader {

    public static final int FORMAT_VERSION = 1;
    private static final int MAX_NAME = 100;
    private static final int MAX_CONCURRENCY = 10_000;
    private static final int MAX_TASKS = 100_000;
    private static final int MAX_GPUS = 16;
    private static final int MAX_THREADS = 256;
    private static final double MAX_REQUESTS_PER_CONNECTION = 1e9;
    /** A slowdown beyond this (100×) is no limit at all; say so rather than accept a typo. */
    private static final double MAX_SLOWDOWN_PERCENT = 10_000;
    private static final Pattern MEASURED = Pattern.compile(
            "^(?:lambda\\s+(?<mb>[0-9]+(?:\\.[0-9]+)?)\\s*(?<unit>MB|MiB|GB|GiB)|(?<vcpu>[0-9]+(?:\\.[0-9]+)?)\\s*vCPU)$",
            Pattern.CASE_INSENSITIVE);
    private static final String MEASURED_EXPECTED = "where the durations were measured: lambda 512MB (a Lambda "
            + "function at that memory) or 0.25 vCPU (the CPU the request had)";
    private static final ValueParser<MeasuredOn> MEASURED_ON = ValueParser.scalar(MEASURED_EXPECTED,
            ProfileReader::measuredOn);
    private static final ValueParser<Percent> SLOWDOWN = ValueParser.scalar(
            "a percentage such as 25% (how much slower than measured a request may run)", ProfileReader::slowdown);
    private static final ValueParser<Set<Cloud>> CLOUDS = node -> {
        List<Cloud> clouds = MappingReader.listOf(Choices.parser(Cloud.class), "clouds: aws, gcp").parse(node);
        if (clouds.isEmpty()) {
            throw new InvalidValue("found an empty list; name at least one cloud: [aws], [gcp] or [aws, gcp]");
        }
        return Set.copyOf(clouds);
    };
    private static final double MAX_BURST = 1000;
    /** z of the 95th percentile of a standard normal, to fit a log-normal through p50 and p95. */
    private static final double Z95 = 1.6448536269514722;
    private static final String GPU_EXPECTED = "none, or a mapping {count: 1, type: any|T4|A10G|L4|L40S|V100|A100|H100|H200, memory: 24GB}";

    private final Problems problems;

    public ProfileReader(Problems problems) {
        this.problems = problems;
    }

    public Optional<Profile> read(String file, YamlNode document) {
        int before = problems.count();
        List<DefaultUsed> defaults = new ArrayList<>();
        MappingReader root = MappingReader.of(document, "", problems, defaults);
        if (!(document instanceof YamlNode.Mapping)) {
            return Optional.empty();
        }

        root.optional("version", Units.COUNT).ifPresent(v -> {
            if (v != FORMAT_VERSION) {
                root.reject("version", "found " + v + "; this costfit reads profile format version " + FORMAT_VERSION);
            }
        });
        Kind kind = root.orDefault("kind", Choices.parser(Kind.class), ProfileDefaults.KIND);
        Optional<String> name = root.required("name", nameParser(), "a unique name such as chat-api");
        String description = root.optional("description", Units.TEXT).orElse("");
        String region = root.orDefault("region", Units.TEXT, ProfileDefaults.REGION);
        Optional<String> gcpRegion = root.optional("gcp_region", Units.TEXT);

        Optional<Workload> workload = kind == Kind.JOB ? readJob(root) : readService(root);
        Optional<Workload> asMeasured = workload;
        TimeSpan meanDuration = workload.map(ProfileReader::unitDuration).orElse(TimeSpan.ZERO);

        Optional<TimeSpan> cpuTime = root.optional("cpu_time", Bounds.CPU_TIME.of(Units.DURATION));
        if (cpuTime.isEmpty()) {
            root.usedDefault("cpu_time", meanDuration.display(), ProfileDefaults.CPU_TIME_WHY);
        }
        int threads = root.orDefault("threads", Units.COUNT.andThen(ProfileReader::toInt), ProfileDefaults.THREADS);
        if (threads < 1 || threads > MAX_THREADS) {
            root.reject("threads", "found " + threads + ", expected 1 to " + MAX_THREADS
                    + " threads that the CPU part of one request runs on at once");
        }
        Optional<MeasuredOn> measuredOn = root.optional("measured_on", MEASURED_ON);
        if (measuredOn.isPresent() && cpuTime.isEmpty()) {
            root.reject("measured_on", "measured_on converts durations by their CPU part: state cpu_time too "
                    + "(the CPU busy time of one request)");
        }
        if (cpuTime.isPresent() && workload.isPresent()) {
            double wallOfCpu = cpuTime.get().seconds() / Math.min(threads,
                    measuredOn.map(MeasuredOn::vcpu).orElse((double) threads));
            if (wallOfCpu > meanDuration.seconds() * (1 + 1e-9)) {
                root.reject("cpu_time", "found " + cpuTime.get().display() + ", which takes "
                        + TimeSpan.ofSeconds(wallOfCpu).display() + " of wall time"
                        + measuredOn.map(m -> " on " + m.display()).orElse(threads > 1 ? " on " + threads
                        + " threads" : "") + ", longer than the mean duration " + meanDuration.display()
                        + "; cpu_time is the CPU busy time of one request, part of its wall time");
            } else if (measuredOn.isPresent()) {
                workload = workload.map(w -> Reference.convert(w, cpuTime.get(), threads, measuredOn.get()));
            }
        }
        Optional<DataSize> memory = root.required("memory", Bounds.MEMORY.of(Units.SIZE), Units.SIZE_EXPECTED);
        OptionalDouble vcpu = root.optional("vcpu", Bounds.VCPU.ofNumber(Units.DECIMAL))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Optional<TimeSpan> timeout = readTimeout(root, kind, asMeasured);
        Optional<Gpu> gpu = readGpu(root);
        int concurrency = root.orDefault("concurrency_per_instance", Units.COUNT.andThen(ProfileReader::toInt),
                ProfileDefaults.CONCURRENCY);
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            root.reject("concurrency_per_instance", "found " + concurrency + ", expected 1 to " + MAX_CONCURRENCY);
        }
        int minInstances = root.orDefault("min_instances", Bounds.INSTANCES.ofNumber(Units.COUNT)
                        .andThen(ProfileReader::toInt),
                ProfileDefaults.MIN_INSTANCES);
        boolean ha = root.orDefault("ha", Units.BOOLEAN, ProfileDefaults.HA);
        Architecture architecture = root.orDefault("architecture", Choices.parser(Architecture.class),
                ProfileDefaults.ARCHITECTURE);
        Runtime runtime = root.orDefault("runtime", Choices.parser(Runtime.class), ProfileDefaults.RUNTIME);
        Payload payload = readPayload(root.child("payload"));
        Optional<DataSize> storage = root.optional("storage", Bounds.STORAGE.of(Units.SIZE));
        if (storage.isEmpty() && !root.has("storage")) {
            root.usedDefault("storage", "none stated", ProfileDefaults.STORAGE_WHY);
        }
        Trigger trigger = root.orDefault("trigger", Choices.parser(Trigger.class),
                kind == Kind.JOB ? ProfileDefaults.TRIGGER_JOB : ProfileDefaults.TRIGGER_SERVICE);
        FrontDoor frontDoor = root.orDefault("front_door", Choices.parser(FrontDoor.class), ProfileDefaults.FRONT_DOOR);
        Network network = readNetwork(root.child("network"));
        MappingReader latencyFields = root.child("latency");
        Optional<LatencySlo> latency = readLatency(latencyFields);
        Percent maxSlowdown = latencyFields.orDefault("max_slowdown", SLOWDOWN, ProfileDefaults.MAX_SLOWDOWN);
        latencyFields.finish();
        ColdStartOverride coldStart = readColdStart(root.child("cold_start"));
        Optional<Llm> llm = readLlm(root);
        OptionalDouble budget = root.optional("budget", ValueParser.scalar(
                        "a monthly budget in USD such as 500/month (or 6000/year)", ProfileReader::budget))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        PlatformKnobs platforms = readPlatforms(root.child("platforms"));
        Set<Cloud> clouds = root.orDefault("clouds", CLOUDS, ProfileDefaults.CLOUDS);
        root.finish();

        if (problems.count() > before) {
            return Optional.empty();
        }
        SourceMap source = new SourceMap(file, document.location(), locations(document));
        return Optional.of(new Profile(name.orElseThrow(), description, kind, region, gcpRegion,
                workload.orElseThrow(), cpuTime.orElse(meanDuration), threads, measuredOn, memory.orElseThrow(), vcpu,
                timeout.orElseThrow(), gpu, concurrency, minInstances, ha, architecture, runtime, payload, storage,
                trigger, frontDoor, network, latency, maxSlowdown, coldStart, llm, budget, platforms, clouds, defaults,
                source));
    }

    private static TimeSpan unitDuration(Workload workload) {
        if (workload instanceof Workload.Service service) {
            return service.duration().mean();
        }
        return ((Workload.Job) workload).schedule().duration();
    }

    private static ValueParser<String> nameParser() {
        return ValueParser.scalar("a name such as chat-api", scalar -> {
            String name = scalar.text().trim();
            if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidValue("found '" + name + "', expected a name of 1 to " + MAX_NAME
                        + " printable characters");
            }
            return name;
        });
    }

    private static int toInt(long value) throws InvalidValue {
        if (value > Integer.MAX_VALUE) {
            throw new InvalidValue("found " + value + ", which is far too large");
        }
        return (int) value;
    }

    private Optional<Workload> readService(MappingReader root) {
        if (root.has("schedule")) {
            root.reject("schedule", "a schedule belongs to a job; add 'kind: job' or remove the schedule");
        }
        MappingReader traffic = root.child("traffic");
        if (!root.has("traffic")) {
            root.problems().add(root.location(), "traffic.rate", "missing; this field is required: "
                    + Units.RATE_EXPECTED);
        }
        boolean trafficIsMapping = root.node("traffic").filter(n -> n instanceof YamlNode.Mapping).isPresent();
        Optional<Rate> rate = trafficIsMapping
                ? traffic.required("rate", Bounds.RATE.of(Units.RATE), Units.RATE_EXPECTED) : Optional.empty();
        PatternSpec pattern = traffic.orDefault("pattern", patternParser(), ProfileDefaults.PATTERN);
        double burst = traffic.orDefault("burst", Units.MULTIPLIER, ProfileDefaults.BURST);
        if (burst < 1 || burst > MAX_BURST) {
            traffic.reject("burst", "found " + burst + "x, expected 1x (no burst) to " + (int) MAX_BURST + "x");
        }
        traffic.finish();
        Optional<DurationProfile> duration = readDuration(root);
        if (rate.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        // Little's law at the busiest hour, with its burst: the requests in flight at once.
        double inFlight = rate.get().perSecond() * pattern.peakWeight() * burst * duration.get().mean().seconds();
        if (!Bounds.IN_FLIGHT.holds(inFlight)) {
            traffic.reject("rate", "rate × duration gives " + Numbers.significant(inFlight, 3) + " requests in flight "
                    + "at the busiest hour (with the burst), expected at most " + Numbers.grouped(
                    Bounds.IN_FLIGHT.max(), 0) + ": " + Bounds.IN_FLIGHT.why());
            return Optional.empty();
        }
        return Optional.of(new Workload.Service(new Traffic(rate.get(), pattern, burst), duration.get()));
    }

    private Optional<Workload> readJob(MappingReader root) {
        for (String serviceOnly : List.of("traffic", "duration")) {
            if (root.has(serviceOnly)) {
                root.reject(serviceOnly, "a job has no " + serviceOnly + "; describe its work with "
                        + "schedule: {runs: 30/month, tasks: 5, duration: 600s}");
            }
        }
        if (!root.has("schedule")) {
            root.problems().add(root.location(), "schedule",
                    "missing; a job needs schedule: {runs: 30/month, tasks: 5, duration: 600s}");
            return Optional.empty();
        }
        MappingReader schedule = root.child("schedule");
        Optional<Rate> runs = schedule.required("runs", Bounds.RUNS.of(Units.RATE),
                "how often the job runs, such as 30/month or 1/h");
        Optional<Long> tasks = schedule.required("tasks", Units.COUNT, "how many parallel tasks each run starts");
        tasks.ifPresent(t -> {
            if (t < 1 || t > MAX_TASKS) {
                schedule.reject("tasks", "found " + t + "; a run starts 1 to " + MAX_TASKS + " tasks");
            }
        });
        Optional<TimeSpan> duration = schedule.required("duration", Bounds.DURATION.of(Units.DURATION),
                "how long one task runs, such as 600s");
        schedule.finish();
        if (runs.isEmpty() || tasks.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Workload.Job(new Schedule(runs.get(), tasks.get().intValue(), duration.get())));
    }

    private Optional<DurationProfile> readDuration(MappingReader root) {
        Optional<YamlNode> node = root.node("duration");
        if (node.isEmpty()) {
            root.problems().add(root.location(), "duration", "missing; this field is required: "
                    + Units.DURATION_EXPECTED + ", or {mean: 6s, p50: 4s, p95: 30s}");
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            return root.optional("duration", Bounds.DURATION.of(Units.DURATION)).map(DurationProfile::ofMean);
        }
        MappingReader d = root.child("duration");
        ValueParser<TimeSpan> p = Bounds.DURATION.of(Units.DURATION);
        Optional<TimeSpan> mean = d.optional("mean", p);
        Optional<TimeSpan> p50 = d.optional("p50", p);
        Optional<TimeSpan> p95 = d.optional("p95", p);
        Optional<TimeSpan> p99 = d.optional("p99", p);
        Optional<TimeSpan> max = d.optional("max", p);
        d.finish();
        List<String> names = List.of("p50", "p95", "p99", "max");
        List<Optional<TimeSpan>> values = List.of(p50, p95, p99, max);
        TimeSpan previous = null;
        String previousName = null;
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i).isEmpty()) {
                continue;
            }
            TimeSpan value = values.get(i).get();
            if (previous != null && previous.isLongerThan(value)) {
                d.reject(names.get(i), names.get(i) + " " + value.display() + " is shorter than "
                        + previousName + " " + previous.display() + "; percentiles cannot decrease");
            }
            previous = value;
            previousName = names.get(i);
        }
        if (mean.isEmpty()) {
            if (p50.isPresent() && p95.isPresent() && !p50.get().isLongerThan(p95.get())) {
                // A log-normal through p50 and p95: sigma = ln(p95/p50)/z95, mean = p50 * exp(sigma^2 / 2).
                double sigma = Math.log(p95.get().seconds() / p50.get().seconds()) / Z95;
                TimeSpan derived = new TimeSpan(p50.get().seconds() * Math.exp(sigma * sigma / 2));
                d.usedDefault("mean", derived.display(), "derived from p50 and p95 by fitting a log-normal "
                        + "distribution; state the mean if you know it (it is what the bill depends on)");
                mean = Optional.of(derived);
            } else if (p50.isPresent() || p95.isPresent() || p99.isPresent() || max.isPresent()) {
                d.problems().add(d.location(), d.pathOf("mean"),
                        "missing; give the mean duration (it bills), or both p50 and p95 to derive it");
            } else {
                d.problems().add(d.location(), d.path(), "empty; give a mean such as 6s or {mean: 6s, p95: 30s}");
            }
        } else if (max.isPresent() && mean.get().isLongerThan(max.get())) {
            d.reject("mean", "mean " + mean.get().display() + " is longer than max " + max.get().display());
        }
        return mean.map(m -> new DurationProfile(m, p50, p95, p99, max));
    }

    private Optional<TimeSpan> readTimeout(MappingReader root, Kind kind, Optional<Workload> workload) {
        Optional<TimeSpan> timeout;
        if (kind == Kind.JOB && !root.has("timeout")) {
            TimeSpan taskDuration = workload.map(ProfileReader::unitDuration).orElse(TimeSpan.ZERO);
            root.usedDefault("timeout", taskDuration.display(), "a job task's timeout is its duration");
            return Optional.of(taskDuration);
        }
        timeout = root.required("timeout", Bounds.DURATION.of(Units.DURATION),
                "the longest a request may run, such as 120s");
        if (timeout.isPresent() && workload.isPresent()) {
            TimeSpan t = timeout.get();
            if (workload.get() instanceof Workload.Service service) {
                DurationProfile d = service.duration();
                if (d.longest().isLongerThan(t)) {
                    root.reject("timeout", "timeout " + t.display() + " is shorter than the stated "
                            + d.longestName() + " duration " + d.longest().display()
                            + "; requests that long would be cut off");
                }
            } else if (unitDuration(workload.get()).isLongerThan(t)) {
                root.reject("timeout", "timeout " + t.display() + " is shorter than the task duration "
                        + unitDuration(workload.get()).display());
            }
        }
        return timeout;
    }

    private static ValueParser<PatternSpec> patternParser() {
        ValueParser<PatternPreset> preset = Choices.parser(PatternPreset.class);
        ValueParser<List<Double>> weights = MappingReader.listOf(Bounds.WEIGHT.ofNumber(Units.DECIMAL),
                "non-negative numbers");
        return node -> {
            if (node instanceof YamlNode.Scalar) {
                return new PatternSpec.Preset(preset.parse(node));
            }
            if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1
                    || !mapping.entries().containsKey("hourly")) {
                throw InvalidValue.expected(node, "flat, business-hours, diurnal, spiky, or {hourly: [24 or 168 "
                        + "weights]}");
            }
            List<Double> values = weights.parse(mapping.entries().get("hourly").value());
            if (values.size() != 24 && values.size() != 168) {
                throw new InvalidValue("hourly has " + values.size() + " weights; give 24 (one day, hour 0 = "
                        + "midnight) or 168 (a week starting Monday 00:00)");
            }
            if (values.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new InvalidValue("hourly weights are all zero; at least one hour must carry traffic");
            }
            return new PatternSpec.Hourly(values);
        };
    }

    private Optional<Gpu> readGpu(MappingReader root) {
        Optional<YamlNode> node = root.node("gpu");
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.text().trim().equals("none")) {
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlNode.Mapping)) {
            root.reject("gpu", "found " + node.get().describe() + ", expected " + GPU_EXPECTED);
            return Optional.empty();
        }
        MappingReader g = root.child("gpu");
        long count = g.optional("count", Units.COUNT).orElse(1L);
        if (count < 1 || count > MAX_GPUS) {
            g.reject("count", "found " + count + ", expected 1 to " + MAX_GPUS + " GPUs per instance");
        }
        GpuType type = g.optional("type", Choices.parser(GpuType.class)).orElse(GpuType.ANY);
        Optional<DataSize> memory = g.optional("memory", Bounds.GPU_MEMORY.of(Units.SIZE));
        g.finish();
        return Optional.of(new Gpu((int) Math.min(count, MAX_GPUS), type, memory));
    }

    private static Payload readPayload(MappingReader p) {
        Payload payload = new Payload(
                p.orDefault("request", Bounds.PAYLOAD.of(Units.SIZE), ProfileDefaults.REQUEST_PAYLOAD),
                p.orDefault("response", Bounds.PAYLOAD.of(Units.SIZE), ProfileDefaults.RESPONSE_PAYLOAD),
                p.orDefault("streaming", Units.BOOLEAN, ProfileDefaults.STREAMING));
        p.finish();
        return payload;
    }

    private static Network readNetwork(MappingReader n) {
        boolean privateStated = n.has("private");
        boolean privateSubnets = n.orDefault("private", Units.BOOLEAN, ProfileDefaults.PRIVATE_NETWORK);
        DataSize outbound = n.orDefault("outbound_per_request", Bounds.PAYLOAD.of(Units.SIZE), ProfileDefaults.OUTBOUND);
        Clients clients = n.orDefault("clients", Choices.parser(Clients.class), ProfileDefaults.CLIENTS);
        double perConnection = n.orDefault("requests_per_connection", Units.DECIMAL, clients == Clients.VPC
                ? ProfileDefaults.REQUESTS_PER_CONNECTION_VPC : ProfileDefaults.REQUESTS_PER_CONNECTION_INTERNET);
        if (!(perConnection >= 1) || perConnection > MAX_REQUESTS_PER_CONNECTION) {
            n.reject("requests_per_connection", "found " + perConnection + ", expected 1 (a new connection per "
                    + "request) to " + Numbers.grouped(MAX_REQUESTS_PER_CONNECTION, 0));
        }
        n.finish();
        return new Network(privateSubnets, privateStated, outbound, clients, perConnection);
    }

    /** The cold-start SLO: cold_start_budget and cold_start_share together, or neither. */
    private static Optional<LatencySlo> readLatency(MappingReader l) {
        boolean budgetGiven = l.has("cold_start_budget");
        boolean shareGiven = l.has("cold_start_share");
        if (!budgetGiven && !shareGiven) {
            return Optional.empty();
        }
        Optional<TimeSpan> budget = l.required("cold_start_budget", Bounds.COLD_START_BUDGET.of(Units.DURATION),
                "the most latency a cold start may add, such as 1s (with cold_start_share)");
        Optional<Percent> share = l.required("cold_start_share", Bounds.COLD_START_SHARE.of(Units.PERCENT),
                "the largest share of requests that may exceed the budget, such as 1% (with cold_start_budget)");
        if (budget.isEmpty() || share.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LatencySlo(budget.get(), share.get()));
    }

    private static ColdStartOverride readColdStart(MappingReader c) {
        ColdStartOverride override = new ColdStartOverride(c.optional("init", Bounds.INIT.of(Units.DURATION)),
                c.optional("keep_alive", Bounds.KEEP_ALIVE.of(Units.DURATION)));
        c.finish();
        return override;
    }

    private static Optional<Llm> readLlm(MappingReader root) {
        if (!root.has("llm")) {
            return Optional.empty();
        }
        MappingReader l = root.child("llm");
        Optional<String> model = l.required("model", Units.TEXT, "the model id, such as claude-sonnet-4");
        Optional<Long> in = l.required("input_tokens", Bounds.TOKENS.ofNumber(Units.COUNT),
                "input tokens per call, such as 1500");
        Optional<Long> out = l.required("output_tokens", Bounds.TOKENS.ofNumber(Units.COUNT),
                "output tokens per call, such as 400");
        double calls = l.orDefault("calls_per_request", Bounds.LLM_CALLS.ofNumber(Units.DECIMAL),
                ProfileDefaults.LLM_CALLS);
        Optional<Long> rpm = l.optional("rate_limit_rpm", Bounds.RPM.ofNumber(Units.COUNT));
        l.finish();
        if (model.isEmpty() || in.isEmpty() || out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Llm(model.get(), in.get(), out.get(), calls,
                rpm.map(OptionalLong::of).orElse(OptionalLong.empty())));
    }

    private static double budget(YamlNode.Scalar scalar) throws InvalidValue {
        return MonthlyBudget.parse(scalar.text(), true);
    }

    private static PlatformKnobs readPlatforms(MappingReader p) {
        MappingReader lambda = p.child("lambda");
        OptionalInt provisioned = lambda.orDefault("provisioned_concurrency", provisionedParser(),
                ProfileDefaults.PROVISIONED);
        lambda.finish();
        MappingReader fargate = p.child("fargate");
        boolean spot = fargate.orDefault("spot", Units.BOOLEAN, ProfileDefaults.SPOT);
        Percent utilization = fargate.orDefault("target_utilization", Bounds.UTILIZATION.of(Units.PERCENT),
                ProfileDefaults.TARGET_UTILIZATION);
        fargate.finish();
        MappingReader eks = p.child("eks");
        Percent share = eks.orDefault("cluster_share", Bounds.CLUSTER_SHARE.of(Units.PERCENT),
                ProfileDefaults.CLUSTER_SHARE);
        List<String> nodeTypes = eks.orDefault("node_types", MappingReader.listOf(Units.TEXT, "EC2 instance types"),
                ProfileDefaults.NODE_TYPES);
        Percent eksUtilization = eks.orDefault("target_utilization", Bounds.UTILIZATION.of(Units.PERCENT),
                ProfileDefaults.EKS_TARGET_UTILIZATION);
        eks.finish();
        MappingReader gen2 = p.child("cloud-functions-gen2");
        GcfBilling billing = gen2.orDefault("billing", Choices.parser(GcfBilling.class), ProfileDefaults.GEN2_BILLING);
        NetworkTier tier = gen2.orDefault("network_tier", Choices.parser(NetworkTier.class),
                ProfileDefaults.GEN2_NETWORK_TIER);
        gen2.finish();
        p.child("cloud-functions-gen1").finish();
        p.finish();
        return new PlatformKnobs(new PlatformKnobs.Lambda(provisioned), new PlatformKnobs.Fargate(spot, utilization),
                new PlatformKnobs.Eks(share, nodeTypes, eksUtilization), new PlatformKnobs.CloudFunctionsGen2(billing, tier));
    }

    private static ValueParser<OptionalInt> provisionedParser() {
        return ValueParser.scalar("auto, off, or a number of environments", scalar -> {
            String text = scalar.text().trim();
            if (text.equals("auto")) {
                return OptionalInt.empty();
            }
            if (text.equals("off")) {
                return OptionalInt.of(0);
            }
            long count = Units.count(scalar);
            Bounds.INSTANCES.check(count, Long.toString(count));
            return OptionalInt.of(toInt(count));
        });
    }


    /** Every field's location, by dotted path, for errors found later. */
    private static Map<String, Location> locations(YamlNode document) {
        Map<String, Location> out = new HashMap<>();
        collect("", document, out);
        return out;
    }

    private static void collect(String path, YamlNode node, Map<String, Location> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                String p = path.isEmpty() ? e.key() : path + "." + e.key();
                out.put(p, e.value().location());
                collect(p, e.value(), out);
            }
        }
    }

    private static MeasuredOn measuredOn(YamlNode.Scalar scalar) throws InvalidValue {
        Units.refuseLongNumber(scalar);
        Matcher m = MEASURED.matcher(scalar.text().trim());
        if (!m.matches()) {
            throw InvalidValue.expected(scalar, MEASURED_EXPECTED);
        }
        if (m.group("vcpu") != null) {
            double vcpu = Double.parseDouble(m.group("vcpu"));
            Bounds.VCPU.check(vcpu, scalar.text().trim());
            return MeasuredOn.vcpu(vcpu);
        }
        double mb = Double.parseDouble(m.group("mb")) * (m.group("unit").toUpperCase(java.util.Locale.ROOT)
                .startsWith("G") ? 1024 : 1);
        if (mb < 128 || mb > 10240) {
            throw new InvalidValue("found '" + scalar.text() + "': Lambda memory is 128 MB to 10,240 MB");
        }
        return MeasuredOn.lambda(mb);
    }

    private static Percent slowdown(YamlNode.Scalar scalar) throws InvalidValue {
        Units.refuseLongNumber(scalar);
        String text = scalar.text().trim();
        if (!text.endsWith("%")) {
            throw InvalidValue.expected(scalar, "a percentage such as 25%");
        }
        double value;
        try {
            value = Double.parseDouble(text.substring(0, text.length() - 1).trim());
        } catch (NumberFormatException e) {
            throw InvalidValue.expected(scalar, "a percentage such as 25%");
        }
        if (!(value >= 0) || value > MAX_SLOWDOWN_PERCENT) {
            throw new InvalidValue("found '" + text + "', expected 0% (as fast as measured) to "
                    + Numbers.grouped(MAX_SLOWDOWN_PERCENT, 0) + "%");
        }
        return new Percent(value / 100);
    }
}
