package dev.costfit.pricing;

import dev.costfit.profile.Architecture;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every price key costfit bills, with the unit the code that bills it counts in: the quantity a cost line multiplies
 * by the price (Fargate's storage line counts GB × task-seconds, so it asks per GB-second). The catalog holds each
 * key's entries in that unit, converting an entry written per another span of time of the same quantity when it is
 * loaded ({@link CatalogLoader#merge}); an entry in a unit that does not convert is an error there. Until 2026-12 a
 * key's unit was its first entry's, which the platforms multiplied without asking: an entry per GB-hour written
 * first for Fargate storage billed GB-seconds 3600 times too dear ($0.05 became $163.89).
 *
 * <p>Each unit here was read off the code that bills the key (its quantity's formula, next to the look-up).
 */
public final class PriceKeys {

    private static final String REQUEST = "request";
    private static final String GB = "GB";
    private static final String GIB = "GiB";
    private static final String GB_SECOND = "GB-second";
    private static final String GIB_SECOND = "GiB-second";
    private static final String GB_MONTH = "GB-month";
    private static final String VCPU_SECOND = "vCPU-second";

    /** The unit of every EC2 instance type's price (ec2.TYPE): node and instance hours. */
    static final String INSTANCE_HOUR = "instance-hour";

    private static final Map<String, PriceKey> ALL = new LinkedHashMap<>();

    // AWS Lambda (LambdaPlatform, SnapStartCharges, ManagedInstanceCharges).
    public static final PriceKey LAMBDA_REQUESTS = key("lambda.requests", REQUEST);
    public static final Map<Architecture, PriceKey> LAMBDA_DURATION = perArchitecture("lambda.duration.", GB_SECOND);
    public static final Map<Architecture, PriceKey> LAMBDA_PROVISIONED = perArchitecture("lambda.provisioned.",
            GB_SECOND);
    public static final Map<Architecture, PriceKey> LAMBDA_PROVISIONED_DURATION = perArchitecture(
            "lambda.provisioned-duration.", GB_SECOND);
    public static final PriceKey LAMBDA_EPHEMERAL_STORAGE = key("lambda.ephemeral-storage", GB_SECOND);
    public static final PriceKey LAMBDA_STREAMING = key("lambda.streaming", GB);
    public static final PriceKey LAMBDA_SNAPSTART_CACHE = key("lambda.snapstart.cache", GB_SECOND);
    public static final PriceKey LAMBDA_SNAPSTART_RESTORE = key("lambda.snapstart.restore", GB);

    // AWS Fargate, EKS and what their tasks and nodes pay beside (FargatePlatform, EksPlatform, LMI).
    public static final Map<Architecture, PriceKey> FARGATE_VCPU = perArchitecture("fargate.vcpu.", "vCPU-hour");
    public static final Map<Architecture, PriceKey> FARGATE_MEMORY = perArchitecture("fargate.memory.", "GB-hour");
    public static final PriceKey FARGATE_EPHEMERAL_STORAGE = key("fargate.ephemeral-storage", GB_SECOND);
    public static final PriceKey EKS_CLUSTER = key("eks.cluster", "cluster-hour");
    public static final PriceKey EKS_CLUSTER_EXTENDED = key("eks.cluster.extended", "cluster-hour");
    public static final PriceKey EBS_GP3 = key("ebs.gp3", GB_MONTH);
    public static final PriceKey PUBLIC_IPV4 = key("vpc.public-ipv4", "address-hour");

    // The AWS network in front of and behind them (network package).
    public static final PriceKey APIGW_HTTP_REQUESTS = key("apigw.http.requests", REQUEST);
    public static final PriceKey APIGW_REST_REQUESTS = key("apigw.rest.requests", REQUEST);
    public static final PriceKey ALB_HOURS = key("alb.hours", "ALB-hour");
    public static final PriceKey ALB_CAPACITY_UNITS = key("alb.lcu", "LCU-hour");
    public static final PriceKey NAT_HOURS = key("nat.hours", "gateway-hour");
    public static final PriceKey NAT_DATA = key("nat.data", GB);
    public static final PriceKey INTERNET_EGRESS = key("egress.internet", GB);

    // Cloud Run functions and its network (CloudFunctionsGen2Platform, CloudRunGpu, CloudRunEgress).
    public static final PriceKey GCF2_REQUESTS = key("gcf2.requests", REQUEST);
    public static final PriceKey GCF2_VCPU_REQUEST = key("gcf2.vcpu.request", VCPU_SECOND);
    public static final PriceKey GCF2_MEMORY_REQUEST = key("gcf2.memory.request", GIB_SECOND);
    public static final PriceKey GCF2_VCPU_IDLE = key("gcf2.vcpu.idle", VCPU_SECOND);
    public static final PriceKey GCF2_MEMORY_IDLE = key("gcf2.memory.idle", GIB_SECOND);
    public static final PriceKey GCF2_VCPU_INSTANCE = key("gcf2.vcpu.instance", VCPU_SECOND);
    public static final PriceKey GCF2_MEMORY_INSTANCE = key("gcf2.memory.instance", GIB_SECOND);
    public static final PriceKey GCF2_GPU_L4 = key("gcf2.gpu.l4", "GPU-second");
    public static final PriceKey GCF2_GPU_L4_ZONAL_REDUNDANCY = key("gcf2.gpu.l4.zonal-redundancy", "GPU-second");
    public static final PriceKey GCF2_EGRESS = key("gcf2.egress", GIB);
    public static final PriceKey GCF2_EGRESS_STANDARD = key("gcf2.egress.standard", GIB);
    public static final PriceKey GCP_LB_FORWARDING_RULE = key("gcp.lb.forwarding-rule", "rule-hour");
    public static final PriceKey GCP_LB_DATA = key("gcp.lb.data", GIB);

    // Cloud Functions 1st gen (CloudFunctionsGen1Platform).
    public static final PriceKey GCF1_INVOCATIONS = key("gcf1.invocations", "invocation");
    public static final PriceKey GCF1_CPU = key("gcf1.cpu", "GHz-second");
    public static final PriceKey GCF1_CPU_IDLE = key("gcf1.cpu.idle", "GHz-second");
    public static final PriceKey GCF1_MEMORY = key("gcf1.memory", GB_SECOND);
    public static final PriceKey GCF1_EGRESS = key("gcf1.egress", GB);

    // The glue between a workload's steps (glue package).
    public static final PriceKey STEP_FUNCTIONS_TRANSITIONS = key("stepfunctions.transitions", "transition");
    public static final PriceKey STEP_FUNCTIONS_EXPRESS_REQUESTS = key("stepfunctions.express.requests", REQUEST);
    public static final PriceKey STEP_FUNCTIONS_EXPRESS_DURATION = key("stepfunctions.express.duration", GB_SECOND);
    public static final PriceKey SQS_REQUESTS = key("sqs.requests", REQUEST);
    public static final PriceKey EVENTBRIDGE_EVENTS = key("eventbridge.events", "event");
    public static final PriceKey CLOUDWATCH_LOGS_VENDED = key("cloudwatch.logs.vended", GB);
    public static final PriceKey CLOUDWATCH_LOGS_INGESTION = key("cloudwatch.logs.ingestion", GB);
    public static final PriceKey CLOUDWATCH_LOGS_STORAGE = key("cloudwatch.logs.storage", GB_MONTH);
    public static final PriceKey XRAY_TRACES = key("xray.traces", "trace");
    public static final PriceKey SECRETS_MANAGER_SECRETS = key("secretsmanager.secrets", "secret-month");
    public static final PriceKey SECRETS_MANAGER_API_CALLS = key("secretsmanager.api-calls", "call");
    public static final PriceKey LOGGING_INGESTION = key("logging.ingestion", GB);
    public static final PriceKey LOGGING_RETENTION = key("logging.retention", GB_MONTH);
    public static final PriceKey SECRET_MANAGER_VERSIONS = key("secretmanager.versions", "version-month");
    public static final PriceKey SECRET_MANAGER_ACCESS = key("secretmanager.access", "operation");
    public static final PriceKey PUBSUB_THROUGHPUT = key("pubsub.throughput", GB);

    private PriceKeys() {
    }

    private static PriceKey key(String name, String unit) {
        PriceKey key = new PriceKey(name, unit);
        if (ALL.put(name, key) != null) {
            throw new IllegalStateException("price key " + name + " is listed twice");
        }
        return key;
    }

    /** The key of each concrete architecture, "lambda.duration.x86_64" and ".arm64"; ANY has none. */
    private static Map<Architecture, PriceKey> perArchitecture(String prefix, String unit) {
        Map<Architecture, PriceKey> keys = new EnumMap<>(Architecture.class);
        for (Architecture arch : List.of(Architecture.X86_64, Architecture.ARM64)) {
            keys.put(arch, key(prefix + arch.spelling(), unit));
        }
        return Collections.unmodifiableMap(keys);
    }

    /** The key of an EC2 instance type's on-demand price, "ec2." + its name, per instance-hour. */
    static PriceKey instanceType(String name) {
        return new PriceKey("ec2." + name, INSTANCE_HOUR);
    }

    /**
     * The key named {@code name} as costfit bills it: one listed here, or an instance type's (ec2.TYPE, which an
     * overlay may add); empty for a key nothing bills.
     */
    public static Optional<PriceKey> of(String name) {
        PriceKey listed = ALL.get(name);
        if (listed != null) {
            return Optional.of(listed);
        }
        return name.startsWith("ec2.") && name.length() > 4 ? Optional.of(new PriceKey(name, INSTANCE_HOUR))
                : Optional.empty();
    }

    /** Every key listed here (instance types aside), in the order above. */
    public static List<PriceKey> listed() {
        return List.copyOf(ALL.values());
    }
}
