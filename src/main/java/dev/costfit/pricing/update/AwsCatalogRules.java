package dev.costfit.pricing.update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Price List products become which catalog prices, and the GetProducts queries that fetch them for a region.
 * Usage types and units are those of the AWS Price List (region prefixes aside); each rule lists the API units it
 * reads, each with the catalog's spelling of it, so an unexpected unit fails the refresh instead of being misread.
 * Prices are written in the unit they are published in; the catalog converts them into its keys' billed units.
 */
public final class AwsCatalogRules {

    private static final String LAMBDA = "AWSLambda";
    private static final String ECS = "AmazonECS";
    private static final String EKS = "AmazonEKS";
    private static final String EC2 = "AmazonEC2";
    private static final String ELB = "AWSELB";
    private static final String API_GATEWAY = "AmazonApiGateway";
    private static final String VPC = "AmazonVPC";
    private static final String DATA_TRANSFER = "AWSDataTransfer";
    private static final String STEP_FUNCTIONS = "AmazonStates";
    private static final String SQS = "AWSQueueService";
    private static final String EVENTS = "AWSEvents";
    private static final String CLOUDWATCH = "AmazonCloudWatch";
    private static final String XRAY = "AWSXRay";
    private static final String SECRETS = "AWSSecretsManager";
    private static final String REGION = "regionCode";
    private static final String PUT_EVENTS = "PutEvents";
    private static final String NAT_GATEWAY = "NAT Gateway";
    private static final String COMPUTE_INSTANCE = "Compute Instance";

    private static final Map<String, String> REQUESTS = units("request", "requests", "request");
    private static final Map<String, String> GB_SECONDS = units("GB-second", "lambda-gb-second", "gb-seconds",
            "gb-second");
    private static final Map<String, String> GB = units("GB", "gb");
    private static final Map<String, String> GB_MONTHS = units("GB-month", "gb-mo", "gb-month");

    private final List<String> instanceTypes;

    /** Rules for the fixed keys plus ec2.TYPE for each instance type the catalog in force knows. */
    public AwsCatalogRules(Collection<String> instanceTypes) {
        this.instanceTypes = List.copyOf(instanceTypes);
    }

