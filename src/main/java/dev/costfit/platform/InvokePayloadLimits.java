package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload limits of Lambda's Invoke API (pricing-reference.md §1.3): 6 MB each way for a synchronous call,
 * 1 MB for an asynchronous event, 200 MB for a streamed response. They hold for every Lambda function, whatever
 * runs it (Lambda's own environments or Lambda Managed Instances), so both check them here.
 */
final class InvokePayloadLimits {

    private InvokePayloadLimits() {
    }

    static List<LimitCheck> check(Profile profile, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        if (!(profile.workload() instanceof Workload.Service)) {
            return checks;
        }
        boolean async = profile.trigger().isAsync();
        DataSize requestLimit = catalog.sizeLimit(async ? "lambda.payload.async" : "lambda.payload.sync");
        checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(requestLimit), LimitCheck.Severity.HARD,
                async ? "event payload (asynchronous)" : "request payload", () -> profile.payload().request().display(),
                () -> requestLimit.display(), "put the payload in S3 and pass its key"));
        if (!async) {
            // A stream its front door buffers (an HTTP API, an ALB) is a buffered response: Lambda's 6 MB.
            boolean streaming = FunctionFrontDoor.streams(profile);
            boolean buffered = profile.payload().streaming() && !streaming;
            DataSize responseLimit = catalog.sizeLimit(streaming ? "lambda.payload.streamed" : "lambda.payload.sync");
            checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(responseLimit),
                    LimitCheck.Severity.HARD, streaming ? "streamed response" : "response payload",
                    () -> profile.payload().response().display() + (buffered ? " (buffered: the "
                            + doorName(profile.frontDoor()) + " does not stream)" : ""),
                    () -> responseLimit.display(), streaming
                            ? "return an S3 pre-signed URL instead of the body"
                            : buffered ? "stream it through a function URL or a REST API (front_door: function-url "
                            + "or api-gateway-rest, up to 200 MB), or return an S3 pre-signed URL"
                            : "stream the response (up to 200 MB), or return an S3 pre-signed URL"));
        }
        return checks;
    }

    /** A door that buffers a function's response, by name. */
    private static String doorName(FrontDoor door) {
        return door == FrontDoor.ALB ? "Application Load Balancer" : "API Gateway HTTP API";
    }
}
