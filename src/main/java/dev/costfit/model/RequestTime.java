package dev.costfit.model;

import dev.costfit.profile.Profile;

/**
 * How long one unit of work (a request, a job task) takes with the CPU a platform gives it — DESIGN §3. Its
 * {@code reference} duration was measured with at least one full vCPU per thread; {@code cpu} seconds of it burn
 * the CPU and the rest waits (I/O, an LLM API). With s vCPU the CPU part takes cpu / min(threads, s): the request
 * takes {@code wait + cpu / min(threads, s)}, which is what bills and what the caller waits. Never s = vCPU / n for
 * n requests sharing an instance: a request that waits does not hold the CPU.
 *
 * <p>Without a stated cpu_time ({@code cpuModel} false) nothing is known about the CPU part, and the duration is
 * used as stated whatever the CPU (the providers' own worked examples price memory × duration that way).
 *
 * <p>The slowdown latency.max_slowdown bounds is against the duration as {@code measured} (DESIGN §3: "within a
 * stated slowdown of its measured duration"): the stated mean where the profile says where it was measured
 * (measured_on), so that setting is never refused for being slower than itself; otherwise the reference, which is
 * then the stated duration too.
 *
 * <p>A platform may hold a request longer than its work whatever the CPU ({@code floor}: Lambda streams a
 * response at most 2 MBps beyond its first 6 MB, and the function runs until its stream ends). The request then
 * takes the longer of the two, and that is what bills and what the caller waits; it is not a slowdown of the work
 * (no setting shortens it), so {@link #slowdownAt} leaves it out.
 *
 * @param reference seconds at the reference (the mean)
 * @param longest   the longest stated (max, p99, p95 or the mean), at the reference
 * @param measured  the mean as measured: at the CPU of measured_on, else the reference
 * @param floor     the least seconds a request lasts whatever its CPU; 0 where nothing holds it longer
 */
public record RequestTime(double reference, double longest, double cpu, int threads, boolean cpuModel,
                          double measured, double floor) {

    public static RequestTime of(Profile profile) {
        double mean = profile.meanDuration().seconds();
        // cpu_time is CPU-seconds: on several threads it may exceed the wall time, up to threads × the mean.
        RequestTime atReference = new RequestTime(mean, profile.longestDuration().seconds(),
                Math.min(profile.cpuTime().seconds(), mean * profile.threads()), profile.threads(),
                profile.cpuModel(), mean, 0);
        // The profile's durations were converted to the reference (Reference): back at the CPU they were measured
        // with, the mean is the stated one again (a batch of n such requests: n times it).
        double measured = profile.measuredOn().map(on -> atReference.workAt(on.vcpu())).orElse(mean);
        return new RequestTime(atReference.reference, atReference.longest, atReference.cpu, atReference.threads,
                atReference.cpuModel, measured, 0);
    }

    /** This time, where every request lasts at least {@code seconds} whatever its CPU. */
    public RequestTime atLeast(double seconds) {
        return new RequestTime(reference, longest, cpu, threads, cpuModel, measured, Math.max(floor, seconds));
    }

    /** Seconds spent waiting, the same on every platform. */
    public double waiting() {
        return Math.max(0, reference - cpu / threads);
    }

    /** The CPU share the request's CPU part runs at with {@code vcpu} available to it. */
    public double share(double vcpu) {
        return Math.min(threads, vcpu);
    }

    /** Mean seconds with {@code vcpu} available to the request: its work, at least the floor. */
    public double at(double vcpu) {
        return Math.max(floor, workAt(vcpu));
    }

    /** Mean seconds the request's own work (CPU and waiting) takes with {@code vcpu}, whatever the floor. */
    public double workAt(double vcpu) {
        if (!cpuModel || vcpu >= threads) {
            return reference;
        }
        return waiting() + cpu / share(vcpu);
    }

    /** Whether the floor, not the work, decides how long a request takes with {@code vcpu}. */
    public boolean floorBindsAt(double vcpu) {
        return floor > workAt(vcpu);
    }

    /** The longest request with {@code vcpu}: its work (the longest stated, stretched as the mean), or the floor. */
    public double longestAt(double vcpu) {
        return Math.max(floor, longestWorkAt(vcpu));
    }

    /** The longest request's own work with {@code vcpu}, whatever the floor. */
    public double longestWorkAt(double vcpu) {
        return longest * workAt(vcpu) / reference;
    }

    /** How much slower than measured the work is, as a fraction (0.25 = 25% slower); the floor is no slowdown. */
    public double slowdownAt(double vcpu) {
        return slowdownOf(workAt(vcpu));
    }

    /** How much slower than measured a mean request of {@code seconds} is, as a fraction (negative: faster). */
    public double slowdownOf(double seconds) {
        return seconds / measured - 1;
    }

    /**
     * The least vCPU that keeps the mean within {@code maxSlowdown} of the measured mean and the longest request
     * within {@code timeoutSeconds}: the two hard limits every setting is held to (SpeedLimits). The longest
     * stretches as the mean does, so the timeout bounds the mean at reference × timeout / longest; the tighter of
     * the two binds. A platform whose settings run in fine steps (Lambda's megabytes, Cloud Run's thousandths of a
     * vCPU) prices the least of them that meets both: the cheapest, as a request that waits costs more the more it
     * is given.
     */
    public double vcpuWithin(double maxSlowdown, double timeoutSeconds) {
        double byTimeout = longest > 0 ? reference * timeoutSeconds / longest : Double.POSITIVE_INFINITY;
        return vcpuForMean(Math.min(measured * (1 + maxSlowdown), byTimeout));
    }

    /** The least vCPU whose mean takes at most {@code seconds}; 0 when any will do. */
    private double vcpuForMean(double seconds) {
        if (!cpuModel || cpu <= 0) {
            return 0;
        }
        double room = seconds - waiting();
        return room <= 0 ? Double.POSITIVE_INFINITY : Math.min(threads, cpu / room);
    }
}
