package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
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
            boolean streaming = profile.payload().streaming();
            DataSize responseLimit = catalog.sizeLimit(streaming ? "lambda.payload.streamed" : "lambda.payload.sync");
            checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(responseLimit),
                    LimitCheck.Severity.HARD, streaming ? "streamed response" : "response payload",
                    () -> profile.payload().response().display(), () -> responseLimit.display(), streaming
                            ? "return an S3 pre-signed URL instead of the body"
                            : "stream the response (up to 200 MB), or return an S3 pre-signed URL"));
        }
        return checks;
    }
}
