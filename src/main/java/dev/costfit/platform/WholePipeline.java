package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.units.TimeSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline run whole by one service — a Fargate task, an EKS pod — rather than step by step
 * ({@link PipelineAssessment}, {@link StepsOnOneFunction}): a request takes the pipeline's critical path in one
 * instance, so the instance must hold the memory of the largest step as well as the profile's (a step's memory is
 * what it needs; the profile's is every other step's). A step that fits no such instance then makes the platform
 * unfit, with the platform's own memory limit saying by how much. No orchestrator holds a step that only waits: the
 * request does, open through the wait, as far as whatever stands in front of the service lets it ({@link #held}).
 */
final class WholePipeline {

    private WholePipeline() {
    }

    /** The profile as one service runs it: its memory at least its largest step's; any other profile as it is. */
    static Profile sized(Profile profile) {
        return largestStep(profile).filter(step -> step.memory().orElseThrow().isLargerThan(profile.memory()))
                .map(step -> profile.withMemory(step.memory().orElseThrow())).orElse(profile);
    }

    /**
     * {@code own}, the assessment of {@link #sized}'s profile, saying how it runs the pipeline of {@code profile}:
     * the memory its instances were sized for (also where it does not fit: the limit it breaks names that memory)
     * and, where it is usable, the time and CPU of a request.
     */
    static Assessment described(Assessment own, Profile profile) {
        if (profile.glue().pipeline().isEmpty()) {
            return own;
        }
        Optional<PipelineStep> largest = largestStep(profile);
        boolean raised = largest.isPresent() && largest.get().memory().orElseThrow().isLargerThan(profile.memory());
        Assessment described = own.withAssumption("one instance runs every step of the pipeline, so it is sized "
                + "for the largest step: " + (raised ? largest.get().memory().orElseThrow().display()
                + " of memory (step " + largest.get().name() + "'s), more than the profile's "
                + profile.memory().display() : "the profile's " + profile.memory().display() + " of memory, which "
                + "holds every step's"));
        if (!own.usable()) {
            return described;
        }
        List<PipelineStep> waits = profile.glue().pipeline().orElseThrow().waits();
        return described.withNote("runs the whole pipeline in one service: a request takes its critical path, "
                + profile.meanDuration().display() + (waits.isEmpty() ? "" : ", open through the wait of "
                + String.join(", ", waits.stream().map(PipelineStep::name).toList()) + " (no orchestrator holds "
                + "it)") + ", and burns the steps' CPU, " + profile.cpuTime().display()
                + (profile.cpuModel() ? "" : " (no step states cpu_time" + (waits.isEmpty() ? ")"
                : "; the waits burn none)")));
    }

    /**
     * {@code own} with the check that the service can hold its requests through the pipeline's longest wait: a
     * request that waits sends nothing, and a load balancer in front (an ALB, or the one API Gateway's VPC link
     * reaches) closes a connection idle past its idle timeout, which goes up to 4,000 s
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html). A
     * person's approval of hours cannot be parked so; Step Functions holds it without compute, on functions.
     * Where nothing waits, or nothing stands in front (a queue's workers), {@code own} as it is.
     */
    static Assessment held(Assessment own, Profile profile, Catalog catalog) {
        Optional<PipelineStep> longest = profile.glue().pipeline().flatMap(p -> p.waits().stream()
                .max(Comparator.comparingDouble(s -> s.longest().seconds())));
        if (longest.isEmpty() || FrontDoorPlan.forContainers(profile, catalog).door() == FrontDoor.NONE) {
            return own;
        }
        PipelineStep wait = longest.get();
        TimeSpan idle = catalog.durationLimit("alb.idle-timeout.max");
        LimitCheck check = LimitCheck.of(!wait.longest().isLongerThan(idle), LimitCheck.Severity.HARD,
                "wait held in the request", () -> wait.longest().display() + " (step " + wait.name() + ", a "
                        + wait.waiting().orElseThrow().spelling() + ": one service runs the pipeline as one request)",
                () -> idle.display() + " (the load balancer's idle timeout at most: a waiting request sends nothing)",
                "run the steps on functions (Lambda, Lambda Managed Instances), where the orchestrator holds the "
                        + "wait without compute; a container service that Step Functions calls step by step is not "
                        + "priced here").atEveryRate();
        return own.withShared(List.of(), List.of(check));
    }

    /** The step stating the most memory, if any states it. */
    private static Optional<PipelineStep> largestStep(Profile profile) {
        return profile.glue().pipeline().map(Pipeline::steps).flatMap(steps -> steps.stream()
                .filter(s -> s.memory().isPresent())
                .max(Comparator.comparingDouble(s -> s.memory().orElseThrow().bytes())));
    }
}
