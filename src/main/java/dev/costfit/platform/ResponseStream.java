package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Runtime;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * How long Lambda takes to stream a response (pricing-reference.md §1.3; AWS Lambda docs,
 * configuration-response-streaming): the first 6 MB go out uncapped, the rest at most 2 MBps. The function runs,
 * and bills, until its stream ends, so a request lasts at least that long, and the stream must end within the
 * function's timeout.
 */
final class ResponseStream {

    private ResponseStream() {
    }

    /**
     * The least seconds a streamed response takes: 50 MB at 2 MBps beyond 6 MB, 22 s; 0 when not streamed, or when
     * its front door buffers it ({@link FunctionFrontDoor#streams}: Lambda then answers in one piece).
     */
    static double seconds(Profile profile, Catalog catalog) {
        if (!FunctionFrontDoor.streams(profile)) {
            return 0;
        }
        double uncapped = catalog.sizeLimit("lambda.streaming.uncapped").bytes();
        double perSecond = catalog.sizeLimit("lambda.streaming.bandwidth").bytes();
        return Math.max(0, profile.payload().response().bytes() - uncapped) / perSecond;
    }

    /**
     * The stream against the function's timeout: it is cut off there, the rest of the response lost. A job that
     * states no timeout runs up to the function's longest.
     */
    static Optional<LimitCheck> check(Profile profile, Catalog catalog) {
        double seconds = seconds(profile, catalog);
        if (seconds == 0) {
            return Optional.empty();
        }
        TimeSpan timeout = profile.timeoutOr(LambdaPlatform.runLimit(catalog).most());
        String what = profile.timeout().isPresent() ? " (timeout)" : " (the longest a Lambda function runs)";
        return Optional.of(LimitCheck.of(seconds <= timeout.seconds() * (1 + 1e-9),
                LimitCheck.Severity.HARD, "streamed response time", () -> TimeSpan.ofSeconds(seconds).display()
                        + ": " + why(profile, catalog), () -> timeout.display() + what,
                "raise the timeout (up to 15 min) to cover the stream, or send smaller responses (an S3 pre-signed "
                        + "URL for a large body)"));
    }

    /** Why a request lasts as long as its stream, in words, where the stream outlasts the work. */
    static String note(Profile profile, Catalog catalog, double workSeconds) {
        return "each request lasts " + TimeSpan.ofSeconds(seconds(profile, catalog)).display() + ", not "
                + TimeSpan.ofSeconds(workSeconds).display() + ": " + why(profile, catalog)
                + ", and the function runs (and bills) until its stream ends";
    }

    /**
     * "Lambda supports response streaming on Node.js managed runtimes. For other languages, you can use a custom
     * runtime with a custom Runtime API integration to stream responses or use the Lambda Web Adapter"
     * (docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html): a streamed response on another
     * runtime is still possible, and priced the same, but not with the managed runtime's handler alone.
     */
    static Optional<String> runtimeNote(Profile profile) {
        if (!FunctionFrontDoor.streams(profile) || profile.runtime() == Runtime.NODE) {
            return Optional.empty();
        }
        return Optional.of("Lambda streams responses natively only on its Node.js managed runtimes; "
                + (profile.runtime() == Runtime.CONTAINER ? "a container image" : profile.runtime().spelling())
                + " streams through the Lambda Web Adapter (an extension, as a layer or in the image) or a custom "
                + "runtime, priced the same");
    }

    private static String why(Profile profile, Catalog catalog) {
        DataSize uncapped = catalog.sizeLimit("lambda.streaming.uncapped");
        DataSize perSecond = catalog.sizeLimit("lambda.streaming.bandwidth");
        return "Lambda streams the " + profile.payload().response().display() + " response's first "
                + uncapped.display() + " uncapped, the rest at most " + Numbers.grouped(perSecond.mib(), 0)
                + " MBps";
    }
}
