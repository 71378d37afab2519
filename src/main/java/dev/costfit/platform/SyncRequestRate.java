package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import java.util.Optional;

/**
 * Lambda's synchronous request-rate quota (Lambda quotas, "Invocation requests per function per Region
 * (synchronous)": "Each instance of your execution environment can serve up to 10 requests per second. In other
 * words, the total invocation limit is 10 times your concurrency limit"; pricing-reference.md §1.3). Short requests
 * reach it while their requests in flight stay well under the concurrency quota: 15,000/s of 20 ms keep some 300 in
 * flight but need 1,500 environments' worth of rate. It rises with the concurrency quota, so it is a quota too.
 */
final class SyncRequestRate {

    private SyncRequestRate() {
    }

    /**
     * The check, for a service invoked synchronously: through its front door or the SDK (trigger http), or by an SQS
     * event source mapping, which invokes the function synchronously with each batch (trigger queue). Asynchronous
     * invocations (events, schedules) are bounded by concurrency alone ("Each instance of your execution environment
     * can serve an unlimited number of requests"), and a job's tasks are counted at once by the concurrency check.
     *
     * @param peakRate invocations a second at the peak hour, with its burst, as the concurrency check sizes for that
     *                 hour and its burst: the rate of the hour, not a percentile of one second's arrivals, whose
     *                 spread at the rates that reach the quota (about 1% at 10,000/s) is within what the quotas page
     *                 leaves unsaid (over what window it counts)
     * @param account  the concurrent executions quota
     */
    static Optional<LimitCheck> check(Profile profile, double peakRate, double account, Catalog catalog) {
        if (peakRate <= 0 || profile.trigger() != Trigger.HTTP && profile.trigger() != Trigger.QUEUE) {
            return Optional.empty();
        }
        double perEnvironment = ((Rate) catalog.limit("lambda.sync-rps.per-environment").value()).perSecond();
        double allowed = perEnvironment * account;
        double environments = Math.ceil(peakRate / perEnvironment - 1e-9);
        return Optional.of(LimitCheck.of(peakRate <= allowed * (1 + 1e-9), LimitCheck.Severity.QUOTA,
                "synchronous request rate",
                () -> perSecond(peakRate) + " at the peak hour (with burst)",
                () -> Numbers.grouped(allowed, 0) + "/s per function (" + Numbers.grouped(perEnvironment, 0)
                        + " × the default quota of " + Numbers.grouped(account, 0) + " concurrent executions)",
                () -> perSecond(peakRate) + " takes " + Numbers.grouped(environments, 0)
                        + " environments' worth at " + Numbers.grouped(perEnvironment, 0) + " a second each: ask AWS "
                        + "to raise the concurrent executions quota to that or more, or invoke less often with more "
                        + "work each (batch the requests)"));
    }

    /** A rate a second as the allowed one is written, with three figures below 10/s (a queue's batches: 0.347/s). */
    private static String perSecond(double rate) {
        return (rate < 10 ? Numbers.significant(rate, 3) : Numbers.grouped(rate, 0)) + "/s";
    }
}
