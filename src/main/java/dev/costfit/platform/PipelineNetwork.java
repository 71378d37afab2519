package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The network of a pipeline's request on functions — its NAT gateway and the bytes it sends to the internet — priced
 * once for the pipeline from the request's traffic (its rate, payload, outbound bytes and LLM calls), as each function
 * platform prices a single function's. Not from an assessment of the whole request as one function: the request's
 * memory or payload need not fit one function (only each step must), and an unfit assessment has no lines, so a
 * pipeline of 1 GB steps with a 16 GB container setting lost its $4,412 of egress on Lambda (an invariants sweep).
 */
final class PipelineNetwork {

    private PipelineNetwork() {
    }

    /**
     * The request's network lines on {@code platform}; empty where this class does not know how the platform prices
     * a request's network (the caller says it is not priced, never that it costs nothing).
     *
     * @throws dev.costfit.pricing.MissingPriceException where the catalog lacks a price the lines need
     */
    static Optional<List<CostLine>> lines(Platform platform, Profile profile, PricingContext context) {
        return switch (platform.id()) {
            // The assumptions a single function states of its network are not a pipeline's notes: not kept.
            case "lambda" -> Optional.of(LambdaPlatform.requestNetwork(profile, context, new ArrayList<>()));
            case "cloud-functions-gen1" -> Optional.of(CloudFunctionsGen1Platform.egressLines(profile, context,
                    GoogleRegion.forGen1(profile, context.catalog(), false).name()));
            case "cloud-functions-gen2" -> Optional.of(new CloudRunEgress(profile, context.catalog(),
                    GoogleRegion.forGen2(profile, context.catalog(), false)).lines(context));
            default -> Optional.empty();
        };
    }

    /** Why a pipeline on {@code platform} is not priced where {@link #lines} is empty. */
    static String unpriced(Platform platform) {
        return "the network of a pipeline's request (NAT gateway, internet egress) is not priced on "
                + platform.displayName();
    }
}
