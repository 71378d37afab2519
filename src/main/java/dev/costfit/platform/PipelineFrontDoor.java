package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Orchestrator;
import dev.costfit.profile.Profile;
import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.Optional;

/**
 * The front door of a pipeline on Lambda, chosen and checked as a single function's is ({@link
 * FrontDoorPlan#forFunctions}, {@link FunctionFrontDoor}) but on the whole request: the caller waits for every step,
 * so API Gateway's 30 s integration timeout holds the pipeline's longest execution, not one step's. Cloud Functions
 * answer HTTP themselves: no door is priced on Google.
 *
 * @param longest the pipeline's longest execution, each step on the setting chosen for it
 */
record PipelineFrontDoor(Profile profile, FrontDoorPlan plan, TimeSpan longest) {

    /** Keys of a front door's lines, which this door prices rather than a step's or the request's network. */
    static final List<String> KEYS = List.of("apigw.", "alb.");

    /** The door of {@code profile}'s pipeline on functions of {@code cloud}; empty on Google. */
    static Optional<PipelineFrontDoor> of(Cloud cloud, Profile profile, Catalog catalog, TimeSpan longest) {
        return cloud == Cloud.AWS ? Optional.of(new PipelineFrontDoor(profile,
                FrontDoorPlan.forFunctions(profile, catalog, longest), longest)) : Optional.empty();
    }

    List<LimitCheck> limits(Catalog catalog) {
        return FunctionFrontDoor.limits(profile, plan, meanSeconds(), longest, catalog);
    }

    /** @throws dev.costfit.pricing.MissingPriceException where the door's prices are missing */
    List<CostLine> lines(Catalog catalog) {
        return FunctionFrontDoor.lines(profile, plan, meanSeconds(), catalog);
    }

    /** What a report says of the door: why it was chosen and, for a function URL, what it leaves unpriced. */
    List<String> notes() {
        Optional<String> chosen = plan.note();
        if (plan.door() != FrontDoor.FUNCTION_URL || profile.glue().pipeline().orElseThrow().orchestrator()
                == Orchestrator.NONE) {
            return chosen.stream().toList();
        }
        // A function URL invokes a function (https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html),
        // not a state machine; API Gateway can start one itself (the HTTP API's StepFunctions-StartSyncExecution
        // integration, Express only: https://docs.aws.amazon.com/apigateway/latest/developerguide/
        // http-api-develop-integrations-aws-services-reference.html), within its 30 s.
        String entry = "a function URL invokes a function, not Step Functions: the function behind it, which starts "
                + "the execution and waits for its result, is billed for that wait, which is not priced here";
        return chosen.map(n -> List.of(n, entry)).orElse(List.of(entry));
    }

    /**
     * A request's mean time behind the door, for a load balancer's connections: the critical path as stated, which
     * the steps' settings lengthen by at most latency.max_slowdown.
     */
    private double meanSeconds() {
        return profile.meanDuration().seconds();
    }
}
