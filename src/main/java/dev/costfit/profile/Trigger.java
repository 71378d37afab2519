package dev.costfit.profile;

/** How work arrives: a synchronous HTTP call, a queue message, an asynchronous event, or a schedule. */
public enum Trigger implements Choice {
    HTTP("http"), QUEUE("queue"), EVENT("event"), SCHEDULE("schedule");

    private final String spelling;

    Trigger(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** Asynchronous invocations (events) have their own, smaller payload limit on Lambda. */
    public boolean isAsync() {
        return this == EVENT;
    }
}
