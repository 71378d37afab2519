package dev.costfit.platform;

import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.ColdStartModel;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.Poisson;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.LatencySlo;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Runtime;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cold starts of a function platform over the month, hour by hour ({@link ColdStartModel} in each hour, plus the
 * environments a rising hour adds and those recycled at the end of their lifetime), and the instances kept warm
 * (provisioned concurrency, minimum instances) that a latency SLO needs.
 */
final class ColdStartPlan {

    /** Latency of a cold start grows as memory (and so CPU) shrinks for runtimes whose start is CPU-bound. */
    private static final double[][] CPU_BOUND_FACTOR = {{128, 5.0}, {256, 2.7}, {512, 1.5}, {1024, 1.0}};

    private final HourlyLoad load;
    private final double keepAlive;
    private final int capacity;
    private final double lifetime;
    /** Steady states already solved, by hourly rate and instances kept (patterns repeat their hours). */
    private final Map<Key, ColdStartModel.Result> cache = new HashMap<>();

    private record Key(double rate, int kept) {}

    /**
     * @param load      the hourly load with the billed duration as W
     * @param lifetime  seconds an environment lives however busy (infinite where instances are not recycled)
     */
    ColdStartPlan(HourlyLoad load, double keepAlive, int capacity, double lifetime) {
        this.load = load;
        this.keepAlive = keepAlive;
        this.capacity = capacity;
        this.lifetime = lifetime;
    }

    /** Cold starts a month and the share of requests, with {@code kept[h]} instances warm in pattern hour h. */
    record Outcome(double coldPerMonth, double share, double worstHourShare, int[] kept) {}

    Outcome evaluate(int[] kept) {
        List<HourlyLoad.Hour> hours = load.hours();
        double cold = 0;
        double requests = 0;
        double worst = 0;
        for (int h = 0; h < hours.size(); h++) {
            HourlyLoad.Hour hour = hours.get(h);
            double hourRequests = hour.rate() * 3600;
            double hourCold = coldInHour(h, kept[h]);
            if (hourRequests > 0) {
                worst = Math.max(worst, hourCold / hourRequests);
            }
            cold += hourCold * hour.monthHours();
            requests += hourRequests * hour.monthHours();
        }
        return new Outcome(cold, requests == 0 ? 0 : cold / requests, worst, kept.clone());
    }

