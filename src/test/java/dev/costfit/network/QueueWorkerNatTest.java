package dev.costfit.network;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.Recommender;
import dev.costfit.units.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A container queue worker in private subnets calls the SQS API itself (ReceiveMessage long polls,
 * DeleteMessageBatch, ChangeMessageVisibility), through a NAT gateway: an expert review found it priced with no path
 * to SQS, so Fargate looked cheaper than Lambda, whose event source mapping polls on the service side. Figures at
 * the catalog's us-east-1 prices: NAT gateway $0.045 an hour and $0.045 per GB processed (pricing-reference.md
 * §6.8), a public IPv4 address $0.005 an hour; GB are GiB (2^30 bytes), as every other line's.
 */
class QueueWorkerNatTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /** The review's profile: 2M messages a month of 2 s, 200 ms of CPU, 512 MB, the default 1 KB body. */
    private static final String WORKER = "name: worker\nregion: us-east-1\ntraffic: {rate: 2M/month}\n"
            + "duration: {mean: 2s}\ncpu_time: 200ms\nmemory: 512MB\ntimeout: 30s\n";

    private static final String WHY = "the containers poll SQS from private subnets through a NAT gateway "
            + "(network.private: true), which processes each message's body (payload.request, every delivery; the "
            + "API calls' own bytes are not counted); an SQS VPC interface endpoint (not priced) or public subnets "
            + "(network.private: false) avoid it";

    private static Assessment assess(String id, String yaml) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), TestProfiles.parse(yaml), LIST);
    }

    private static Optional<CostLine> line(Assessment a, String key) {
        return a.lines().stream().filter(l -> l.key().equals(key)).findFirst();
    }

    private static List<CostLine> natLines(Assessment a) {
        return a.lines().stream().filter(l -> l.key().startsWith("nat.") || l.key().equals("vpc.public-ipv4:nat"))
                .toList();
    }

    /**
     * 730 h × $0.045 = $32.85 for the gateway, 730 h × $0.005 = $3.65 for its address, and 2,000,000 bodies of
     * 1,024 B = 2,048,000,000 B / 2^30 = 1.9073486328125 GB × $0.045 = $0.0858306884765625 processed: $36.5858 on
     * top of the $20.43 Fargate was priced at without it, $57.02 — what costfit priced with
     * network.outbound_per_request: 1KB before. EKS pays the same lines.
     */
    @Test
    void aQueueWorkerOnContainersPaysTheNatGatewayItPollsSqsThrough() {
        double gb = 2_000_000 * 1024.0 / 1_073_741_824;
        assertThat(gb).isEqualTo(1.9073486328125);
        for (String id : List.of("fargate", "eks")) {
            Assessment a = assess(id, WORKER + "trigger: queue\n");
            CostLine hours = line(a, "nat.hours").orElseThrow();
            assertThat(hours.component()).as(id).isEqualTo("NAT gateway");
            assertThat(hours.quantity()).as(id).isEqualTo(730);
            assertThat(hours.monthlyCost()).as(id).isCloseTo(32.85, within(1e-9));
            assertThat(line(a, "vpc.public-ipv4:nat").orElseThrow().monthlyCost()).as(id).isCloseTo(3.65,
                    within(1e-9));
            CostLine data = line(a, "nat.data").orElseThrow();
            assertThat(data.quantity()).as(id).isCloseTo(gb, within(1e-12));
            assertThat(data.monthlyCost()).as(id).isCloseTo(0.0858306884765625, within(1e-12));
            assertThat(a.assumptions()).as(id).contains(WHY);
        }
        Assessment fargate = assess("fargate", WORKER + "trigger: queue\n");
        assertThat(Money.format(fargate.monthlyCost())).isEqualTo("$57.02");
        double withoutNat = fargate.monthlyCost() - natLines(fargate).stream().mapToDouble(CostLine::monthlyCost)
                .sum();
        assertThat(Money.format(withoutNat)).isEqualTo("$20.43");
        assertThat(fargate.notes()).contains("the NAT gateway's hours and address count in full ($36.50 a month, a "
                + "gateway of its own); most VPCs share their NAT gateways among their services: set "
                + "network.nat_share to this workload's share");
    }

    /** With the gateway priced, Fargate's $57.02 no longer beats Lambda's $44.35, which needs none. */
    @Test
    void theRecommendationFlipsToLambdaWhichPollsOnTheServiceSide() {
        Evaluator evaluator = new Evaluator(Platforms.all(), LIST,
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
        Assessment chosen = evaluator.evaluate(TestProfiles.parse(WORKER + "trigger: queue\n"), false)
                .recommendation().chosen().orElseThrow();
        assertThat(chosen.platform()).isEqualTo("lambda");
        assertThat(Money.format(chosen.monthlyCost())).isEqualTo("$44.35");
        assertThat(natLines(chosen)).isEmpty();
    }

    /**
     * Every delivery's body passes the gateway, whatever the batch (a receive of n messages returns n bodies): 64 KB
     * bodies, 10% failing 3 attempts, are 1 + 0.1 × 2 = 1.2 deliveries a message, 2,400,000 × 65,536 B =
     * 157,286,400,000 B = 146.484375 GB × $0.045 = $6.591796875; one message a receive moves the same bytes.
     */
    @Test
    void theGatewayProcessesEveryDeliverysBodyWhateverTheBatch() {
        String failing = WORKER + "trigger: queue\npayload: {request: 64KB}\n";
        for (String batch : List.of("10", "1")) {
            Assessment a = assess("fargate", failing + "delivery: {batch_size: " + batch
                    + ", attempts: 3, failing: 10%}\n");
            CostLine data = line(a, "nat.data").orElseThrow();
            assertThat(data.quantity()).as(batch).isCloseTo(146.484375, within(1e-9));
            assertThat(data.monthlyCost()).as(batch).isCloseTo(6.591796875, within(1e-9));
        }
    }

    /**
     * Events reach a container service through an SQS queue it polls (EventBridge does not invoke it), so they pay
     * the same gateway; the outbound calls' bytes and the bodies add up: 2M × (1,024 + 1,024) B = 3.814697265625 GB.
     */
    @Test
    void eventsThroughSqsPayItTooAndOutboundBytesAddToTheBodies() {
        Assessment events = assess("fargate", WORKER + "trigger: event\n");
        assertThat(line(events, "nat.data").orElseThrow().quantity()).isCloseTo(1.9073486328125, within(1e-12));
        assertThat(events.assumptions()).contains(WHY);
        Assessment both = assess("fargate", WORKER + "trigger: queue\nnetwork: {outbound_per_request: 1KB}\n");
        assertThat(line(both, "nat.data").orElseThrow().quantity()).isCloseTo(3.814697265625, within(1e-12));
        assertThat(both.assumptions()).contains(WHY).anyMatch(s -> s.startsWith("outbound calls leave the private "
                + "subnets through a NAT gateway"));
    }

    /**
     * The gateway's hours and address follow network.nat_share (25%: 182.5 h, $8.2125 and $0.9125) and ha (two
     * gateways: 1,460 h, $65.70 and $7.30); the bytes stay the workload's.
     */
    @Test
    void theSharedOrPerZoneGatewayIsPricedAsForOutboundCalls() {
        Assessment quarter = assess("fargate", WORKER + "trigger: queue\nnetwork: {nat_share: 25%}\n");
        CostLine hours = line(quarter, "nat.hours").orElseThrow();
        assertThat(hours.component()).isEqualTo("NAT gateway, 25% share");
        assertThat(hours.quantity()).isCloseTo(182.5, within(1e-9));
        assertThat(hours.monthlyCost()).isCloseTo(8.2125, within(1e-9));
        assertThat(line(quarter, "vpc.public-ipv4:nat").orElseThrow().monthlyCost()).isCloseTo(0.9125, within(1e-9));
        assertThat(line(quarter, "nat.data").orElseThrow().monthlyCost()).isCloseTo(0.0858306884765625,
                within(1e-12));
        Assessment zones = assess("fargate", WORKER + "trigger: queue\nha: true\n");
        CostLine two = line(zones, "nat.hours").orElseThrow();
        assertThat(two.component()).isEqualTo("NAT gateways (one per zone)");
        assertThat(two.quantity()).isEqualTo(1460);
        assertThat(two.monthlyCost()).isCloseTo(65.70, within(1e-9));
        assertThat(line(zones, "vpc.public-ipv4:nat").orElseThrow().monthlyCost()).isCloseTo(7.30, within(1e-9));
    }

    /** In public subnets the containers reach SQS directly: no gateway, and the assumption says so. */
    @Test
    void publicSubnetsNeedNoGateway() {
        for (String id : List.of("fargate", "eks")) {
            Assessment a = assess(id, WORKER + "trigger: queue\nnetwork: {private: false}\n");
            assertThat(natLines(a)).as(id).isEmpty();
            assertThat(a.assumptions()).as(id).doesNotContain(WHY).contains("containers in public subnets poll SQS "
                    + "directly: no NAT gateway, a public IPv4 address per task");
        }
    }

    /**
     * What polls no queue is unchanged: an HTTP service that calls nothing out, a scheduled job (its image pulls are
     * not modelled), and functions — Lambda's event source mapping polls SQS on the service side and an EventBridge
     * rule invokes it, so even a function the profile puts in the VPC pays no gateway for the queue; LMI alike.
     */
    @Test
    void whatPollsNoQueueIsUnchanged() {
        for (String id : List.of("fargate", "eks")) {
            assertThat(natLines(assess(id, WORKER))).as(id + " http").isEmpty();
            assertThat(natLines(assess(id, "name: nightly\nregion: us-east-1\nkind: job\n"
                    + "schedule: {runs: 30/month, tasks: 4, duration: 10min}\nmemory: 2GB\ntimeout: 30min\n")))
                    .as(id + " job").isEmpty();
        }
        for (String trigger : List.of("queue", "event")) {
            assertThat(natLines(assess("lambda", WORKER + "trigger: " + trigger + "\nnetwork: {private: true}\n")))
                    .as("lambda " + trigger).isEmpty();
            assertThat(natLines(assess("lambda-managed-instances", WORKER + "trigger: " + trigger + "\n")))
                    .as("lmi " + trigger).isEmpty();
        }
    }
}
