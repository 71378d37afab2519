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
 * runs it (Lambda's own environments or Lambda Managed Instances), so both check them here. Behind an Application
 * Load Balancer both ways are 1 MB: the request body it sends a Lambda target and the response JSON it takes back
 * (Elastic Load Balancing guide, "Use Lambda functions as targets of an Application Load Balancer", Limits).
 */
final class InvokePayloadLimits {

    /** Said beside a limit an Application Load Balancer sets. */
    private static final String ALB = " (an Application Load Balancer's, to a Lambda target)";

    private InvokePayloadLimits() {
    }

    static List<LimitCheck> check(Profile profile, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        if (!(profile.workload() instanceof Workload.Service)) {
            return checks;
        }
        boolean async = profile.trigger().isAsync();
        boolean alb = !async && profile.frontDoor() == FrontDoor.ALB;
        DataSize requestLimit = alb ? albLimit(catalog)
                : catalog.sizeLimit(async ? "lambda.payload.async" : "lambda.payload.sync");
        checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(requestLimit), LimitCheck.Severity.HARD,
                async ? "event payload (asynchronous)" : "request payload", () -> profile.payload().request().display(),
                () -> requestLimit.display() + (alb ? ALB : ""),
                alb ? "put the payload in S3 and pass its key, or call the function through a function URL or API "
                        + "Gateway (6 MB)"
                        : "put the payload in S3 and pass its key"));
        if (!async) {
            // A stream its front door buffers (an HTTP API, an ALB) is a buffered response: Lambda's 6 MB (an
            // ALB's 1 MB).
            boolean streaming = FunctionFrontDoor.streams(profile);
            boolean buffered = profile.payload().streaming() && !streaming;
            DataSize responseLimit = alb ? albLimit(catalog)
                    : catalog.sizeLimit(streaming ? "lambda.payload.streamed" : "lambda.payload.sync");
            checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(responseLimit),
                    LimitCheck.Severity.HARD, streaming ? "streamed response" : "response payload",
                    () -> profile.payload().response().display() + (buffered ? " (buffered: the "
                            + doorName(profile.frontDoor()) + " does not stream)" : ""),
                    () -> responseLimit.display() + (alb ? ALB : ""), streaming
                            ? "return an S3 pre-signed URL instead of the body"
                            : buffered ? "stream it through a function URL or a REST API (front_door: function-url "
                            + "or api-gateway-rest, up to 200 MB), or return an S3 pre-signed URL"
                            : alb ? "return an S3 pre-signed URL, or serve the function through a function URL or API "
                            + "Gateway (6 MB buffered, 200 MB streamed)"
                            : "stream the response (up to 200 MB), or return an S3 pre-signed URL"));
        }
        return checks;
    }

    /** The most an Application Load Balancer sends a Lambda target, or takes back from it, under Lambda's own 6 MB. */
    private static DataSize albLimit(Catalog catalog) {
        DataSize alb = catalog.sizeLimit("alb.payload.lambda");
        DataSize sync = catalog.sizeLimit("lambda.payload.sync");
        return alb.isLargerThan(sync) ? sync : alb;
    }

    /** A door that buffers a function's response, by name. */
    private static String doorName(FrontDoor door) {
        return door == FrontDoor.ALB ? "Application Load Balancer" : "API Gateway HTTP API";
    }
}
