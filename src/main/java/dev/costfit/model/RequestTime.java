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
 * <p>A platform may hold a request longer than its work whatever the CPU ({@code floor}: Lambda streams a
 * response at most 2 MBps beyond its first 6 MB, and the function runs until its stream ends). The request then
 * takes the longer of the two, and that is what bills and what the caller waits; it is not a slowdown of the work
 * (no setting shortens it), so {@link #slowdownAt} leaves it out.
 *
 * @param reference seconds at the reference (the mean)
 * @param longest   the longest stated (max, p99, p95 or the mean), at the reference
 * @param floor     the least seconds a request lasts whatever its CPU; 0 where nothing holds it longer
 */
public record RequestTime(double reference, double longest, double cpu, int threads, boolean cpuModel,
                          double floor) {

    public static RequestTime of(Profile profile) {
        // cpu_time is CPU-seconds: on several threads it may exceed the wall time, up to threads × the mean.
        return new RequestTime(profile.meanDuration().seconds(), profile.longestDuration().seconds(),
                Math.min(profile.cpuTime().seconds(), profile.meanDuration().seconds() * profile.threads()),
                profile.threads(), profile.cpuModel(), 0);
    }

    /** This time, where every request lasts at least {@code seconds} whatever its CPU. */
    public RequestTime atLeast(double seconds) {
        return new RequestTime(reference, longest, cpu, threads, cpuModel, Math.max(floor, seconds));
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
        return workAt(vcpu) / reference - 1;
    }

    /**
     * The least vCPU that keeps the mean within {@code maxSlowdown} and the longest request within
     * {@code timeoutSeconds}: the two hard limits every setting is held to (SpeedLimits). The longest stretches as
     * the mean does, so the timeout is a slowdown of its own, timeout / longest − 1; the tighter of the two binds.
     * A platform whose settings run in fine steps (Lambda's megabytes, Cloud Run's thousandths of a vCPU) prices
     * the least of them that meets both: the cheapest, as a request that waits costs more the more it is given.
     */
    public double vcpuWithin(double maxSlowdown, double timeoutSeconds) {
        double byTimeout = longest > 0 ? timeoutSeconds / longest - 1 : Double.POSITIVE_INFINITY;
        return vcpuFor(Math.min(maxSlowdown, byTimeout));
    }

    /** The least vCPU that keeps the request within {@code maxSlowdown} (a fraction); 0 when any will do. */
    public double vcpuFor(double maxSlowdown) {
        if (!cpuModel || cpu <= 0) {
            return 0;
        }
        double room = reference * (1 + maxSlowdown) - waiting();
        return room <= 0 ? Double.POSITIVE_INFINITY : Math.min(threads, cpu / room);
    }
}