    public List<PriceRule> rules() {
        List<PriceRule> rules = new ArrayList<>(List.of(
                rule("lambda.requests", LAMBDA, "Request", REQUESTS,
                        "Lambda requests (x86_64 and arm64)"),
                rule("lambda.duration.x86_64", LAMBDA, "Lambda-GB-Second", GB_SECONDS,
                        "Lambda duration, x86_64, tiered on the month's aggregate GB-seconds"),
                rule("lambda.duration.arm64", LAMBDA, "Lambda-GB-Second-ARM", GB_SECONDS,
                        "Lambda duration, arm64, tiered on the month's aggregate GB-seconds"),
                rule("lambda.provisioned.x86_64", LAMBDA, "Lambda-Provisioned-Concurrency", GB_SECONDS,
                        "provisioned concurrency, per GB configured per second (x86_64)"),
                rule("lambda.provisioned.arm64", LAMBDA, "Lambda-Provisioned-Concurrency-ARM", GB_SECONDS,
                        "provisioned concurrency, per GB configured per second (arm64)"),
                rule("lambda.provisioned-duration.x86_64", LAMBDA, "Lambda-Provisioned-GB-Second", GB_SECONDS,
                        "duration of requests served by provisioned environments (x86_64)"),
                rule("lambda.provisioned-duration.arm64", LAMBDA, "Lambda-Provisioned-GB-Second-ARM",
                        GB_SECONDS, "duration of requests served by provisioned environments (arm64)"),
                rule("lambda.ephemeral-storage", LAMBDA, "Lambda-Storage-GB-Second", GB_SECONDS,
                        "Lambda ephemeral storage above the included 512 MB, per GB configured per second"),
                rule("lambda.streaming", LAMBDA, "Lambda-Streaming-Response-Processed-Bytes", GB,
                        "Lambda HTTP response streaming, per GB written beyond the first 6 MB of each response"),
                // SnapStart's usage types as billing exports name them (Lambda-SnapStart-Cached-GB-S, -Restored-GB).
                rule("lambda.snapstart.cache", LAMBDA, "Lambda-SnapStart-Cached-GB-S",
                        units("GB-second", "gb-s", "gb-seconds", "gb-second", "lambda-gb-second"),
                        "SnapStart snapshot cache, per GB of memory per second a version is active"),
                rule("lambda.snapstart.restore", LAMBDA, "Lambda-SnapStart-Restored-GB", GB,
                        "SnapStart restore, per GB of memory restored"),
                // Fargate's vCPU and memory are priced per "hours" of one vCPU / one GB.
                rule("fargate.vcpu.x86_64", ECS, "Fargate-vCPU-Hours:perCPU", units("vCPU-hour", "hours", "hrs",
                        "vcpu-hours"), "Fargate vCPU, Linux/x86_64"),
                rule("fargate.vcpu.arm64", ECS, "Fargate-ARM-vCPU-Hours:perCPU", units("vCPU-hour", "hours", "hrs",
                        "vcpu-hours"), "Fargate vCPU, Linux/arm64"),
                rule("fargate.memory.x86_64", ECS, "Fargate-GB-Hours", units("GB-hour", "hours", "hrs", "gb-hours"),
                        "Fargate memory, Linux/x86_64"),
                rule("fargate.memory.arm64", ECS, "Fargate-ARM-GB-Hours", units("GB-hour", "hours", "hrs",
                        "gb-hours"), "Fargate memory, Linux/arm64"),
                // Published per GB-hour and written so; the catalog bills it per GB-second and converts it when
                // it reads the overlay (PriceKeys), as it does the embedded entry.
                rule("fargate.ephemeral-storage", ECS, "Fargate-EphemeralStorage-GB-Hours", units("GB-hour",
                        "gb-hours"), "Fargate ephemeral storage above the included 20 GB"),
                rule("eks.cluster", EKS, "AmazonEKS-Hours:perCluster", hours("cluster-hour"),
                        "EKS cluster, standard support"),
                // Extended support bills its own SKU on top of perCluster (usage type as Price List readers and
                // bills name it; secondary sources, the catalog entry's description).
                rule("eks.cluster.extended", EKS, "AmazonEKS-Hours:extendedSupport", hours("cluster-hour"),
                        "EKS extended support, on top of the cluster fee"),
                // The volume under pods' ephemeral storage on EKS nodes; the Price List bills it per "GB-Mo".
                rule("ebs.gp3", EC2, "EBS:VolumeUsage.gp3", GB_MONTHS,
                        "EBS gp3 volume storage, for the node volume that holds pods' ephemeral storage"),
                rule("nat.hours", EC2, "NatGateway-Hours", hours("gateway-hour"), "NAT gateway, per hour"),
                rule("nat.data", EC2, "NatGateway-Bytes", GB, "NAT gateway data processed (both directions)"),
                rule("alb.hours", ELB, "LoadBalancerUsage", hours("ALB-hour"),
                        "Application Load Balancer, per hour or partial hour"),
                rule("alb.lcu", ELB, "LCUUsage", units("LCU-hour", "lcu-hrs", "lcu-hours"),
                        "Application Load Balancer capacity units"),
                rule("apigw.http.requests", API_GATEWAY, "ApiGatewayHttpRequest", REQUESTS,
                        "API Gateway HTTP API requests"),
                rule("apigw.rest.requests", API_GATEWAY, "ApiGatewayRequest", REQUESTS,
                        "API Gateway REST API requests"),
                rule("vpc.public-ipv4", VPC, "PublicIPv4:InUseAddress", hours("address-hour"),
                        "Public IPv4 address, in use or idle"),
                // The glue services (../shared/glue-and-discounts-reference.md). Usage types as price-list readers
                // and cost reports name them (secondary sources); a unit not listed fails the refresh.
                rule("stepfunctions.transitions", STEP_FUNCTIONS, "StateTransition",
                        units("transition", "statetransitions", "statetransition", "transitions"),
                        "Step Functions Standard state transitions"),
                rule("stepfunctions.express.requests", STEP_FUNCTIONS, "StepFunctions-Request", REQUESTS,
                        "Step Functions Express workflow requests"),
                rule("stepfunctions.express.duration", STEP_FUNCTIONS, "StepFunctions-GB-Second", GB_SECONDS,
                        "Step Functions Express workflow duration, tiered"),
                rule("sqs.requests", SQS, "Requests-RBP", REQUESTS, "SQS standard queue requests"),
                // EventBridge bills custom events per 64 KB chunk of payload, unit "64K-Chunks" (each chunk is one
                // event: the catalog's eventbridge.chunk), and several products share the usage type: custom events
                // (operation PutEvents), partner events, schema discovery and cross-account deliveries. PutEvents is
                // the custom one (Price List readers that say so: code index ids 55728198598, 68803516230 with
                // eventType "Custom Event" and "EventBridge custom events received", 38771500972 at $0.000001).
                new PriceRule("eventbridge.events", EVENTS, List.of("Event-64K-Chunks"), REGION,
                        units("event", "64k-chunks", "64k chunks", "events", "event"), Map.of("operation", PUT_EVENTS),
                        "EventBridge custom events published (PutEvents), each 64 KB chunk one event"),
                rule("cloudwatch.logs.ingestion", CLOUDWATCH, "DataProcessing-Bytes", GB,
                        "CloudWatch Logs ingestion of custom logs"),
                rule("cloudwatch.logs.vended", CLOUDWATCH, "VendedLog-Bytes", GB,
                        "CloudWatch Logs ingestion of vended logs (Lambda's), tiered"),
                rule("cloudwatch.logs.storage", CLOUDWATCH, "TimedStorage-ByteHrs", GB_MONTHS,
                        "CloudWatch Logs storage"),
                rule("xray.traces", XRAY, "XRay-TracesStored", units("trace", "traces", "trace"),
                        "X-Ray traces recorded"),
                rule("secretsmanager.secrets", SECRETS, "AWSSecretsManager-Secrets",
                        units("secret-month", "secrets", "secret", "secret-month"), "Secrets Manager secrets"),
                // The API calls' usage type is AWSSecretsManagerAPIRequest, without a hyphen, in most regions
                // (USE1-, APS1-, APS3-, EUN1-: code index ids 70158845658, 71363509372, 67161058400, 69132014024,
                // 68444746154) and EU-AWSSecretsManager-APIRequests in eu-west-1 (55889133884 maps the one onto the
                // other; 70946910903, 70633658385 read both).
                new PriceRule("secretsmanager.api-calls", SECRETS, List.of("AWSSecretsManagerAPIRequest",
                        "AWSSecretsManager-APIRequests"), REGION,
                        units("call", "api requests", "requests", "request", "calls"), Map.of(),
                        "Secrets Manager API calls"),
                new PriceRule("egress.internet", DATA_TRANSFER, List.of("DataTransfer-Out-Bytes"), "fromRegionCode", GB,
                        Map.of(), "Data transfer out to the internet, tiered on the month's aggregate")));
        for (String type : instanceTypes) {
            rules.add(rule("ec2." + type, EC2, "BoxUsage:" + type, hours("instance-hour"),
                    "EC2 " + type + " on-demand, Linux, shared tenancy"));
        }
        return rules;
    }

