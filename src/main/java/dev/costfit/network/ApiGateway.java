package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon API Gateway (pricing-reference.md §6.1): HTTP API or REST API requests, tiered. Its free tier is for the
 * first 12 months of new accounts only, so costfit never applies it. Limits: the integration timeout (HTTP 30 s
 * fixed, REST 29 s by default), 10 MB payloads, the account's request rate.
 */
public final class ApiGateway {

    private ApiGateway() {
    }

    public static List<CostLine> lines(FrontDoor door, double requests, String region, Catalog catalog) {
        boolean http = door == FrontDoor.API_GATEWAY_HTTP;
        return CostLines.tiered(http ? "API Gateway HTTP API requests" : "API Gateway REST API requests", requests,
                catalog.price(http ? "apigw.http.requests" : "apigw.rest.requests", region));
    }

    /** @param longest the longest request on the platform's setting */
    public static List<LimitCheck> limits(FrontDoor door, Profile profile, double peakRate, TimeSpan longest,
                                          Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        boolean http = door == FrontDoor.API_GATEWAY_HTTP;
        TimeSpan timeout = catalog.durationLimit(http ? "apigw.http.timeout" : "apigw.rest.timeout");
        String name = http ? "API Gateway HTTP API integration timeout" : "API Gateway REST API integration timeout";
        if (longest.isLongerThan(timeout)) {
            checks.add(LimitCheck.of(false, http ? LimitCheck.Severity.HARD : LimitCheck.Severity.QUOTA, name,
                    () -> longest.display() + " (longest request)",
                    () -> timeout.display() + (http ? " (fixed)" : " (default)"),
                    http ? "use a Lambda function URL or an ALB (they wait up to the function timeout), or answer "
                            + "at once and deliver the result asynchronously"
                            : "raise the timeout of a Regional REST API (AWS lowers the account throttle "
                            + "in exchange), or use a function URL or an ALB"));
        } else {
            checks.add(LimitCheck.of(!profile.timeout().isLongerThan(timeout), LimitCheck.Severity.ADVISORY, name,
                    () -> profile.timeout().display() + " (timeout)", () -> timeout.display(),
                    () -> "requests between " + timeout.display() + " and the timeout get a 504 from API Gateway "
                            + "while the function keeps running (and billing)"));
        }
        DataSize payload = catalog.sizeLimit("apigw.payload");
        DataSize biggest = profile.payload().request().isLargerThan(profile.payload().response())
                ? profile.payload().request() : profile.payload().response();
        checks.add(LimitCheck.of(!biggest.isLargerThan(payload), LimitCheck.Severity.HARD, "API Gateway payload",
                () -> biggest.display(), () -> payload.display(), "pass large bodies through S3 pre-signed URLs"));
        Rate throttle = (Rate) catalog.limit("apigw.throttle").value();
        checks.add(LimitCheck.of(peakRate <= throttle.perSecond(), LimitCheck.Severity.QUOTA,
                "API Gateway request rate", () -> Numbers.grouped(peakRate, 0) + "/s at peak (with burst)",
                () -> throttle.display() + " per account and region (default quota)",
                "ask AWS for a higher throttle quota"));
        return checks;
    }
}
