package dev.costfit.model;

import dev.costfit.profile.AtOnce;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;

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
 * <p>A batch of n queued messages run at once (delivery.batch_handling: concurrent) lasts its slowest message: its
 * {@code reference} is that expected maximum, whose CPU part stretches as one message's does (the slowest waits
 * longest, then burns the same cpu_time). But its n messages' CPU, n × cpu, shares the vCPU the handler's threads
 * get, so it lasts at least n × cpu / min(threads, s) — the handler awaits them together on its own threads (an
 * event loop: Promise.all, asyncio.gather). Which of the two binds depends on the setting.
 *
 * @param reference seconds at the reference (the mean)
 * @param longest   the longest stated (max, p99, p95 or the mean), at the reference
 * @param measured  the mean as measured: at the CPU of measured_on, else the reference
 * @param floor     the least seconds a request lasts whatever its CPU; 0 where nothing holds it longer
 * @param atOnce    messages run at once in the mean unit of work, and in the busiest hour's ({@link AtOnce#ONE}: a
 *                  request alone)
 */
public record RequestTime(double reference, double longest, double cpu, int threads, boolean cpuModel,
                          double measured, double floor, AtOnce atOnce) {

    public static RequestTime of(Profile profile) {
        double mean = profile.meanDuration().seconds();
        // cpu_time is CPU-seconds: on several threads it may exceed the wall time, up to threads × the mean.
        AtOnce atOnce = profile.workload() instanceof Workload.Service s ? s.duration().atOnce() : AtOnce.ONE;
        RequestTime atReference = new RequestTime(mean, profile.longestDuration().seconds(),
                Math.min(profile.cpuTime().seconds(), mean * profile.threads()), profile.threads(),
                profile.cpuModel(), mean, 0, atOnce);
        // The profile's durations were converted to the reference (Reference): back at the CPU they were measured
        // with, the mean is the stated one again (a batch of n such requests: n times it). Without measured_on the
        // reference is where it was measured: a request's mean, or a batch run at once with the threads' vCPU (its
        // CPU together may hold it longer than its slowest message).
        double measured = profile.measuredOn().map(on -> atReference.workAt(on.vcpu()))
                .orElseGet(() -> atReference.workAt(profile.threads()));
        return new RequestTime(atReference.reference, atReference.longest, atReference.cpu, atReference.threads,
                atReference.cpuModel, measured, 0, atOnce);
    }

    /** This time, where every request lasts at least {@code seconds} whatever its CPU. */
    public RequestTime atLeast(double seconds) {
        return new RequestTime(reference, longest, cpu, threads, cpuModel, measured, Math.max(floor, seconds),
                atOnce);
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
        return Math.max(stretchedAt(vcpu), togetherAt(atOnce.mean(), vcpu));
    }

    /** The work as its CPU part stretches on less than a vCPU a thread. */
    private double stretchedAt(double vcpu) {
        if (!cpuModel || vcpu >= threads) {
            return reference;
        }
        return waiting() + cpu / share(vcpu);
    }

    /**
     * The least {@code messages} run at once last for their CPU together: n × cpu over the handler's share of
     * {@code vcpu}; 0 for a request alone (its own CPU is within its stretched time) or where no CPU is stated.
     */
    private double togetherAt(double messages, double vcpu) {
        return cpuModel && messages > 1 ? messages * cpu / share(vcpu) : 0;
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
        return Math.max(longest * stretchedAt(vcpu) / reference, togetherAt(atOnce.busiest(), vcpu));
    }

    /** {@code requests}, stated at the reference, at the speed they were measured at: their mean the measured one. */
    public LongestRequest asMeasured(LongestRequest requests) {
        return requests.atMean(measured);
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
     * is given. Where the longest stated is a p95 or p99, the timeout also bounds the share of {@code requests} past
     * it ({@link LongestRequest#mostMeanWithin}), as SpeedLimits checks it.
     *
     * @param requests the requests' stated durations ({@link LongestRequest#of}), at the reference
     */
    public double vcpuWithin(double maxSlowdown, double timeoutSeconds, LongestRequest requests) {
        double byTimeout = Math.min(longest > 0 ? reference * timeoutSeconds / longest : Double.POSITIVE_INFINITY,
                requests.mostMeanWithin(timeoutSeconds, asMeasured(requests)));
        double bySpeed = measured * (1 + maxSlowdown);
        double stretched = vcpuForMean(Math.min(bySpeed, byTimeout));
        if (!cpuModel || !(atOnce.busiest() > 1) || cpu <= 0) {
            return stretched;
        }
        // Messages at once: their CPU together must also end within both (at most the threads' vCPU helps).
        double together = Math.max(atOnce.mean() * cpu / bySpeed, atOnce.busiest() * cpu / timeoutSeconds);
        return Math.max(stretched, together <= threads * (1 + 1e-9) ? together : Double.POSITIVE_INFINITY);
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
