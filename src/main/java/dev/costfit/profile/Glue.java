package dev.costfit.profile;

import java.util.Optional;

/**
 * The services around the compute that a profile says it uses: its logs and traces, its secrets, and how queued
 * messages or events are delivered (read only for `trigger: queue` and `trigger: event`).
 */
public record Glue(Observability observability, Optional<Secrets> secrets, Delivery delivery) {}