    /** The fewest instances to keep warm in each hour so that at most {@code target} of its requests start cold. */
    int[] keptPerHour(double target, int floor) {
        int[] kept = new int[load.hours().size()];
        for (int h = 0; h < kept.length; h++) {
            HourlyLoad.Hour hour = load.hours().get(h);
            double requests = hour.rate() * 3600;
            int low = floor;
            int high = Math.max(floor, (int) Math.ceil((hour.inFlight() + 10 * Math.sqrt(hour.inFlight()) + 10)
                    / capacity));
            if (requests == 0 || coldInHour(h, low) <= target * requests) {
                kept[h] = low;
                continue;
            }
            while (low < high) {
                int mid = (low + high) / 2;
                if (coldInHour(h, mid) <= target * requests) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            kept[h] = low;
        }
        return kept;
    }

    /** One number of instances for every hour (Cloud Run's minimum instances cannot follow the clock). */
    int keptAllMonth(double target, int floor) {
        int most = floor;
        for (int k : keptPerHour(target, floor)) {
            most = Math.max(most, k);
        }
        return most;
    }

    /** Cold starts in one pattern hour: steady state, recycled environments, and the scale-up from the hour before. */
    private double coldInHour(int h, int kept) {
        List<HourlyLoad.Hour> hours = load.hours();
        HourlyLoad.Hour hour = hours.get(h);
        ColdStartModel.Result now = result(hour, kept);
        ColdStartModel.Result before = result(hours.get((h - 1 + hours.size()) % hours.size()), 0);
        double steady = hour.rate() * 3600 * now.coldShare();
        double recycled = Double.isInfinite(lifetime) ? 0 : 3600 * Math.max(0, now.pool() - kept) / lifetime;
        double scaleUp = Math.max(0, now.pool() - Math.max(before.pool(), kept));
        return steady + recycled + scaleUp;
    }

    private ColdStartModel.Result result(HourlyLoad.Hour hour, int kept) {
        return cache.computeIfAbsent(new Key(hour.rate(), kept), k -> ColdStartModel.steadyState(hour.rate(),
                hour.inFlight() / Math.max(hour.rate(), Double.MIN_VALUE), keepAlive, capacity, kept));
    }

    /** E[min(X, N)]: requests in flight served by N provisioned environments. */
    static double servedByKept(double inFlight, int kept) {
        if (kept == 0) {
            return 0;
        }
        Poisson x = Poisson.withMean(inFlight);
        double served = 0;
        double tail = 1;
        for (int k = 0; k < kept; k++) {
            tail -= x.probability(k);
            served += Math.max(0, tail); // E[min(X, N)] = sum_{k=0}^{N-1} P(X > k)
        }
        return served;
    }

    /** End-to-end latency of a cold start on a function platform ("lambda", "gcf2", "gcf1"). */
    static TimeSpan latency(String platform, Profile profile, Catalog catalog, double memoryMb) {
        if (profile.coldStart().init().isPresent()) {
            return profile.coldStart().init().get();
        }
        TimeSpan base = (TimeSpan) catalog.estimate("coldstart." + platform + "." + profile.runtime().spelling()
                + ".latency").value();
        return TimeSpan.ofSeconds(base.seconds() * cpuBoundFactor(profile.runtime(), memoryMb));
    }

    /** INIT duration Lambda bills on each cold start (since 1 August 2025). */
    static TimeSpan lambdaInit(Profile profile, Catalog catalog, double memoryMb) {
        if (profile.coldStart().init().isPresent()) {
            return profile.coldStart().init().get();
        }
        TimeSpan base = (TimeSpan) catalog.estimate("coldstart.lambda." + profile.runtime().spelling() + ".init")
                .value();
        return TimeSpan.ofSeconds(base.seconds() * cpuBoundFactor(profile.runtime(), memoryMb));
    }

    static TimeSpan keepAlive(String platform, Profile profile, Catalog catalog) {
        return profile.coldStart().keepAlive()
                .orElseGet(() -> (TimeSpan) catalog.estimate("keepalive." + platform).value());
    }

    /**
     * .NET starts several times slower with little memory (3.3 s at 128 MB, 0.65 s at 1 GB: mikhail.io's
     * measurements); JVM framework starts are CPU-bound too and get the same curve. Others do not depend on memory
     * (lambda-perf, coldstart-reference.md §1.2).
     */
    private static double cpuBoundFactor(Runtime runtime, double memoryMb) {
        if (runtime != Runtime.DOTNET && runtime != Runtime.JAVA) {
            return 1;
        }
        if (memoryMb >= CPU_BOUND_FACTOR[CPU_BOUND_FACTOR.length - 1][0]) {
            return 1;
        }
        if (memoryMb <= CPU_BOUND_FACTOR[0][0]) {
            return CPU_BOUND_FACTOR[0][1];
        }
        for (int i = 1; i < CPU_BOUND_FACTOR.length; i++) {
            if (memoryMb <= CPU_BOUND_FACTOR[i][0]) {
                double[] a = CPU_BOUND_FACTOR[i - 1];
                double[] b = CPU_BOUND_FACTOR[i];
                double t = Math.log(memoryMb / a[0]) / Math.log(b[0] / a[0]);
                return Math.exp(Math.log(a[1]) + t * (Math.log(b[1]) - Math.log(a[1])));
            }
        }
        return 1;
    }

    /** The SLO's sentence: "at most 1% of requests wait more than 1 s". */
    static String sloText(LatencySlo slo) {
        return "at most " + slo.coldStartShare().display() + " of requests wait more than "
                + slo.coldStartBudget().display() + " for a cold start";
    }

    /** "3–12 (mean 5.2)" for hour-by-hour instance counts weighted by the month. */
    String keptSummary(int[] kept) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        double weighted = 0;
        double hours = 0;
        for (int h = 0; h < kept.length; h++) {
            min = Math.min(min, kept[h]);
            max = Math.max(max, kept[h]);
            weighted += kept[h] * load.hours().get(h).monthHours();
            hours += load.hours().get(h).monthHours();
        }
        return Numbers.range(min, max) + (min == max ? "" : " (mean " + Numbers.significant(weighted / hours, 3) + ")");
    }

    /** Instance-hours a month of {@code kept} warm instances. */
    double keptHours(int[] kept) {
        double total = 0;
        for (int h = 0; h < kept.length; h++) {
            total += kept[h] * load.hours().get(h).monthHours();
        }
        return total;
    }

    HourlyLoad load() {
        return load;
    }

