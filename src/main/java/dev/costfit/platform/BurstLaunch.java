package dev.costfit.platform;

/**
 * What a scaling check says of a burst that starts nothing: where no traffic.burst (or one the hour's capacity
 * carries) needs more tasks or environments than the hour keeps, "0 ... at once" read as a figure computed, where
 * there is nothing to start (a review's finding on Fargate, then on Lambda's two checks).
 */
final class BurstLaunch {

    private BurstLaunch() {
    }

    /** "none at once: no burst needs more tasks than the hour's", for {@code units} "tasks" or "environments". */
    static String none(String units) {
        return "none at once: no burst needs more " + units + " than the hour's";
    }
}
