package dev.costfit.profile;

import java.util.Optional;

/**
 * The services around the compute that a profile says it uses: its logs and traces, its secrets, how queued
 * messages or events are delivered (read only for `trigger: queue` and `trigger: event`), and the pipeline of steps
 * a request runs through with what orchestrates it.
 */
public record Glue(Observability observability, Optional<Secrets> secrets, Delivery delivery,
                   Optional<Pipeline> pipeline) {

    /** The same glue running {@code other} (the pipeline with its steps' timing or CPU changed). */
    public Glue withPipeline(Pipeline other) {
        return new Glue(observability, secrets, delivery, Optional.of(other));
    }

    /** The same glue delivering as {@code other} (a service's own bounds on the attempts: Pub/Sub's). */
    public Glue withDelivery(Delivery other) {
        return new Glue(observability, secrets, other, pipeline);
    }

    /** The same glue without a pipeline (one step of it, priced on its own). */
    public Glue withoutPipeline() {
        return new Glue(observability, secrets, delivery, Optional.empty());
    }
}