    /** A job's cold starts: each run's tasks start cold unless the previous run ended within the keep-alive. */
    static ColdStarts forJob(Profile profile, TimeSpan latency, TimeSpan keepAlive, String cause) {
        var schedule = ((dev.costfit.profile.Workload.Job) profile.workload()).schedule();
        double interval = 1 / schedule.runs().perSecond();
        double colds = interval > keepAlive.seconds() ? schedule.tasksPerMonth() : 0;
        return new ColdStarts(colds / schedule.tasksPerMonth(), colds, latency, keepAlive, true,
                List.of("each run's tasks start cold unless the previous run ended within the " + keepAlive.display()
                        + " keep-alive; each waits about " + latency.display() + " (" + cause + ")"));
    }

    /** Minimum instances of a function platform (the profile's, raised for the SLO), its cold starts, the check. */
    record Minimum(int kept, ColdStarts coldStarts, Optional<LimitCheck> slo) {}

    /**
     * Cloud Run functions keep {@code min_instances} warm all month; where the latency SLO needs more, the fewest
     * that meet it in every hour are kept instead.
     */
    static Minimum minimumInstances(String platform, Profile profile, Catalog catalog, double billedSeconds,
                                    int capacity, double memoryMb, int maxInstances) {
        TimeSpan latency = latency(platform, profile, catalog, memoryMb);
        TimeSpan keepAlive = keepAlive(platform, profile, catalog);
        String cause = profile.coldStart().init().isPresent() ? "the profile's cold_start.init"
                : profile.runtime().spelling() + " (estimate)";
        int floor = profile.minInstances();
        if (!(profile.workload() instanceof dev.costfit.profile.Workload.Service service)) {
            return new Minimum(floor, forJob(profile, latency, keepAlive, cause), Optional.empty());
        }
        HourlyLoad load = HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(billedSeconds));
        ColdStartPlan plan = new ColdStartPlan(load, keepAlive.seconds(), capacity, Double.POSITIVE_INFINITY);
        int hours = load.hours().size();
        Optional<LatencySlo> slo = profile.latency();
        Outcome unaided = plan.evaluate(filled(hours, floor));
        boolean needsHelp = slo.isPresent() && latency.isLongerThan(slo.get().coldStartBudget())
                && unaided.worstHourShare() > slo.get().coldStartShare().fraction();
        int kept = needsHelp ? Math.min(maxInstances, plan.keptAllMonth(slo.get().coldStartShare().fraction(), floor))
                : floor;
        Outcome outcome = plan.evaluate(filled(hours, kept));
        boolean met = slo.isEmpty() || !latency.isLongerThan(slo.get().coldStartBudget())
                || outcome.worstHourShare() <= slo.get().coldStartShare().fraction() + 1e-12;
        List<String> explanation = new ArrayList<>();
        explanation.add(Numbers.significant(outcome.share() * 100, 3) + "% of requests start cold (about "
                + Numbers.grouped(outcome.coldPerMonth(), 0) + " a month), each waiting about " + latency.display()
                + " (" + cause + "); idle instances kept about " + keepAlive.display() + " (estimate)");
        if (kept > floor) {
            explanation.add("min_instances raised from " + floor + " to " + kept + " to meet the latency SLO; "
                    + "without it " + Numbers.significant(unaided.share() * 100, 3) + "% would start cold");
        }
        Optional<LimitCheck> check = slo.map(target -> LimitCheck.of(met, LimitCheck.Severity.HARD,
                "cold-start latency SLO", sloText(target), Numbers.significant(outcome.worstHourShare() * 100, 3)
                        + "% in the worst hour wait " + latency.display() + (kept > 0 ? " with " + kept
                        + " minimum instances" : ""),
                "more minimum instances than the " + maxInstances + " allowed; run it on containers, which start "
                        + "ahead of demand"));
        return new Minimum(kept, new ColdStarts(outcome.share(), outcome.coldPerMonth(), latency, keepAlive, met,
                explanation), check);
    }

    /** Containers start ahead of demand: requests never wait for a start, a burst beyond the capacity does. */
    static ColdStarts forContainers(TimeSpan startup, String what) {
        return new ColdStarts(0, 0, startup, TimeSpan.ZERO, true, List.of("requests do not wait for " + what
                + " starts: they run ahead of demand, sized for the 99th percentile of requests in flight × the "
                + "burst; a burst beyond that waits about " + startup.display() + " (estimate) for new " + what
                + "s, or is shed if it overflows the queue"));
    }

    private static int[] filled(int length, int value) {
        int[] out = new int[length];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
