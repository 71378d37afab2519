package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.units.TimeSpan;
import dev.costfit.yaml.DefaultUsed;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One workload profile (format version 1, DESIGN §2), fully resolved: every default is applied and listed in
 * {@link #defaultsUsed()}, so the engine never sees a null or has to guess.
 *
 * <p>{@code timeout} is the timeout the profile states: a service's always (it is required), a job's only where it
 * states one. A job without one has no timeout of its own: each platform's maximum run time bounds its tasks on the
 * setting chosen, and latency.max_slowdown their speed ({@link #timeoutOr}).
 */
public record Profile(
        String name,
        String description,
        Kind kind,
        String region,
        Optional<String> gcpRegion,
        List<String> regions,
        Workload workload,
        TimeSpan cpuTime,
        int threads,
        Optional<MeasuredOn> measuredOn,
        DataSize memory,
        OptionalDouble vcpu,
        Optional<TimeSpan> timeout,
        Optional<Gpu> gpu,
        int concurrencyPerInstance,
        int minInstances,
        boolean ha,
        Architecture architecture,
        Runtime runtime,
        Payload payload,
        Optional<DataSize> storage,
        Trigger trigger,
        FrontDoor frontDoor,
        Network network,
        Glue glue,
        Optional<LatencySlo> latency,
        Percent maxSlowdown,
        ColdStartOverride coldStart,
        Optional<Llm> llm,
        OptionalDouble budget,
        PricingOption pricing,
        PlatformKnobs platforms,
        Set<Cloud> clouds,
        Ranges ranges,
        List<DefaultUsed> defaultsUsed,
        SourceMap source) {

    public Profile {
        regions = List.copyOf(regions);
        defaultsUsed = List.copyOf(defaultsUsed);
        clouds = Set.copyOf(clouds);
    }

    /** Disk the work needs (0 when the profile states none: every platform's default disk is enough). */
    public DataSize storageNeeded() {
        return storage.orElse(new DataSize(0));
    }

    /** Wall time of one unit of work: the mean request duration, or a job task's duration. */
    public TimeSpan meanDuration() {
        if (workload instanceof Workload.Service service) {
            return service.duration().mean();
        }
        return ((Workload.Job) workload).schedule().duration();
    }

    /** The longest one unit of work is stated to take (for timeouts). */
    public TimeSpan longestDuration() {
        if (workload instanceof Workload.Service service) {
            return service.duration().longest();
        }
        return ((Workload.Job) workload).schedule().duration();
    }

    /**
     * The longest one unit of work may run on a platform whose own maximum run time is {@code platformMost}: the
     * stated timeout, or, for a job that states none, the platform's maximum.
     */
    public TimeSpan timeoutOr(TimeSpan platformMost) {
        return timeout.orElse(platformMost);
    }

    /**
     * The timeout of a service, which always states one (the reader requires it): what pipelines and batches of
     * queued messages, which only services have, are held to.
     *
     * @throws IllegalStateException for a job that states none
     */
    public TimeSpan serviceTimeout() {
        return timeout.orElseThrow(() -> new IllegalStateException("the job " + name + " states no timeout"));
    }

    /** Units of work (requests, or job tasks) in a 730-hour month. */
    public double workPerMonth() {
        if (workload instanceof Workload.Service service) {
            return service.traffic().rate().perMonth();
        }
        return ((Workload.Job) workload).schedule().tasksPerMonth();
    }

    /** A copy with another workload (sweeps and break-even searches vary the load of one profile). */
    public Profile withWorkload(Workload other) {
        return copy(other, cpuTime, memory, timeout, concurrencyPerInstance, runtime, region);
    }

    /** A copy with another memory size (sweeps). */
    public Profile withMemory(DataSize other) {
        return copy(workload, cpuTime, other, timeout, concurrencyPerInstance, runtime, region);
    }

    /**
     * A copy whose instances serve {@code other} requests at once, as if the profile stated it (sweeps, a report's
     * note): containers then count their requests in flight against it and Lambda Managed Instances take it as an
     * environment's maximum, where a default concurrency_per_instance leaves both to the CPU and the runtime.
     */
    public Profile withConcurrency(int other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, other, minInstances, ha, architecture, runtime, payload, storage, trigger,
                frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget, pricing, platforms, clouds,
                ranges, stating("concurrency_per_instance"), source);
    }

    /**
     * A copy with another workload, CPU time and timeout together (sweeps of the duration keep them consistent); a
     * job without a timeout keeps none ({@code otherTimeout} empty).
     */
    public Profile withTiming(Workload otherWorkload, TimeSpan otherCpuTime, Optional<TimeSpan> otherTimeout) {
        return copy(otherWorkload, otherCpuTime, memory, otherTimeout, concurrencyPerInstance, runtime, region);
    }

    /**
     * A copy whose requests burn {@code other} of CPU, as if the profile stated it: the CPU model applies (a default
     * cpu_time is dropped from the defaults used) and the duration, the wall time at one vCPU, stays.
     */
    public Profile withCpuTime(TimeSpan other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, other, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, payload,
                storage, trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget, pricing,
                platforms, clouds, ranges, stating("cpu_time"), source);
    }

    /** The defaults used, less the field at {@code path}: a copy that gives it a value states it. */
    private List<DefaultUsed> stating(String path) {
        return defaultsUsed.stream().filter(d -> !d.path().equals(path)).toList();
    }

    /**
     * {@link #withCpuTime(TimeSpan)} for a pipeline: its steps burn {@code steps}' CPU, and the profile their sum, as
     * the reader makes it.
     */
    public Profile withCpuTime(Pipeline steps) {
        return withCpuTime(steps.cpuTime()).withPipeline(steps);
    }

    /**
     * Whether the fields hold together as the reader requires of a profile it loads: the CPU part of a request
     * fits in its wall time at one vCPU per thread, and a service's requests in flight at the busiest hour, with
     * its burst, stay within {@link Bounds#IN_FLIGHT}. Each value alone may be in range while their combination
     * is not (a map of cpu_time by duration, or of rate by duration).
     */
    public boolean consistent() {
        boolean cpuFits = cpuTime.seconds() / threads <= meanDuration().seconds() * (1 + 1e-9);
        if (workload instanceof Workload.Service s) {
            double inFlight = s.traffic().rate().perSecond() * s.traffic().pattern().peakWeight()
                    * s.traffic().burst() * s.duration().mean().seconds();
            return cpuFits && Bounds.IN_FLIGHT.holds(inFlight);
        }
        return cpuFits;
    }

    /** Whether cpu_time was left to its default (the whole request on the CPU). */
    public boolean cpuTimeDefaulted() {
        return defaulted("cpu_time");
    }

    /** Whether the field at {@code path} ("concurrency_per_instance") was left to its default, not stated. */
    public boolean defaulted(String path) {
        // A loop by index: every assessment asks (RequestTime), a stream's or an iterator's set-up is most of the work.
        for (int i = 0; i < defaultsUsed.size(); i++) {
            if (defaultsUsed.get(i).path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the CPU model of DESIGN §3 applies: the profile stated cpu_time, so costfit knows how much of a
     * request burns CPU and can convert its duration to the CPU each platform gives it. Without it, durations are
     * used as stated everywhere (as the providers' worked examples do).
     */
    public boolean cpuModel() {
        return !cpuTimeDefaulted();
    }

    /**
     * A copy whose unit of work is {@code n} of this one's, run one after another (a batch of queued messages in
     * one invocation): the payload in, the outbound bytes and the LLM calls of one unit are n times this one's.
     */
    public Profile perBatchOf(double n) {
        Payload batchPayload = new Payload(new DataSize(payload.request().bytes() * n), payload.response(),
                payload.streaming());
        Network batchNetwork = new Network(network.privateSubnets(), network.privateStated(),
                new DataSize(network.outboundPerRequest().bytes() * n), network.clients(),
                network.requestsPerConnection(), network.natShare());
        Optional<Llm> batchLlm = llm.map(l -> l.with(l.inputTokens(), l.outputTokens(),
                l.callsPerRequest() * n));
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, batchPayload,
                storage, trigger, frontDoor, batchNetwork, glue, latency, maxSlowdown, coldStart, batchLlm, budget,
                pricing, platforms, clouds, ranges, defaultsUsed, source);
    }

    /**
     * One step of this profile's pipeline as a function of its own: the step's workload, CPU, memory, timeout and
     * payload, with nothing in front of it (the orchestrator invokes it inside the VPC's reach), no NAT, no LLM
     * lines and no pipeline: those are priced once for the whole pipeline.
     */
    public Profile asStep(Workload stepWork, TimeSpan stepCpu, DataSize stepMemory, TimeSpan stepTimeout,
                          Payload stepPayload) {
        Network inside = new Network(false, false, new DataSize(0), Clients.VPC, network.requestsPerConnection(),
                network.natShare());
        return new Profile(name, description, kind, region, gcpRegion, regions, stepWork, stepCpu, threads, measuredOn,
                stepMemory, vcpu, Optional.of(stepTimeout), gpu, concurrencyPerInstance, minInstances, ha, architecture,
                runtime, stepPayload, storage, trigger, FrontDoor.NONE, inside, glue.withoutPipeline(), latency,
                maxSlowdown, coldStart, Optional.empty(), budget, pricing, platforms, clouds, Ranges.NONE, defaultsUsed,
                source);
    }

    /**
     * The running steps of this profile's pipeline as one function serving them all (Lambda Managed Instances: the
     * orchestrator invokes it once per step): as {@link #asStep}, but in the profile's subnets, where its instances
     * run; no outbound bytes and no internet clients, as the request's network is priced once for the pipeline.
     */
    public Profile asStepsFunction(Workload stepsWork, TimeSpan stepsCpu, DataSize stepsMemory, TimeSpan stepsTimeout,
                                   Payload stepsPayload) {
        Network inside = new Network(network.privateSubnets(), network.privateStated(), new DataSize(0), Clients.VPC,
                network.requestsPerConnection(), network.natShare());
        return new Profile(name, description, kind, region, gcpRegion, regions, stepsWork, stepsCpu, threads,
                measuredOn, stepsMemory, vcpu, Optional.of(stepsTimeout), gpu, concurrencyPerInstance, minInstances, ha,
                architecture, runtime, stepsPayload, storage, trigger, FrontDoor.NONE, inside, glue.withoutPipeline(),
                latency, maxSlowdown, coldStart, Optional.empty(), budget, pricing, platforms, clouds, Ranges.NONE,
                defaultsUsed, source);
    }

    /**
     * A copy whose service takes {@code otherWorkload}'s time, burns {@code otherCpuTime} and runs the pipeline
     * {@code otherPipeline}, its steps' timing (a map's or a sweep's duration, which a pipeline's steps make).
     */
    public Profile withTiming(Workload otherWorkload, TimeSpan otherCpuTime, Optional<TimeSpan> otherTimeout,
                              Pipeline otherPipeline) {
        return withTiming(otherWorkload, otherCpuTime, otherTimeout).withPipeline(otherPipeline);
    }

    /** A copy running the pipeline {@code other} (its steps' timing or CPU changed). */
    private Profile withPipeline(Pipeline other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, payload,
                storage, trigger, frontDoor, network, glue.withPipeline(other), latency, maxSlowdown, coldStart, llm,
                budget, pricing, platforms, clouds, ranges, defaultsUsed, source);
    }

    /** A copy whose queued messages are delivered as {@code other} (a cloud's bounds on the attempts). */
    public Profile withDelivery(Delivery other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, payload,
                storage, trigger, frontDoor, network, glue.withDelivery(other), latency, maxSlowdown, coldStart, llm,
                budget, pricing, platforms, clouds, ranges, defaultsUsed, source);
    }

    /** A copy whose requests carry {@code other} (what passes a door that sees only part of the request). */
    public Profile withPayload(Payload other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, other,
                storage, trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget, pricing,
                platforms, clouds, ranges, defaultsUsed, source);
    }

    /** A copy whose LLM calls are {@code other} (a --ranges scenario's tokens and calls). */
    public Profile withLlm(Llm other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, payload,
                storage, trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, Optional.of(other), budget,
                pricing, platforms, clouds, ranges, defaultsUsed, source);
    }

    /** A copy with another runtime (what-if comparisons). */
    public Profile withRuntime(Runtime other) {
        return copy(workload, cpuTime, memory, timeout, concurrencyPerInstance, other, region);
    }

    /** A copy that runs on either architecture (a report's note on what arm64 would cost). */
    public Profile withArchitecture(Architecture other) {
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, other, runtime, payload, storage,
                trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget, pricing, platforms,
                clouds, ranges, defaultsUsed, source);
    }

    /**
     * A copy with Lambda SnapStart on, as if the profile stated it (a report's note on what it would cost). Only
     * where the reader would take it: a runtime SnapStart supports, and no number of provisioned concurrency.
     */
    public Profile withSnapStart() {
        PlatformKnobs.Lambda lambda = platforms.lambda();
        if (!SnapStart.RUNTIMES.contains(runtime) || lambda.provisionedConcurrency().orElse(0) > 0) {
            throw new IllegalStateException("SnapStart cannot be turned on for " + runtime.spelling()
                    + (lambda.provisionedConcurrency().orElse(0) > 0 ? " with provisioned concurrency" : ""));
        }
        PlatformKnobs knobs = new PlatformKnobs(new PlatformKnobs.Lambda(lambda.provisionedConcurrency(), SnapStart.ON),
                platforms.fargate(), platforms.eks(), platforms.cloudFunctionsGen2());
        return new Profile(name, description, kind, region, gcpRegion, regions, workload, cpuTime, threads, measuredOn,
                memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime, payload,
                storage, trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget, pricing,
                knobs, clouds, ranges, stating(ProfileFormat.SNAPSTART.path()), source);
    }

    /**
     * A copy priced in another Google region, as if the profile stated gcp_region (a report's note on a Tier 1 region
     * close by).
     */
    public Profile withGcpRegion(String other) {
        return new Profile(name, description, kind, region, Optional.of(other), regions, workload, cpuTime, threads,
                measuredOn, memory, vcpu, timeout, gpu, concurrencyPerInstance, minInstances, ha, architecture, runtime,
                payload, storage, trigger, frontDoor, network, glue, latency, maxSlowdown, coldStart, llm, budget,
                pricing, platforms, clouds, ranges, stating(ProfileFormat.GCP_REGION.path()), source);
    }

    /** A copy in another AWS region (the --region option). */
    public Profile withRegion(String otherRegion) {
        return copy(workload, cpuTime, memory, timeout, concurrencyPerInstance, runtime, otherRegion);
    }

    /** The fields sweeps and options vary; everything else is kept. */
    private Profile copy(Workload w, TimeSpan cpu, DataSize mem, Optional<TimeSpan> t, int concurrency,
                         Runtime rt, String reg) {
        return new Profile(name, description, kind, reg, gcpRegion, regions, w, cpu, threads, measuredOn, mem, vcpu, t,
                gpu, concurrency, minInstances, ha, architecture, rt, payload, storage, trigger, frontDoor, network, glue,
                latency,
                maxSlowdown, coldStart, llm, budget, pricing, platforms, clouds, ranges, defaultsUsed, source);
    }
}
