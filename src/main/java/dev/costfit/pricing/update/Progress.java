package dev.costfit.pricing.update;

/** What a refresh reports while it runs: queries (service × region) done of all, and pages fetched. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    default void begin(int queries) {
    }

    default void query(AwsQuery query, int number) {
    }

    default void page(int pagesSoFar) {
    }

    default void end() {
    }
}
