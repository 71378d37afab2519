package dev.costfit.glue;

import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.profile.Workload;
import dev.costfit.units.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The units of work the glue sees in a month: messages (requests, events or job tasks) and deliveries (a failing
 * message is delivered again at each further attempt), and the rate hour by hour (each rate standing for
 * {@code hours} hours of the month), for what depends on the rate rather than the count (empty receives, X-Ray's
 * one-a-second reservoir).
 */
record Work(double messages, double deliveries, List<Rate> rates) {

    /** A rate per second that holds for {@code hours} hours of the month. */
    record Rate(double perSecond, double hours) {}

    Work {
        rates = List.copyOf(rates);
    }

    static Work of(Profile profile) {
        double messages = profile.workPerMonth();
        boolean delivered = profile.trigger() == Trigger.QUEUE || profile.trigger() == Trigger.EVENT;
        double deliveries = messages * (delivered ? profile.glue().delivery().deliveriesPerMessage() : 1);
        List<Rate> rates = new ArrayList<>();
        if (profile.workload() instanceof Workload.Service service) {
            dev.costfit.profile.Traffic t = service.traffic();
            dev.costfit.model.TrafficPattern pattern = dev.costfit.model.TrafficPattern.of(t.pattern());
            for (int h = 0; h < pattern.hours(); h++) {
                rates.add(new Rate(t.rate().perSecond() * pattern.weight(h), pattern.monthHoursPerPatternHour()));
            }
        } else {
            rates.add(new Rate(messages / Month.SECONDS, Month.HOURS));
        }
        return new Work(messages, deliveries, rates);
    }

    /** Σ over the month's hours of f(rate) × 3600: a per-second quantity made a monthly count. */
    double monthly(java.util.function.DoubleUnaryOperator perSecond) {
        return rates.stream().mapToDouble(r -> perSecond.applyAsDouble(r.perSecond()) * 3600 * r.hours()).sum();
    }
}
