package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;

/**
 * Requests Lambda bills for one invocation (pricing-reference.md §1.1, source S1: the Lambda pricing page). An
 * asynchronous invocation (trigger: event) bills one request for the first 256 KB of its payload and one more for
 * each further 64 KB chunk, up to the 1 MB async payload limit; a synchronous one (http, and an SQS event source
 * mapping's batch) bills one, whatever its size. It holds for every Lambda function, whatever runs it (Lambda's own
 * environments or Lambda Managed Instances): both bill the same request meter.
 */
final class BilledRequests {

    private BilledRequests() {
    }

    /** Requests billed per invocation: 1, or for an event of 600 KB, 1 + ceil((600 − 256) / 64) = 7. */
    static double perInvocation(Profile profile, Catalog catalog) {
        if (!asyncService(profile)) {
            return 1;
        }
        double first = catalog.sizeLimit("lambda.async.billed-first").bytes();
        double chunk = catalog.sizeLimit("lambda.async.billed-chunk").bytes();
        double beyond = profile.payload().request().bytes() - first;
        // Room for rounding: a size written in MB (0.3MB) need not be a whole number of bytes.
        return 1 + (beyond > 0 ? Math.ceil(beyond / chunk - 1e-9) : 0);
    }

    /** The Requests line's name, saying how many an event counts for when it is more than one. */
    static String lineName(Profile profile, Catalog catalog, String freeTier) {
        double each = perInvocation(profile, catalog);
        String chunks = each > 1 ? Numbers.grouped(each, 0) + " per " + profile.payload().request().display()
                + " event: one for the first " + catalog.sizeLimit("lambda.async.billed-first").display()
                + ", one per further " + catalog.sizeLimit("lambda.async.billed-chunk").display() : "";
        String detail = chunks.isEmpty() ? freeTier : freeTier.isEmpty() ? chunks : chunks + "; " + freeTier;
        return detail.isEmpty() ? "Requests" : "Requests (" + detail + ")";
    }

    private static boolean asyncService(Profile profile) {
        return profile.workload() instanceof Workload.Service && profile.trigger().isAsync();
    }
}
