package dev.costfit.pricing.update;

/**
 * What a refresh reports while it runs: queries (service × region for AWS, a service's SKUs for Google) done of all,
 * and pages fetched.
 */
public interface Progress {

    Progress NONE = new Progress() {
    };

    default void begin(int queries) {
    }

    default void query(AwsQuery query, int number) {
        step(query.toString(), number);
    }

    /** Step {@code number} of those begun, named {@code what} ("Cloud Run SKUs"). */
    default void step(String what, int number) {
    }

    default void page(int pagesSoFar) {
    }

    default void end() {
    }
}