    /**
     * The keys a query's answer can price: its service's rules, and for EC2 those of the product family it asks for
     * (NAT gateways, gp3 storage, instances). A query that answers none of them for a region where the catalog
     * prices some is a service missing from the answer.
     */
    public List<String> keysOf(AwsQuery query) {
        String family = query.filters().getOrDefault("productFamily", "");
        return rules().stream().filter(r -> r.serviceCode().equals(query.serviceCode()))
                .filter(r -> !query.serviceCode().equals(EC2) || family.equals(ec2Family(r.key())))
                .map(PriceRule::key).toList();
    }

    private static String ec2Family(String key) {
        if (key.startsWith("ec2.")) {
            return COMPUTE_INSTANCE;
        }
        return key.startsWith("nat.") ? NAT_GATEWAY : "Storage";
    }

    /** The queries that fetch every rule's product in one region, fewest products first within a service. */
    public List<AwsQuery> queries(String region) {
        List<AwsQuery> queries = new ArrayList<>(List.of(
                query(LAMBDA, region, Map.of()),
                query(ECS, region, Map.of()),
                query(EKS, region, Map.of()),
                query(ELB, region, Map.of("productFamily", "Load Balancer-Application")),
                query(EC2, region, Map.of("productFamily", NAT_GATEWAY)),
                query(EC2, region, Map.of("productFamily", "Storage", "volumeApiName", "gp3")),
                query(API_GATEWAY, region, Map.of()),
                query(VPC, region, Map.of()),
                query(STEP_FUNCTIONS, region, Map.of()),
                query(SQS, region, Map.of()),
                query(EVENTS, region, Map.of("operation", PUT_EVENTS)),
                query(CLOUDWATCH, region, Map.of()),
                query(XRAY, region, Map.of()),
                query(SECRETS, region, Map.of()),
                new AwsQuery(DATA_TRANSFER, region, Map.of("fromRegionCode", region, "transferType", "AWS Outbound"))));
        if (!instanceTypes.isEmpty()) {
            // On-demand Linux, shared tenancy, no pre-installed software, capacity that is used (not reserved): one
            // query for every instance type of the region, a few pages of products of which the rules claim the
            // catalog's types. One query per type cost ~160 calls a region once the catalog had ~160 node types.
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("productFamily", COMPUTE_INSTANCE);
            filters.put("operatingSystem", "Linux");
            filters.put("tenancy", "Shared");
            filters.put("preInstalledSw", "NA");
            filters.put("capacitystatus", "Used");
            queries.add(query(EC2, region, filters));
        }
        return queries;
    }

    private static AwsQuery query(String service, String region, Map<String, String> more) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(REGION, region);
        filters.putAll(more);
        return new AwsQuery(service, region, filters);
    }

    private static PriceRule rule(String key, String service, String usage, Map<String, String> units,
                                  String description) {
        return new PriceRule(key, service, List.of(usage), REGION, units, Map.of(), description);
    }

    /** The API's spellings of one unit (lower case), each read as the catalog's {@code unit}. */
    private static Map<String, String> units(String unit, String... apiSpellings) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String spelling : apiSpellings) {
            map.put(spelling, unit);
        }
        return map;
    }

    /** "Hrs", "Hours", "Hour": one hour of what the key counts (an instance, a cluster, a gateway). */
    private static Map<String, String> hours(String unit) {
        return units(unit, "hrs", "hours", "hour");
    }
}
