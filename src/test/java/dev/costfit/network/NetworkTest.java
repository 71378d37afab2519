package dev.costfit.network;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.platform.LambdaPlatform;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.model.HourlyLoad;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import dev.costfit.units.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front doors, NAT and egress against Infracost's golden figures (worked-examples.md) and reference §6. */
class NetworkTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Profile profile(String extra) {
        return TestProfiles.parse("name: n\ntraffic: {rate: 25/s}\nduration: 1s\nmemory: 512MB\ntimeout: 10s\n" + extra);
    }

    private static HourlyLoad load(Profile p) {
        Workload.Service s = (Workload.Service) p.workload();
        return HourlyLoad.of(s.traffic(), s.duration().mean());
    }

    /**
     * An HTTP API and a function URL are public endpoints: callers in the VPC reach them through their NAT or
     * internet gateway, and the note says what a private door costs instead; internet callers are told nothing.
     */
    @Test
    void callersInTheVpcAreToldTheFunctionsFrontDoorIsPublic() {
        java.util.function.Function<String, String> note = extra -> FrontDoorPlan.forFunctions(profile(extra),
                CATALOG, TimeSpan.ofSeconds(1)).note().orElseThrow();
        assertThat(note.apply("network: {clients: vpc}\n")).startsWith("front door: API Gateway HTTP API")
                .contains("the callers are in the VPC (network.clients: vpc) and reach this public endpoint through "
                        + "their NAT or internet gateway: front_door: alb prices an internal Application Load "
                        + "Balancer instead");
        assertThat(note.apply("")).doesNotContain("callers are in the VPC");
        assertThat(FrontDoorPlan.forFunctions(profile("network: {clients: vpc}\nfront_door: alb\n"), CATALOG,
                TimeSpan.ofSeconds(1)).note()).isEmpty();
    }

    /**
     * A timeout beyond API Gateway's 30 s says requests may run that long: the door is a function URL whatever the
     * stated durations, so a request growing from 30.0 s to 30.1 s no longer drops the HTTP API's fee and makes the
     * month fall (an expert review's finding). Within 30 s, the HTTP API.
     */
    @Test
    void aTimeoutBeyondApiGatewaysPicksAFunctionUrlWhateverTheDurations() {
        java.util.function.BiFunction<String, Double, FrontDoor> door = (timeout, longest) -> FrontDoorPlan
                .forFunctions(TestProfiles.parse("name: n\ntraffic: {rate: 25/s}\nduration: 1s\nmemory: 512MB\n"
                        + "timeout: " + timeout + "\n"), CATALOG, TimeSpan.ofSeconds(longest)).door();
        assertThat(door.apply("90s", 20.0)).isEqualTo(FrontDoor.FUNCTION_URL);
        assertThat(door.apply("90s", 30.0)).isEqualTo(door.apply("90s", 30.1)).isEqualTo(FrontDoor.FUNCTION_URL);
        assertThat(door.apply("30s", 20.0)).isEqualTo(FrontDoor.API_GATEWAY_HTTP);
        assertThat(door.apply("10s", 1.0)).isEqualTo(FrontDoor.API_GATEWAY_HTTP);
    }

    @Test
    void albHoursAre1642AMonth() {
        // Infracost golden: ALB 730 h -> $16.42 (730 x $0.0225 = 16.425, rounded half to even).
        CostLine hours = LoadBalancer.lines(profile(""), load(profile("")), false, true, "us-east-1", CATALOG).get(0);
        assertThat(hours.quantity()).isEqualTo(730);
        assertThat(Money.format(hours.monthlyCost())).isEqualTo("$16.42");
    }

    @Test
    void thousandLcuHoursAre8Dollars() {
        // Infracost golden: 1,000 LCU-h -> $8.00.
        assertThat(CostLines.single("LCU", 1000, CATALOG.price("alb.lcu", "us-east-1")).monthlyCost())
                .isCloseTo(8.00, within(1e-9));
    }

    @Test
    void lcusAreTheLargestDimensionEachHour() {
        // 25 new connections/s = 1 LCU; 1 s requests keep 25 active (far under 3,000); 2 KB each = 0.17 GB/h.
        Profile p = profile("");
        double bytes = p.payload().request().bytes() + p.payload().response().bytes();
        assertThat(LoadBalancer.lcuHours(load(p), bytes, 1, false, CATALOG)).isCloseTo(730, within(1e-6));
        // 1 MB per request at 25/s = 87.9 GB/h: processed bytes dominate; Lambda targets count 0.4 GB per LCU.
        double big = DataSize.MIB;
        double perHour = 25 * 3600 * big / DataSize.GIB;
        assertThat(LoadBalancer.lcuHours(load(p), big, 1, false, CATALOG)).isCloseTo(perHour * 730, within(1e-6));
        assertThat(LoadBalancer.lcuHours(load(p), big, 1, true, CATALOG)).isCloseTo(perHour / 0.4 * 730, within(1e-6));
    }

    @Test
    void servicesInTheVpcReuseConnectionsSoBytesNotNewConnectionsSetTheLcus() {
        // 20,000/s, 1 KB in and 1 KB out. Internet clients, a connection per request: 20,000 / 25 = 800 LCU an
        // hour. Callers in the VPC, 100 requests per pooled connection: 200 new connections a second = 8 LCU;
        // 20,000 x 3,600 x 2 KB = 137.33 GiB an hour = 137.33 LCU (1 GB per LCU-hour) sets the bill instead.
        Profile internet = TestProfiles.parse("name: n\ntraffic: {rate: 20000/s}\nduration: 20ms\nmemory: 512MB\n"
                + "timeout: 10s\n");
        Profile vpc = TestProfiles.parse("name: n\ntraffic: {rate: 20000/s}\nduration: 20ms\nmemory: 512MB\n"
                + "timeout: 10s\nnetwork: {clients: vpc}\n");
        assertThat(vpc.network().requestsPerConnection()).isEqualTo(100);
        assertThat(internet.network().requestsPerConnection()).isEqualTo(1);
        double bytes = 2 * DataSize.KIB;
        assertThat(LoadBalancer.lcuHours(load(internet), bytes, 1, false, CATALOG)).isCloseTo(800 * 730.0,
                within(1e-6));
        double perHour = 20_000 * 3600 * bytes / DataSize.GIB;
        assertThat(LoadBalancer.lcuHours(load(vpc), bytes, 100, false, CATALOG)).isCloseTo(perHour * 730,
                within(1e-6));
        // The line the platforms bill uses the profile's figure.
        CostLine lcu = LoadBalancer.lines(vpc, load(vpc), false, true, "us-east-1", CATALOG).get(1);
        assertThat(lcu.quantity()).isCloseTo(perHour * 730, within(1e-6));
    }

    /**
     * Behind API Gateway the ALB is internal (a VPC link reaches it) and has no public address: $0 of public IPv4 for
     * it on Fargate and EKS. As the door internet clients reach it spans two zones, each with an address: 2 x 730 h
     * = 1,460 address-hours x $0.005 = $7.30 a month (pricing-reference.md, public IPv4).
     */
    @Test
    void anAlbBehindApiGatewayIsInternalAndPaysNoPublicAddresses() {
        String base = "name: n\ntraffic: {rate: 25/s}\nduration: 1s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 10s\n";
        for (String id : List.of("fargate", "eks")) {
            dev.costfit.platform.Platform platform = dev.costfit.platform.Platforms.byId(id).orElseThrow();
            for (String door : List.of("api-gateway-http", "api-gateway-rest")) {
                Assessment behind = dev.costfit.platform.Platforms.assess(platform, TestProfiles.parse(base
                        + "front_door: " + door + "\n"), LIST);
                assertThat(behind.lines()).as(id + " " + door).anyMatch(l -> l.key().equals("alb.hours"))
                        .noneMatch(l -> l.key().equals("vpc.public-ipv4:alb"));
            }
            Assessment alb = dev.costfit.platform.Platforms.assess(platform, TestProfiles.parse(base
                    + "front_door: alb\n"), LIST);
            CostLine addresses = alb.lines().stream().filter(l -> l.key().equals("vpc.public-ipv4:alb"))
                    .findFirst().orElseThrow();
            assertThat(addresses.quantity()).as(id).isCloseTo(1460, within(1e-9));
            assertThat(addresses.monthlyCost()).as(id).isCloseTo(7.30, within(1e-9));
        }
    }

    /** In private subnets the report says what the NAT figures leave out; in public subnets it says nothing. */
    @Test
    void privateSubnetsSayImagePullsAndCrossZoneNatTrafficAreNotPriced() {
        String base = "name: n\ntraffic: {rate: 1/s}\nduration: 1s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 10s\n";
        String said = "private subnets (network.private: true): pulling the container image through a NAT gateway "
                + "(no ECR VPC endpoint) and NAT traffic that crosses zones are not priced";
        for (String id : List.of("fargate", "eks")) {
            dev.costfit.platform.Platform platform = dev.costfit.platform.Platforms.byId(id).orElseThrow();
            assertThat(dev.costfit.platform.Platforms.assess(platform, TestProfiles.parse(base), LIST).assumptions())
                    .as(id).contains(said);
            assertThat(dev.costfit.platform.Platforms.assess(platform, TestProfiles.parse(base
                    + "network: {private: false}\n"), LIST).assumptions()).as(id).doesNotContain(said);
        }
    }

    @Test
    void aLambdaTheProfilePutsInTheVpcPaysANatGatewayToCallOut() {
        // Outside a VPC (network.private left to its default) Lambda calls the LLM API directly; with
        // network.private: true stated it runs in private subnets and pays the NAT gateway, as containers do.
        String base = "name: n\ntraffic: {rate: 1/s}\nduration: 2s\nmemory: 512MB\ntimeout: 10s\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100}\n";
        Assessment outside = new LambdaPlatform().assess(TestProfiles.parse(base), LIST);
        assertThat(outside.lines()).noneMatch(l -> l.component().startsWith("NAT gateway"));
        Assessment inside = new LambdaPlatform().assess(TestProfiles.parse(base + "network: {private: true}\n"), LIST);
        assertThat(inside.lines()).anySatisfy(l -> {
            assertThat(l.component()).isEqualTo("NAT gateway");
            assertThat(Money.format(l.monthlyCost())).isEqualTo("$32.85");
        });
    }

    @Test
    void natGatewayIs3285AMonthAnd450Per100Gb() {
        // Infracost golden: NAT gateway 730 h -> $32.85; 100 GB processed -> $4.50.
        Profile p = profile("network: {outbound_per_request: 1KB}\n");
        NetworkTraffic traffic = new NetworkTraffic(100 * DataSize.GIB / DataSize.KIB, 0, DataSize.KIB, 0, 0, false);
        List<CostLine> lines = NatGateway.lines(p, traffic, "us-east-1", CATALOG);
        assertThat(lines.get(0).monthlyCost()).isCloseTo(32.85, within(1e-9));
        assertThat(lines.get(1).quantity()).isCloseTo(100, within(1e-9));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(4.50, within(1e-9));
    }

    /**
     * A VPC's services usually share one NAT gateway: network.nat_share bills the workload its share of the hours and
     * of the gateway's address, and every byte it sends through it. Infracost's golden NAT month ($32.85, 730 h ×
     * $0.045) at 25%: 182.5 h, $8.2125, and the address 182.5 h × $0.005 = $0.9125; two zones (ha) twice that; at 0%,
     * the bytes alone. Where the share is left to its default, a report's note says the hours count in full.
     */
    @Test
    void aSharedNatGatewayBillsItsShareOfTheHoursAndEveryByte() {
        NetworkTraffic traffic = new NetworkTraffic(100 * DataSize.GIB / DataSize.KIB, 0, DataSize.KIB, 0, 0, false);
        List<CostLine> quarter = NatGateway.lines(profile("network: {outbound_per_request: 1KB, nat_share: 25%}\n"),
                traffic, "us-east-1", CATALOG);
        assertThat(quarter).extracting(CostLine::component).containsExactly("NAT gateway, 25% share",
                "NAT gateway data processed", "Public IPv4 address of the NAT gateway");
        assertThat(quarter.get(0).quantity()).isCloseTo(182.5, within(1e-9));
        assertThat(quarter.get(0).monthlyCost()).isCloseTo(8.2125, within(1e-9));
        assertThat(quarter.get(1).monthlyCost()).isCloseTo(4.50, within(1e-9));
        assertThat(quarter.get(2).monthlyCost()).isCloseTo(0.9125, within(1e-9));
        List<CostLine> zones = NatGateway.lines(profile("ha: true\nnetwork: {outbound_per_request: 1KB, "
                + "nat_share: 25%}\n"), traffic, "us-east-1", CATALOG);
        assertThat(zones.get(0).component()).isEqualTo("NAT gateways (one per zone), 25% share");
        assertThat(zones.get(0).monthlyCost()).isCloseTo(2 * 8.2125, within(1e-9));
        List<CostLine> none = NatGateway.lines(profile("network: {outbound_per_request: 1KB, nat_share: 0%}\n"),
                traffic, "us-east-1", CATALOG);
        assertThat(none).extracting(CostLine::component).containsExactly("NAT gateway data processed");

        String base = "name: n\ntraffic: {rate: 1/s}\nduration: 2s\ncpu_time: 100ms\nmemory: 512MB\n"
                + "timeout: 10s\nllm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100}\n";
        dev.costfit.platform.Platform fargate = dev.costfit.platform.Platforms.byId("fargate").orElseThrow();
        Assessment full = dev.costfit.platform.Platforms.assess(fargate, TestProfiles.parse(base), LIST);
        Assessment shared = dev.costfit.platform.Platforms.assess(fargate, TestProfiles.parse(base
                + "network: {nat_share: 25%}\n"), LIST);
        assertThat(full.platformCost() - shared.platformCost()).isCloseTo(0.75 * 730 * (0.045 + 0.005),
                within(1e-9));
        assertThat(full.notes()).contains("the NAT gateway's hours and address count in full ($36.50 a month, a "
                + "gateway of its own); most VPCs share their NAT gateways among their services: set "
                + "network.nat_share to this workload's share");
        assertThat(shared.notes()).noneMatch(n -> n.contains("nat_share"));
        assertThat(dev.costfit.platform.Platforms.assess(fargate, TestProfiles.parse(base), LIST.searching()).notes())
                .as("a search").noneMatch(n -> n.contains("nat_share"));
    }

    @Test
    void restApiFirst333MillionRequestsAre116550() {
        // Infracost golden: REST API 333M requests -> $1,165.50.
        List<CostLine> lines = ApiGateway.lines(FrontDoor.API_GATEWAY_REST, 333e6, DataSize.ofMiB(0), "us-east-1",
                CATALOG);
        assertThat(lines).hasSize(1);
        assertThat(Money.format(lines.get(0).monthlyCost())).isEqualTo("$1,165.50");
    }

    @Test
    void restApiTiersContinueAt667MillionAnd19Billion() {
        // Infracost golden rows: next 667M $1,867.60; next 19,000M $45,220.00; over 20B, 1,000M $1,510.00.
        List<CostLine> lines = ApiGateway.lines(FrontDoor.API_GATEWAY_REST, 21e9, DataSize.ofMiB(0), "us-east-1",
                CATALOG);
        assertThat(lines).extracting(l -> Money.format(l.monthlyCost()))
                .containsExactly("$1,165.50", "$1,867.60", "$45,220.00", "$1,510.00");
    }

    @Test
    void httpApiIs300ForTheFirst300MillionAnd630ForTheNext700Million() {
        // Infracost golden: HTTP API first 300M -> $300.00; over 300M, 700M -> $630.00.
        List<CostLine> lines = ApiGateway.lines(FrontDoor.API_GATEWAY_HTTP, 1e9, DataSize.ofMiB(0), "us-east-1",
                CATALOG);
        assertThat(lines).extracting(l -> Money.format(l.monthlyCost())).containsExactly("$300.00", "$630.00");
        assertThat(lines.get(1).quantity()).isCloseTo(700e6, within(1e-3));
    }

    @Test
    void anHttpApiMetersEachRequestIn512KbIncrements() {
        // AWS whitepaper "Best Practices for Designing Amazon API Gateway Private APIs and Private Integration",
        // Cost optimization, Table 4: "HTTP APIs are metered in 512 KB increments". 1M requests at $1.00/M:
        // 512 KB is 1 each ($1.00); 513 KB is ceil(513 / 512) = 2 each ($2.00); 1,025 KB is 3 ($3.00); none is 0.
        double[][] cases = {{0, 1}, {512, 1}, {513, 2}, {1025, 3}};
        for (double[] c : cases) {
            List<CostLine> lines = ApiGateway.lines(FrontDoor.API_GATEWAY_HTTP, 1e6, DataSize.ofMiB(c[0] / 1024),
                    "us-east-1", CATALOG);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).quantity()).as(c[0] + " KB").isCloseTo(c[1] * 1e6, within(1e-6));
            assertThat(lines.get(0).monthlyCost()).as(c[0] + " KB").isCloseTo(c[1], within(1e-9));
        }
        // A REST API counts every request once whatever its size: 1M x $3.50/M.
        assertThat(ApiGateway.lines(FrontDoor.API_GATEWAY_REST, 1e6, DataSize.ofMiB(5), "us-east-1", CATALOG).get(0)
                .quantity()).isCloseTo(1e6, within(1e-6));
    }

    @Test
    void aLambdaBehindAnHttpApiPaysTwoRequestsFor513Kb() {
        // 25/s x 2,628,000 s = 65,700,000 requests of 513 KB, 2 each: 131,400,000 x $1.00/M = $131.40.
        Assessment a = new LambdaPlatform().assess(profile("payload: {request: 513KB}\n"), LIST);
        CostLine apigw = a.lines().stream().filter(l -> l.component().startsWith("API Gateway HTTP API"))
                .findFirst().orElseThrow();
        assertThat(apigw.quantity()).isCloseTo(131_400_000, within(1e-3));
        assertThat(apigw.monthlyCost()).isCloseTo(131.40, within(1e-9));
        assertThat(apigw.component()).isEqualTo("API Gateway HTTP API requests (2 per 513 KB request: metered in "
                + "512 KB increments)");
    }

    @Test
    void egressFirstTierIs92160For10Tb() {
        // Infracost golden (eu-west-1): 10,240 GB out to the internet -> $921.60.
        NetworkTraffic traffic = new NetworkTraffic(10240, DataSize.GIB, 0, 0, 0, true);
        List<CostLine> lines = InternetEgress.lines(traffic, "eu-west-1", LIST);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).monthlyCost()).isCloseTo(921.60, within(1e-9));
    }

    @Test
    void egressFreeTierTakes100GbOnlyWhenAsked() {
        NetworkTraffic traffic = new NetworkTraffic(150, DataSize.GIB, 0, 0, 0, true);
        assertThat(InternetEgress.lines(traffic, "us-east-1", LIST).get(0).quantity()).isCloseTo(150, within(1e-9));
        assertThat(InternetEgress.lines(traffic, "us-east-1", new PricingContext(CATALOG, true)).get(0).quantity())
                .isCloseTo(50, within(1e-9));
    }

    @Test
    void responsesToClientsInsideTheVpcAreNotEgressButLlmPromptsAre() {
        Profile internal = profile("network: {clients: vpc}\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100}\n");
        NetworkTraffic traffic = NetworkTraffic.of(internal, CATALOG);
        // 1,000 tokens x 4 bytes per call, 25/s for a month.
        assertThat(traffic.egressGb()).isCloseTo(4000.0 * 25 * 730 * 3600 / DataSize.GIB, within(1e-6));
        assertThat(traffic.natGb()).isCloseTo(4400.0 * 25 * 730 * 3600 / DataSize.GIB, within(1e-6));
    }

    @Test
    void autoFrontDoorForLambdaIsTheHttpApiUnlessRequestsOutlast30Seconds() {
        assertThat(FrontDoorPlan.forFunctions(profile(""), CATALOG, TimeSpan.ofSeconds(1)).door())
                .isEqualTo(FrontDoor.API_GATEWAY_HTTP);
        Profile slow = TestProfiles.parse("name: n\ntraffic: {rate: 1/s}\nduration: {mean: 10s, p99: 45s}\n"
                + "memory: 512MB\ntimeout: 60s\n");
        FrontDoorPlan plan = FrontDoorPlan.forFunctions(slow, CATALOG, slow.longestDuration());
        assertThat(plan.door()).isEqualTo(FrontDoor.FUNCTION_URL);
        // The p99 is no bound: mean 10 s, p99 45 s fit σ = 2.3263 − √(2.3263² − 2 ln 4.5) = 0.77595, and
        // Q((ln 3 + 0.30105) / 0.77595) = Q(1.8038) = 3.6% of the requests run past 30 s.
        assertThat(plan.note().orElseThrow()).contains("because the p99, 45 s, outlasts API Gateway's 30 s "
                + "integration timeout (no max is stated, and about 3.6% of requests run past 30 s by the log-normal "
                + "fitted to the stated durations)");
        Profile queued = profile("trigger: queue\n");
        assertThat(FrontDoorPlan.forFunctions(queued, CATALOG, queued.longestDuration()).door())
                .isEqualTo(FrontDoor.NONE);
        // HTTP API buffers responses: a streaming function gets a function URL.
        Profile streaming = profile("payload: {response: 1MB, streaming: true}\n");
        assertThat(FrontDoorPlan.forFunctions(streaming, CATALOG, streaming.longestDuration()).door())
                .isEqualTo(FrontDoor.FUNCTION_URL);
        assertThat(FrontDoorPlan.forContainers(profile(""), CATALOG).door()).isEqualTo(FrontDoor.ALB);
    }

    @Test
    void anHttpApiInFrontOfLongRequestsIsAHardViolationAndRestIsAQuota() {
        Profile http = TestProfiles.parse("name: n\ntraffic: {rate: 1/s}\nduration: {mean: 10s, p99: 45s}\n"
                + "memory: 512MB\ntimeout: 60s\nfront_door: api-gateway-http\n");
        Assessment a = new LambdaPlatform().assess(http, LIST);
        assertThat(a.feasible()).isFalse();
        assertThat(a.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("API Gateway HTTP API integration timeout");
            assertThat(v.workaround()).contains("function URL");
        });
        Profile rest = TestProfiles.parse("name: n\ntraffic: {rate: 1/s}\nduration: {mean: 10s, p99: 45s}\n"
                + "memory: 512MB\ntimeout: 60s\nfront_door: api-gateway-rest\n");
        Assessment r = new LambdaPlatform().assess(rest, LIST);
        assertThat(r.feasible()).isTrue();
        assertThat(r.violations()).anySatisfy(v -> assertThat(v.severity()).isEqualTo(LimitCheck.Severity.QUOTA));
    }

    @Test
    void lambdaGetsItsApiGatewayLineFromTheSameCode() {
        Assessment a = new LambdaPlatform().assess(profile(""), LIST);
        CostLine apigw = a.lines().stream().filter(l -> l.component().startsWith("API Gateway HTTP API"))
                .findFirst().orElseThrow();
        assertThat(apigw.quantity()).isCloseTo(25 * 730 * 3600, within(1e-3));
        assertThat(apigw.unitPrice()).isEqualTo(0.000001);
        Assessment url = new LambdaPlatform().assess(profile("front_door: function-url\n"), LIST);
        assertThat(url.lines()).noneMatch(l -> l.component().startsWith("API Gateway"));
    }
}
