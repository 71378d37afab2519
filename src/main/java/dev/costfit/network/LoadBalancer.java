package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.LongestRequest;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.Clients;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Application Load Balancer (pricing-reference.md §6.3): ALB-hours plus LCU-hours, where an hour's LCUs are the
 * largest of its four dimensions: new connections (25/s per LCU), active connections (3,000 per LCU), processed
 * bytes (1 GB/h per LCU, 0.4 GB/h for Lambda targets) and rule evaluations (costfit assumes at most the 10 free
 * rules). New connections are requests ÷ network.requests_per_connection (1 for internet clients, 100 for
 * services in the VPC with keep-alive pools, by default); each request in flight holds one active connection.
 */
public final class LoadBalancer {

    /** An internet-facing ALB spans at least two zones, each with a public IPv4 address. */
    public static final int PUBLIC_ADDRESSES = 2;

    private LoadBalancer() {
    }

    /** The key of the capacity-unit line and its price: the one line of the load balancer that follows the load. */
    public static final String CAPACITY_UNITS = PriceKeys.ALB_CAPACITY_UNITS.name();

    /** LCU-hours in a month for a service's hourly load. */
    public static double lcuHours(HourlyLoad load, double bytesPerRequest, double requestsPerConnection,
                                  boolean lambdaTargets, Catalog catalog) {
        double perConnections = ((Rate) catalog.limit("alb.lcu.new-connections").value()).perSecond();
        double perActive = catalog.countLimit("alb.lcu.active-connections");
        double perGb = catalog.sizeLimit(lambdaTargets ? "alb.lcu.processed-lambda" : "alb.lcu.processed").gib();
        double total = 0;
        for (HourlyLoad.Hour hour : load.distinctHours()) {
            double newConnections = hour.rate() / requestsPerConnection / perConnections;
            double active = hour.inFlight() / perActive;
            double processed = hour.rate() * 3600 * bytesPerRequest / DataSize.GIB / perGb;
            total += Math.max(newConnections, Math.max(active, processed)) * hour.monthHours();
        }
        return total;
    }

    /**
     * @param publicDoor whether this ALB is the door clients reach: behind API Gateway (a VPC link) it is internal,
     *                   and an internal load balancer has no public address to bill
     */
    public static List<CostLine> lines(Profile profile, HourlyLoad load, boolean lambdaTargets, boolean publicDoor,
                                       String region, Catalog catalog) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(CostLines.single("Application Load Balancer", Month.HOURS,
                catalog.price(PriceKeys.ALB_HOURS, region)));
        double bytes = profile.payload().request().bytes() + profile.payload().response().bytes();
        lines.add(CostLines.single("Application Load Balancer capacity units",
                lcuHours(load, bytes, profile.network().requestsPerConnection(), lambdaTargets, catalog),
                catalog.price(PriceKeys.ALB_CAPACITY_UNITS, region)));
        if (publicDoor && profile.network().clients() == Clients.INTERNET) {
            lines.add(CostLines.single("vpc.public-ipv4:alb", "Public IPv4 addresses of the load balancer (2 zones)",
                    PUBLIC_ADDRESSES * Month.HOURS, catalog.price(PriceKeys.PUBLIC_IPV4, region)));
        }
        return lines;
    }

    /**
     * The ALB's idle timeout against the requests: "the period of time an existing client or target connection can
     * remain inactive, with no data being sent or received, before the load balancer closes the connection" (ELB
     * user guide, Application Load Balancer attributes, "Connection idle timeout"; "send at least 1 byte of data
     * before each idle timeout period elapses"). A response that waits for its work sends nothing until it is done, so
     * a request longer than the timeout is cut; a streamed one sends its bytes as they come, which keeps the
     * connection active, and is not held to it. Where the longest figure stated is a p95 or p99, not a bound, the
     * requests the fitted log-normal puts past the timeout are counted too ({@link LongestRequest#endsWithin}) —
     * where the profile's own timeout lets them run that long: a timeout within the idle timeout stops them first,
     * and what it stops is the setting's check (SpeedLimits), as for API Gateway's integration timeout.
     *
     * @param durations the profile's stated durations
     * @param longest   the longest request on the platform's setting
     * @param timeout   the profile's timeout (a job that states none: empty)
     * @param streamed  whether the response reaches the load balancer as a stream (a container's; an ALB buffers a
     *                  Lambda target's)
     */
    public static LimitCheck idleTimeout(DurationProfile durations, TimeSpan longest, Optional<TimeSpan> timeout,
                                         boolean streamed, Catalog catalog) {
        TimeSpan idle = catalog.durationLimit("alb.idle-timeout");
        if (streamed) {
            return LimitCheck.of(true, LimitCheck.Severity.ADVISORY, "ALB idle timeout",
                    () -> longest.display() + " (longest request), streamed (payload.streaming): its bytes keep the "
                            + "connection from idling", () -> idle.display() + " (default) without data sent or "
                            + "received", "raise the load balancer's idle timeout (up to 4,000 s)");
        }
        LongestRequest requests = LongestRequest.of(durations).at(longest.seconds());
        Optional<TimeSpan> within = timeout.filter(t -> !t.isLongerThan(idle));
        boolean ok = within.isPresent() ? !longest.isLongerThan(idle) : requests.endsWithin(idle.seconds());
        return LimitCheck.of(ok, LimitCheck.Severity.ADVISORY,
                "ALB idle timeout", () -> longest.display() + (requests.bounds() ? " (longest request)"
                        : " (the " + requests.name() + "; no max is stated, and " + within.map(t -> "the "
                        + t.display() + " timeout stops every request sooner").orElseGet(() -> requests.beyond(
                        idle.seconds())) + ")"),
                () -> idle.display() + " (default)", "raise the load balancer's idle timeout (up to 4,000 s)");
    }
}
