package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Orchestrator;
import dev.costfit.profile.Payload;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.Optional;

/**
 * The front door of a pipeline on Lambda, chosen and checked as a single function's is ({@link
 * FrontDoorPlan#forFunctions}, {@link FunctionFrontDoor}) but on the whole request: the caller waits for every step,
 * so API Gateway's 30 s integration timeout holds the pipeline's longest execution, not one step's. Cloud Functions
 * answer HTTP themselves: no door is priced on Google.
 *
 * @param longest      the pipeline's longest execution, each step on the setting chosen for it (an instant for a
 *                     Standard workflow, whose door does not wait)
 * @param orchestrator what runs the steps, which decides what the door waits for
 */
record PipelineFrontDoor(Profile profile, FrontDoorPlan plan, TimeSpan longest, Orchestrator orchestrator) {

    /** Keys of a front door's lines, which this door prices rather than a step's or the request's network. */
    static final List<String> KEYS = List.of("apigw.", "alb.");

    /**
     * The door of {@code profile}'s pipeline on functions of {@code cloud}; empty on Google. A Standard workflow runs
     * asynchronously: the door starts the execution (StartExecution) and answers at once, so it holds an instant, not
     * the path. An Express workflow answers synchronously (StartSyncExecution) and the caller waits the path: where
     * that outlasts the HTTP API's 30 s, front_door: auto takes a REST API rather than a function URL, which invokes a
     * function, not a state machine — the function behind it would wait, billed, for the whole execution (a review
     * found the URL chosen and that wait unpriced: about $2,400 a month for an 87 s pipeline at 5/s). The REST API
     * starts the execution itself; its 29 s integration timeout can be raised for Regional REST APIs (a quota).
     */
    static Optional<PipelineFrontDoor> of(Cloud cloud, Profile profile, Catalog catalog, TimeSpan longest) {
        if (cloud != Cloud.AWS) {
            return Optional.empty();
        }
        Orchestrator orchestrator = profile.glue().pipeline().orElseThrow().orchestrator();
        boolean standard = orchestrator == Orchestrator.STEP_FUNCTIONS_STANDARD;
        TimeSpan held = standard ? STARTED : longest;
        // A Standard workflow's door is chosen for what passes it (atDoor): the request alone. Neither the profile's
        // timeout nor its streamed response reaches the door, so neither chooses a function URL for it (the response
        // chose one "because the response streams", though the caller gets the execution's ARN at once).
        FrontDoorPlan plan = FrontDoorPlan.forFunctions(standard ? atDoor(profile, orchestrator) : profile, catalog,
                held);
        boolean auto = profile.frontDoor() == FrontDoor.AUTO && profile.trigger() == Trigger.HTTP;
        boolean urlChosen = auto && plan.door() == FrontDoor.FUNCTION_URL && !profile.payload().streaming();
        if (urlChosen && orchestrator == Orchestrator.STEP_FUNCTIONS_EXPRESS) {
            plan = new FrontDoorPlan(FrontDoor.API_GATEWAY_REST, () -> Optional.of("front door: an API Gateway REST "
                    + "API (front_door: auto), which starts the Express execution and waits for its result "
                    + "(StartSyncExecution): executions of up to " + held.display() + " outlast the HTTP API's "
                    + catalog.durationLimit("apigw.http.timeout").display() + ", and a function URL invokes a "
                    + "function, not a state machine (the function would be billed for the whole wait)"));
        } else if (auto && standard && plan.door() == FrontDoor.API_GATEWAY_HTTP) {
            String streamed = profile.payload().streaming() ? ", and its response, streamed or not, never passes the "
                    + "door: the caller gets the execution's ARN" : "";
            plan = FrontDoorPlan.forCallers(profile, new FrontDoorPlan(FrontDoor.API_GATEWAY_HTTP, () -> Optional.of(
                    "front door: an API Gateway HTTP API (front_door: auto), which starts the Standard execution "
                    + "(StartExecution) and answers at once: the workflow runs on without the caller" + streamed)));
        }
        return Optional.of(new PipelineFrontDoor(profile, plan, held, orchestrator));
    }

    /** What a Standard workflow's door waits for: the call that starts the execution. */
    private static final TimeSpan STARTED = TimeSpan.ofMillis(1);

    List<LimitCheck> limits(Catalog catalog) {
        return FunctionFrontDoor.limits(atDoor(), plan, meanSeconds(), longest, catalog);
    }

    /** @throws dev.costfit.pricing.MissingPriceException where the door's prices are missing */
    List<CostLine> lines(Catalog catalog) {
        return FunctionFrontDoor.lines(atDoor(), plan, meanSeconds(), catalog);
    }

    /**
     * The request as the door sees it. An Express workflow's door waits for the execution and returns its output
     * (StartSyncExecution): the whole request passes through it. A Standard workflow's door starts the execution and
     * answers at once: "StartExecution ... Starts a state machine execution", and its response is the execution's
     * identity alone, "Response Syntax { "executionArn": "string", "startDate": number }" (Step Functions API
     * reference, StartExecution: https://docs.aws.amazon.com/step-functions/latest/apireference/
     * API_StartExecution.html). So only the request passes API Gateway (its 10 MB payload, and its 512 KB metering on
     * an HTTP API); neither the execution's time (the integration timeout holds an instant, and the profile's
     * timeout bounds the execution, not the request at the door) nor its response (its size, a stream) does. The
     * ARN and date, a few hundred bytes, are taken as none. The request itself also enters the execution as its
     * input, held to Step Functions' 256 KB with the state passed between steps (StepFunctions.limits).
     */
    private Profile atDoor() {
        return atDoor(profile, orchestrator);
    }

    /** {@link #atDoor()} of {@code profile} run by {@code orchestrator}. */
    private static Profile atDoor(Profile profile, Orchestrator orchestrator) {
        if (orchestrator != Orchestrator.STEP_FUNCTIONS_STANDARD) {
            return profile;
        }
        return profile.withTiming(profile.workload(), profile.cpuTime(), Optional.of(STARTED))
                .withPayload(new Payload(profile.payload().request(), new DataSize(0), false));
    }

    /** What a report says of the door: why it was chosen and, for a function URL, what it leaves unpriced. */
    List<String> notes() {
        Optional<String> chosen = plan.note();
        if (plan.door() != FrontDoor.FUNCTION_URL || orchestrator == Orchestrator.NONE) {
            return chosen.stream().toList();
        }
        // A function URL invokes a function (https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html),
        // not a state machine; API Gateway can start one itself (the HTTP API's StepFunctions-StartSyncExecution
        // integration, Express only: https://docs.aws.amazon.com/apigateway/latest/developerguide/
        // http-api-develop-integrations-aws-services-reference.html), within its 30 s.
        String entry = orchestrator == Orchestrator.STEP_FUNCTIONS_STANDARD
                ? "a function URL invokes a function, not Step Functions: the function behind it, which starts the "
                + "execution, is not priced here"
                : "a function URL invokes a function, not Step Functions: the function behind it, which starts the "
                + "execution and waits for its result, is billed for that wait, which is not priced here; "
                + "front_door: api-gateway-rest starts it directly";
        return chosen.map(n -> List.of(n, entry)).orElse(List.of(entry));
    }

    /**
     * A request's mean time behind the door, for a load balancer's connections: the critical path as stated, which
     * the steps' settings lengthen by at most latency.max_slowdown.
     */
    private double meanSeconds() {
        return Math.min(profile.meanDuration().seconds(), longest.seconds());
    }
}
