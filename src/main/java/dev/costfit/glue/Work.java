package dev.costfit.glue;

import dev.costfit.model.TrafficPattern;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.profile.Workload;
import dev.costfit.units.Month;
import java.util.stream.IntStream;

/**
 * The units of work the glue sees in a month: messages (requests, events or job tasks) and deliveries (a failing
 * message is delivered again at each further attempt), and the rate hour by hour, for what depends on the rate
 * rather than the count (empty receives, X-Ray's one-a-second reservoir): a service's rate in each hour of its
 * pattern, a job's runs spread evenly over the month.
 *
 * @param perSecond the service's rate, or the job's messages a second of the month
 * @param pattern   the service's traffic pattern; null for a job
 */
record Work(double messages, double deliveries, double perSecond, TrafficPattern pattern) {

    static Work of(Profile profile) {
        double messages = profile.workPerMonth();
        boolean delivered = profile.trigger() == Trigger.QUEUE || profile.trigger() == Trigger.EVENT;
        double deliveries = messages * (delivered ? profile.glue().delivery().deliveriesPerMessage() : 1);
        if (profile.workload() instanceof Workload.Service service) {
            dev.costfit.profile.Traffic t = service.traffic();
            return new Work(messages, deliveries, t.rate().perSecond(), TrafficPattern.of(t.pattern()));
        }
        return new Work(messages, deliveries, messages / Month.SECONDS, null);
    }

    /**
     * Σ over the month's hours of f(rate) × 3600: a per-second quantity made a monthly count. Each pattern hour's
     * rate stands for its share of the month's hours; only the glue that depends on the rate asks (SQS, X-Ray), so
     * the hours are not listed for every assessment.
     */
    double monthly(java.util.function.DoubleUnaryOperator f) {
        if (pattern == null) {
            return f.applyAsDouble(perSecond) * 3600 * Month.HOURS;
        }
        double hours = pattern.monthHoursPerPatternHour();
        return IntStream.range(0, pattern.hours())
                .mapToDouble(h -> f.applyAsDouble(perSecond * pattern.weight(h)) * 3600 * hours).sum();
    }
}
