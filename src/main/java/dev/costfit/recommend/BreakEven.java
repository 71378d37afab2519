package dev.costfit.recommend;

import dev.costfit.model.Poisson;
import dev.costfit.model.TrafficPattern;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Schedule;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Workload;
import dev.costfit.units.Rate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request rate (run rate for jobs) at which the recommendation would change, below and above the profile's
 * own: scanned on a log grid from 0.001/s to 100,000/s — or to the rate where the requests in flight at the peak
 * hour reach what the model covers ({@link Poisson#MODELLED_MEAN}), if lower — each change refined by bisection
 * to 0.1%.
 *
 * @param lowest  the lowest rate scanned, per second
 * @param highest the highest rate scanned, per second
 */
public record BreakEven(Optional<Crossing> below, Optional<Crossing> above, double lowest, double highest) {

    public static final double LOWEST = 0.001;
    public static final double HIGHEST = 100_000;
    private static final int POINTS_PER_DECADE = 3;

    /** Where the recommendation goes from {@code from} (at lower rates) to {@code to} (at higher rates). */
    public record Crossing(Rate rate, String from, String to) {}

    /** The profile with its rate replaced (requests for a service, runs for a job). */
    public static Profile atRate(Profile profile, double perSecond) {
        if (profile.workload() instanceof Workload.Service s) {
            Traffic t = s.traffic();
            return profile.withWorkload(new Workload.Service(new Traffic(new Rate(perSecond), t.pattern(), t.burst()),
                    s.duration()));
        }
        Schedule schedule = ((Workload.Job) profile.workload()).schedule();
        return profile.withWorkload(new Workload.Job(new Schedule(new Rate(perSecond), schedule.tasks(),
                schedule.duration())));
    }

    public static double rateOf(Profile profile) {
        if (profile.workload() instanceof Workload.Service s) {
            return s.traffic().rate().perSecond();
        }
        return ((Workload.Job) profile.workload()).schedule().runs().perSecond();
    }

    /** @param recommended the id of the platform recommended for a profile ("none" if nothing fits) */
    public static BreakEven find(Profile profile, Function<Profile, String> recommended) {
        return find(profile, recommended.apply(atRate(profile, rateOf(profile))), recommended);
    }

    /** As above, where the recommendation at the profile's own rate is known ({@code here}, a report's). */
    public static BreakEven find(Profile profile, String here, Function<Profile, String> recommended) {
        double rate = rateOf(profile);
        double highest = Math.max(rate, Math.min(HIGHEST, modelled(profile)));
        Function<Double, String> at = r -> recommended.apply(atRate(profile, r));
        double step = Math.pow(10, 1.0 / POINTS_PER_DECADE);
        Optional<Crossing> below = Optional.empty();
        for (double upper = rate; upper > LOWEST; upper /= step) {
            double lower = Math.max(upper / step, LOWEST);
            String there = at.apply(lower);
            if (!there.equals(here)) {
                Bisection.Bracket<String> b = Bisection.narrow(new Bisection.Bracket<>(lower, there, upper, here),
                        at::apply, a -> a, Bisection.Scale.LOG, false);
                below = Optional.of(new Crossing(new Rate(b.high()), b.atLow(), here));
                break;
            }
        }
        Optional<Crossing> above = Optional.empty();
        for (double lower = rate; lower < highest; lower *= step) {
            double upper = Math.min(lower * step, highest);
            String there = at.apply(upper);
            if (!there.equals(here)) {
                Bisection.Bracket<String> b = Bisection.narrow(new Bisection.Bracket<>(lower, here, upper, there),
                        at::apply, a -> a, Bisection.Scale.LOG, true);
                above = Optional.of(new Crossing(new Rate(b.high()), here, b.atHigh()));
                break;
            }
        }
        return new BreakEven(below, above, LOWEST, highest);
    }

    /** The rate at which a service's peak-hour requests in flight, with the burst, reach the modelled limit. */
    private static double modelled(Profile profile) {
        if (!(profile.workload() instanceof Workload.Service s)) {
            return Double.POSITIVE_INFINITY;
        }
        double peakWeight = TrafficPattern.of(s.traffic().pattern()).peakWeight();
        return Poisson.MODELLED_MEAN / (peakWeight * s.traffic().burst() * s.duration().mean().seconds());
    }
}
