package dev.costfit.profile;

import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * Durations converted to costfit's reference (DESIGN §3): measured with at least one full vCPU per thread of the
 * request's CPU part. A request that had s vCPU where it was measured spent cpu_time / min(threads, s) on its CPU
 * part; at the reference it spends cpu_time / threads, and waits the same. Percentiles scale with the mean.
 */
final class Reference {

    private Reference() {
    }

    static Workload convert(Workload measured, TimeSpan cpuTime, int threads, MeasuredOn on) {
        double saved = cpuTime.seconds() / Math.min(threads, on.vcpu()) - cpuTime.seconds() / threads;
        if (measured instanceof Workload.Service service) {
            DurationProfile d = service.duration();
            double ratio = (d.mean().seconds() - saved) / d.mean().seconds();
            DurationProfile converted = new DurationProfile(scale(d.mean(), ratio), scale(d.p50(), ratio),
                    scale(d.p95(), ratio), scale(d.p99(), ratio), scale(d.max(), ratio));
            return new Workload.Service(service.traffic(), converted);
        }
        Schedule s = ((Workload.Job) measured).schedule();
        return new Workload.Job(new Schedule(s.runs(), s.tasks(), TimeSpan.ofSeconds(s.duration().seconds() - saved)));
    }

    private static TimeSpan scale(TimeSpan value, double ratio) {
        return TimeSpan.ofSeconds(value.seconds() * ratio);
    }

    private static Optional<TimeSpan> scale(Optional<TimeSpan> value, double ratio) {
        return value.map(v -> scale(v, ratio));
    }
}
