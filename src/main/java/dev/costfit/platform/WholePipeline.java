package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import java.util.Comparator;
import java.util.Optional;

/**
 * A pipeline run whole by one service — a Fargate task, an EKS pod, a Lambda Managed Instances environment — rather
 * than step by step ({@link PipelineAssessment}): a request takes the pipeline's critical path in one instance, so
 * the instance must hold the memory of the largest step as well as the profile's (a step's memory is what it needs;
 * the profile's is every other step's). A step that fits no such instance then makes the platform unfit, with the
 * platform's own memory limit saying by how much.
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
        return described.withNote("runs the whole pipeline in one service: a request takes its critical path, "
                + profile.meanDuration().display() + ", and burns the steps' CPU, " + profile.cpuTime().display()
                + (profile.cpuModel() ? "" : " (no step states cpu_time)"));
    }

    /** The step stating the most memory, if any states it. */
    private static Optional<PipelineStep> largestStep(Profile profile) {
        return profile.glue().pipeline().map(Pipeline::steps).flatMap(steps -> steps.stream()
                .filter(s -> s.memory().isPresent())
                .max(Comparator.comparingDouble(s -> s.memory().orElseThrow().bytes())));
    }
}
