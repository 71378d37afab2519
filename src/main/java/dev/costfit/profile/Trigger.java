package dev.costfit.profile;

/** How work arrives: a synchronous HTTP call, a queue message, an asynchronous event, or a schedule. */
public enum Trigger implements Choice {
    HTTP, QUEUE, EVENT, SCHEDULE;

    /** Asynchronous invocations (events) have their own, smaller payload limit on Lambda. */
    public boolean isAsync() {
        return this == EVENT;
    }
}
