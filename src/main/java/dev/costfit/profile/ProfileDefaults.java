package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.yaml.Default;
import java.util.List;
import java.util.OptionalInt;

/** Every default of the profile format, in one place, each with the reason `--explain` prints. */
public final class ProfileDefaults {

    public static final Default<Kind> KIND = new Default<>(Kind.SERVICE, "service", "request-driven work");
    public static final Default<String> REGION = new Default<>("us-east-1", "us-east-1",
            "the AWS region the reference prices are quoted for");
    public static final Default<PatternSpec> PATTERN = new Default<>(new PatternSpec.Preset(PatternPreset.FLAT), "flat",
            "the same rate every hour; set business-hours, diurnal, spiky or hourly weights if traffic has a shape");
    public static final Default<Double> BURST = new Default<>(1.0, "1x", "no short peaks above the hourly rate");
    public static final String CPU_TIME_WHY = "not stated: the CPU model is off, so durations are used as stated on "
            + "every platform, and containers are sized as if the whole request kept a vCPU busy. Set cpu_time (an "
            + "LLM call is mostly waiting) to size containers for the CPU requests really burn and to price each "
            + "function at the CPU its memory setting gives";
    public static final String CPU_MODEL_OFF = "without cpu_time, costfit cannot tell how CPU-bound a request is: "
            + "durations are used as stated on every platform, whatever CPU a memory setting or task size gives; "
            + "state cpu_time to turn the CPU model on (a 256 MB Lambda has 0.14 vCPU, a 1st gen 128 MB function "
            + "0.08)";
    public static final Default<Integer> THREADS = new Default<>(1, "1",
            "the CPU part of a request runs on one thread: more than one vCPU does not make it faster");
    public static final Default<Percent> MAX_SLOWDOWN = new Default<>(Percent.of(25), "25%",
            "a platform setting (memory, tier, vCPU, task size) may make a request at most 25% slower than its "
                    + "measured duration; the cheapest setting within that is chosen");
    public static final Default<Integer> CONCURRENCY = new Default<>(1, "1",
            "one request per instance at a time; set it if your server handles requests concurrently "
                    + "(async I/O); Lambda is always 1");
    public static final Default<Integer> MIN_INSTANCES = new Default<>(0, "0",
            "nothing kept warm beyond what the platform needs (containers always run at least one task)");
    public static final Default<Boolean> HA = new Default<>(false, "false", "a single zone is acceptable");
    public static final Default<Architecture> ARCHITECTURE = new Default<>(Architecture.X86_64, "x86_64",
            "what most code runs on today; set any to let costfit take arm64 where it is cheaper");
    public static final Default<Runtime> RUNTIME = new Default<>(Runtime.PYTHON, "python",
            "the most common runtime for LLM-calling services (cold-start estimates)");
    public static final Default<DataSize> REQUEST_PAYLOAD = new Default<>(new DataSize(DataSize.KIB), "1KB",
            "a small JSON request");
    public static final Default<DataSize> RESPONSE_PAYLOAD = new Default<>(new DataSize(DataSize.KIB), "1KB",
            "a small JSON response (sets internet egress)");
    public static final Default<Boolean> STREAMING = new Default<>(false, "false", "buffered responses");
    public static final String STORAGE_WHY = "no disk beyond what each platform includes (Lambda's 512 MB /tmp, "
            + "Fargate's 20 GB); Cloud Functions keep files in memory, so stated storage adds to their memory";
    public static final Default<Trigger> TRIGGER_SERVICE = new Default<>(Trigger.HTTP, "http",
            "synchronous HTTP requests");
    public static final Default<Trigger> TRIGGER_JOB = new Default<>(Trigger.SCHEDULE, "schedule",
            "a job is started on its schedule");
    public static final Default<FrontDoor> FRONT_DOOR = new Default<>(FrontDoor.AUTO, "auto",
            "API Gateway HTTP API in front of functions, an Application Load Balancer in front of containers");
    public static final Default<Boolean> PRIVATE_NETWORK = new Default<>(true, "true",
            "containers run in private subnets and reach the internet through a NAT gateway");
    public static final Default<DataSize> OUTBOUND = new Default<>(new DataSize(0), "0B",
            "no outbound calls besides the llm block's");
    public static final Default<Clients> CLIENTS = new Default<>(Clients.INTERNET, "internet",
            "responses go to clients on the internet and are billed as data transfer out; set network.clients: vpc "
                    + "for a service called only from inside the VPC");
    public static final Default<Double> REQUESTS_PER_CONNECTION_INTERNET = new Default<>(1.0, "1",
            "internet clients (browsers, apps) mostly open a connection per interaction: one new load-balancer "
                    + "connection per request");
    public static final Default<Double> REQUESTS_PER_CONNECTION_VPC = new Default<>(100.0, "100",
            "services in the VPC call through pooled keep-alive connections (AWS SDKs and HTTP client pools keep "
                    + "them open); 100 requests per connection is conservative");
    public static final Default<Double> LLM_CALLS = new Default<>(1.0, "1", "one LLM call per request");
    public static final Default<OptionalInt> PROVISIONED = new Default<>(OptionalInt.empty(), "auto",
            "bought only where the latency SLO needs it");
    public static final Default<Boolean> SPOT = new Default<>(false, "false", "on-demand Fargate capacity");
    public static final Default<Percent> TARGET_UTILIZATION = new Default<>(Percent.of(70), "70%",
            "containers are sized to keep their vCPU at most 70% busy, the usual autoscaling target");
    public static final Default<Percent> EKS_TARGET_UTILIZATION = new Default<>(Percent.of(70), "70%",
            "pods are sized to keep their vCPU at most 70% busy, the usual Horizontal Pod Autoscaler target");
    public static final Default<Percent> CLUSTER_SHARE = new Default<>(Percent.of(100), "100%",
            "a dedicated EKS cluster; most teams share one: set platforms.eks.cluster_share to your share");
    public static final Default<List<String>> NODE_TYPES = new Default<>(List.of(), "all in the catalog",
            "the cheapest node type that fits is chosen");
    public static final Default<GcfBilling> GEN2_BILLING = new Default<>(GcfBilling.REQUEST, "request",
            "CPU allocated only during requests (Cloud Run functions' default)");
    public static final Default<NetworkTier> GEN2_NETWORK_TIER = new Default<>(NetworkTier.PREMIUM, "premium",
            "Cloud Run's outbound internet traffic uses the Premium Tier (Google's default, "
                    + "https://cloud.google.com/run/pricing); standard prices responses served through a regional "
                    + "external Application Load Balancer in the Standard Tier");

    public static final Default<java.util.Set<Cloud>> CLOUDS = new Default<>(java.util.Set.of(Cloud.AWS, Cloud.GCP),
            "[aws, gcp]", "every platform costfit knows, on either cloud; set clouds: [aws] to stay on AWS");

    private ProfileDefaults() {
    }
}
