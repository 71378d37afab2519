package dev.costfit.profile;

/** The parts of costfit's model a profile field feeds (DESIGN §3), for the reference documentation. */
public enum Model {
    REPORT("reports", "how reports name, describe and match the profile (diff matches profiles by name)"),
    TRAFFIC("traffic and concurrency", "requests per hour over the pattern, and requests in flight by Little's law, "
            + "sized at the Poisson 99th percentile times the burst"),
    CPU("CPU model", "the CPU share each platform setting gives a request, and how long its CPU part then takes"),
    SIZING("settings and sizing", "the memory, tier, vCPU and task or pod size each platform is priced at, and how "
            + "many containers run"),
    LIMITS("limits", "each platform's hard limits: timeout, memory, vCPU, payload, storage, GPU, quotas"),
    COLD_STARTS("cold starts and the latency SLO", "the share of cold requests, their latency, and provisioned "
            + "concurrency or minimum instances that meet the SLO"),
    NETWORK("front door and network", "API Gateway, function URLs and load balancers; NAT gateways; data transfer "
            + "out"),
    GLUE("queues, events, logs and secrets", "the services around the compute: SQS or Pub/Sub, EventBridge, "
            + "CloudWatch Logs or Cloud Logging, X-Ray, Secrets Manager or Secret Manager"),
    LLM("LLM calls", "the tokens' cost and the provider's rate-limit check"),
    PRICES("prices and regions", "which regional prices and which platforms are compared"),
    POLICY("policies", "the --fail-on policies"),
    PLATFORM("platform knobs", "a setting of one platform");

    private final String title;
    private final String what;

    Model(String title, String what) {
        this.title = title;
        this.what = what;
    }

    public String title() {
        return title;
    }

    public String what() {
        return what;
    }
}
