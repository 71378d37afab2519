package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.LlmModel;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.profile.Llm;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * The LLM API a profile calls: its tokens cost the same on every platform (shown so the compute bill is seen in
 * proportion) but for the deliveries one cloud makes beyond another's ({@link #moreAttempts}), and its rate limit
 * caps the concurrency of every platform alike (pricing-reference.md §8).
 */
final class LlmCalls {

    private static final double MILLION = 1e6;
    private static final String FEWER_CALLS = "make fewer calls per request (cache, batch, or a smaller model with "
            + "its own limit)";

    private LlmCalls() {
    }

    static List<CostLine> lines(Profile profile, Catalog catalog) {
        if (profile.llm().isEmpty()) {
            return List.of();
        }
        Llm llm = profile.llm().get();
        LlmModel model = model(llm, catalog);
        double calls = profile.workPerMonth() * llm.callsPerRequest();
        // Every assessment of a search has these lines; their words are written only where a report reads them.
        double input = calls * llm.uncachedInputTokens();
        double inputPrice = model.inputPerMillion(llm.inputTokens()) / MILLION;
        double output = calls * llm.outputTokens();
        double outputPrice = model.outputPerMillion(llm.inputTokens()) / MILLION;
        String tier = longContext(model, llm);
        String uncached = llm.cachedInputTokens() > 0 ? ", not cached" : "";
        List<CostLine> lines = new java.util.ArrayList<>();
        lines.add(new CostLine("llm.input-tokens", () -> "LLM input tokens (" + model.id() + tier + uncached + ")",
                input, "token", inputPrice, input * inputPrice, true));
        if (llm.cachedInputTokens() > 0) {
            double cached = calls * llm.cachedInputTokens();
            double cachedPrice = cachedPrice(model, llm);
            String priced = model.cachedInputPerMillion(llm.inputTokens()).isPresent() ? ""
                    : ", at the full input price: the catalog gives " + (tier.isEmpty() ? "the model" : "this tier")
                            + " no cached price";
            lines.add(new CostLine(CACHED_INPUT, () -> "LLM cached input tokens (" + model.id() + tier + priced
                    + ")", cached, "token", cachedPrice, cached * cachedPrice, true));
        }
        lines.add(new CostLine("llm.output-tokens", () -> "LLM output tokens (" + model.id() + tier + ")", output,
                "token", outputPrice, output * outputPrice, true));
        return List.copyOf(lines);
    }

    /** The key of the cached input's line, present only where llm.cached_input_tokens is stated. */
    static final String CACHED_INPUT = "llm.cached-input-tokens";

    /**
     * USD an input token read from the prompt cache: the catalog's cached-input price (Anthropic's cache read, 0.1x
     * the input price; OpenAI's and Google's by model), else the full input price, which never understates the bill.
     * Cache writes are not priced (Anthropic bills a 5-minute write at 1.25x the input price: docs.anthropic.com
     * pricing), nor the hourly storage of an explicit Gemini cache (ai.google.dev/gemini-api/docs/pricing).
     */
    private static double cachedPrice(LlmModel model, Llm llm) {
        return model.cachedInputPerMillion(llm.inputTokens()).orElse(model.inputPerMillion(llm.inputTokens()))
                / MILLION;
    }

    /**
     * The tokens of the deliveries a platform's cloud makes beyond the fewest any cloud makes ({@code fewest}, whose
     * tokens {@link #lines} prices as every platform's): one line of its own, not shared, so that it counts in the
     * platform's cost and its ranking (Pub/Sub's dead-letter policy makes at least 5 attempts where SQS makes the 3
     * stated: DeliveryLimits.onCloud). Empty where the platform delivers no more often.
     */
    static List<CostLine> moreAttempts(Profile delivered, Profile fewest, java.util.function.Supplier<String> why,
                                       Catalog catalog) {
        if (delivered.llm().isEmpty() || delivered.workPerMonth() <= fewest.workPerMonth()) {
            return List.of();
        }
        Llm llm = delivered.llm().get();
        LlmModel model = model(llm, catalog);
        double calls = (delivered.workPerMonth() - fewest.workPerMonth()) * llm.callsPerRequest();
        double perCall = (llm.uncachedInputTokens() * model.inputPerMillion(llm.inputTokens())
                + llm.outputTokens() * model.outputPerMillion(llm.inputTokens())) / MILLION
                + llm.cachedInputTokens() * cachedPrice(model, llm);
        return List.of(new CostLine(CostLine.LLM_MORE_ATTEMPTS, () -> "LLM tokens of " + why.get() + " ("
                + model.id() + ")", calls, "call", perCall, calls * perCall, false));
    }

    /** ", long-context rate: input over 200,000 tokens" where the model's tier bills the call, else "". */
    private static String longContext(LlmModel model, Llm llm) {
        return model.longContext().filter(t -> llm.inputTokens() > t.aboveInput())
                .map(t -> ", long-context rate: input over " + Numbers.grouped(t.aboveInput(), 0) + " tokens")
                .orElse("");
    }

    /**
     * A call larger than the model's context window cannot be sent, whatever runs it: a hard limit on every platform,
     * at every rate. Anthropic and OpenAI count a call's input and output together against the window
     * (context_window); Google counts the input alone (input_limit): the Gemini API refuses a call with "The input
     * token count (1200293) exceeds the maximum number of tokens allowed (1048576)" (google-gemini/gemini-cli#6678),
     * and its model pages give the output a limit of its own, which the catalog does not carry. None where the
     * catalog gives the model neither (or has no such model: its lines say so).
     */
    static List<LimitCheck> window(Profile profile, Catalog catalog) {
        if (profile.llm().isEmpty()) {
            return List.of();
        }
        Llm llm = profile.llm().get();
        java.util.Optional<LlmModel> found = catalog.llmModel(llm.model());
        if (found.isEmpty()) {
            return List.of();
        }
        LlmModel model = found.get();
        List<LimitCheck> checks = new java.util.ArrayList<>();
        model.contextWindow().ifPresent(window -> {
            long call = llm.inputTokens() + llm.outputTokens();
            checks.add(windowCheck(call <= window, () -> Numbers.grouped(call, 0) + " tokens a call ("
                    + Numbers.grouped(llm.inputTokens(), 0) + " in, " + Numbers.grouped(llm.outputTokens(), 0)
                    + " out)", () -> Numbers.grouped(window, 0) + " tokens (" + model.id() + ")"));
        });
        model.inputLimit().ifPresent(limit -> checks.add(windowCheck(llm.inputTokens() <= limit,
                () -> Numbers.grouped(llm.inputTokens(), 0) + " input tokens a call",
                () -> Numbers.grouped(limit, 0) + " input tokens (" + model.id() + ")")));
        return List.copyOf(checks);
    }

    private static LimitCheck windowCheck(boolean ok, java.util.function.Supplier<String> required,
                                          java.util.function.Supplier<String> allowed) {
        return LimitCheck.of(ok, LimitCheck.Severity.HARD, "LLM context window", required, allowed,
                () -> "split the input over several calls (summarise or retrieve the parts needed), or use a model "
                        + "with a larger window").atEveryRate();
    }

    private static LlmModel model(Llm llm, Catalog catalog) {
        return catalog.llmModel(llm.model()).orElseThrow(() -> new MissingPriceException(
                "the catalog has no price for the LLM model '" + llm.model() + "'; add it with --catalog"));
    }

    /**
     * One limit a minute of the provider's: on calls (RPM), input tokens (Anthropic's ITPM) or output tokens (OTPM),
     * each a 429 when exceeded (docs.anthropic.com/en/api/rate-limits: "If you exceed any of these"; OpenAI's RPM and
     * TPM, "whichever is hit first"). {@code perCall} is what one call counts against it; {@code counted} says which
     * of its tokens count, after the limit's field ("" where all do, or none are cached).
     */
    private record Rate(String check, String field, String what, String ofOneCall, double perCall, long limit,
                        String counted) {

        /** "1,200 calls", "480,000 output tokens". */
        String amount(double perMinute) {
            return Numbers.grouped(perMinute, 0) + " " + what;
        }

        boolean calls() {
            return what.equals("calls");
        }

        /** What lowers the rate besides a higher limit. */
        String fewer() {
            return calls() ? FEWER_CALLS : "make fewer or smaller calls (" + ofOneCall + ", cache, or a smaller model "
                    + "with its own limit)";
        }
    }

    /** The stated limits, calls first. */
    private static List<Rate> rates(Llm llm, Catalog catalog) {
        List<Rate> rates = new java.util.ArrayList<>();
        llm.limits().rpm().ifPresent(l -> rates.add(new Rate("LLM rate limit", "rate_limit_rpm", "calls", "", 1, l,
                "")));
        llm.limits().itpm().ifPresent(l -> rates.add(inputRate(llm, catalog, l)));
        llm.limits().otpm().ifPresent(l -> rates.add(new Rate("LLM output-token rate limit", "rate_limit_otpm",
                "output tokens", "a shorter answer", llm.outputTokens(), l, "")));
        return rates;
    }

    /**
     * The input tokens a minute against rate_limit_itpm: a call's uncached input where the catalog says the model's
     * limit leaves cache reads out (Anthropic: "For most Claude models, only uncached input tokens count towards your
     * ITPM rate limits", cache writes counting and cache reads not, but for the older models its tables mark,
     * docs.anthropic.com/en/api/rate-limits, "Cache-aware ITPM"), else its whole input, cached part included: the
     * count that never understates the rate where no source says otherwise (OpenAI's TPM; a model the catalog does not
     * have, whose lines are then not priced).
     */
    private static Rate inputRate(Llm llm, Catalog catalog, long limit) {
        String check = "LLM input-token rate limit";
        if (llm.cachedInputTokens() == 0) {
            return new Rate(check, "rate_limit_itpm", "input tokens", "a shorter prompt", llm.inputTokens(), limit, "");
        }
        java.util.Optional<LlmModel> model = catalog.llmModel(llm.model());
        if (model.isPresent() && !model.get().itpmCountsCacheReads()) {
            return new Rate(check, "rate_limit_itpm", "uncached input tokens", "a shorter prompt",
                    llm.uncachedInputTokens(), limit, "; " + model.get().id() + "'s cache reads do not count");
        }
        return new Rate(check, "rate_limit_itpm", "input tokens", "a shorter prompt", llm.inputTokens(), limit,
                "; cache reads counted");
    }

    /**
     * The LLM calls a minute, and the tokens they send and receive, against each of the provider's limits stated.
     * Calls a minute × what a call counts (1, its input tokens or those the limit counts, its output tokens) is the
     * rate checked. When even the
     * mean rate is over a limit, no platform can serve the profile (a queue in front would grow without bound): a
     * hard limit. When a service's peak hour is over it, the excess lasts the hour: a caller of a synchronous API
     * cannot wait that long, so the answer is a higher limit or fewer calls, while queued work waits and drains in
     * quieter hours. When only a burst within the hour is over it, a queue or a concurrency cap smooths it. The last
     * two are quotas to act on.
     */
    static List<LimitCheck> limits(Profile profile, Catalog catalog) {
        if (profile.llm().isEmpty()) {
            return List.of();
        }
        return rates(profile.llm().get(), catalog).stream().map(rate -> check(profile, rate)).toList();
    }

    private static LimitCheck check(Profile profile, Rate rate) {
        Llm llm = profile.llm().get();
        long limit = rate.limit();
        String allowed = Numbers.grouped(limit, 0) + " a minute (" + rate.field() + rate.counted() + ")";
        double requestsPerMinute = profile.workPerMonth() / dev.costfit.units.Month.SECONDS * 60;
        double callsPerMinute = requestsPerMinute * llm.callsPerRequest();
        double meanPerMinute = callsPerMinute * rate.perCall();
        if (meanPerMinute > limit) {
            String why = rate.calls() ? Numbers.grouped(requestsPerMinute, 0) + " requests a minute × "
                    + calls(llm.callsPerRequest()) + " each"
                    : Numbers.grouped(callsPerMinute, 0) + " calls a minute × " + rate.amount(rate.perCall())
                            + " each";
            return LimitCheck.of(false, LimitCheck.Severity.HARD, rate.check(),
                    () -> rate.amount(meanPerMinute) + " a minute on average (" + why + ")",
                    () -> allowed,
                    () -> "the mean itself is over the limit, so a queue would grow without end: ask the provider "
                            + "for at least " + rate.amount(Math.ceil(meanPerMinute)) + " a minute, or "
                            + rate.fewer());
        }
        if (profile.workload() instanceof Workload.Service service) {
            double hourPerMinute = HourlyLoad.peakRate(service.traffic()) * llm.callsPerRequest() * 60
                    * rate.perCall();
            if (hourPerMinute > limit) {
                return peakHour(profile, rate, allowed, hourPerMinute, meanPerMinute);
            }
        }
        double peakPerMinute = peakRequestsPerSecond(profile) * llm.callsPerRequest() * 60 * rate.perCall();
        return LimitCheck.of(peakPerMinute <= limit, LimitCheck.Severity.QUOTA, rate.check(),
                () -> rate.amount(peakPerMinute) + " a minute at peak (with burst)",
                () -> allowed,
                () -> "put a queue in front to smooth the peaks, "
                        + "batch the calls, or ask the provider for a higher limit; " + cap(profile, rate));
    }

    /**
     * The peak hour's own mean over the limit: not a burst a queue absorbs in minutes, but an hour's excess. An HTTP
     * caller waits for its answer, so only a higher limit or fewer calls serve it; queued or event work can wait
     * through the peak and drain in the quieter hours (the month's mean is within the limit), at a concurrency cap.
     */
    private static LimitCheck peakHour(Profile profile, Rate rate, String allowed, double hourPerMinute,
                                       double meanPerMinute) {
        String ask = "ask the provider for at least " + rate.amount(Math.ceil(hourPerMinute)) + " a minute, or "
                + rate.fewer();
        boolean synchronous = profile.trigger() == dev.costfit.profile.Trigger.HTTP;
        return LimitCheck.of(false, LimitCheck.Severity.QUOTA, rate.check(),
                () -> rate.amount(hourPerMinute) + " a minute through the peak hour (its mean, before any burst)",
                () -> allowed,
                () -> synchronous
                        ? "the peak hour's mean itself is over the limit, so the excess lasts the hour: a caller "
                                + "of a synchronous API cannot be queued that long; " + ask
                        : "the peak hour's mean itself is over the limit: work left waiting drains in the quieter "
                                + "hours (the month's mean, " + rate.amount(meanPerMinute) + " a minute, is within "
                                + "it), later by up to hours; " + cap(profile, rate) + "; or " + ask);
    }

    /** "1 call", "2.5 calls". */
    private static String calls(double perRequest) {
        return Numbers.grouped(perRequest, 2) + (perRequest == 1 ? " call" : " calls");
    }

    private static String cap(Profile profile, Rate rate) {
        Llm llm = profile.llm().get();
        // Calls per second = concurrency / W × calls per request, and the rate counts perCall of each, so the cap
        // is limit/60 × W / (calls × perCall).
        double concurrency = rate.limit() / 60.0 * profile.meanDuration().seconds() / llm.callsPerRequest()
                / rate.perCall();
        int cap = (int) Math.floor(concurrency);
        int perInstance = profile.concurrencyPerInstance();
        return "to stay under " + Numbers.grouped(rate.limit(), 0) + " LLM " + rate.what() + " a minute"
                + ", cap concurrency at " + Numbers.grouped(cap, 0) + " requests (Lambda reserved concurrency "
                + cap + "; at most " + Math.max(1, cap / perInstance) + " containers or instances of " + perInstance
                + ")";
    }

    private static double peakRequestsPerSecond(Profile profile) {
        if (profile.workload() instanceof Workload.Service service) {
            return HourlyLoad.peakRate(service.traffic()) * service.traffic().burst();
        }
        // Every task of the runs in progress at once, each a request over its duration (runs longer than the
        // time between them overlap).
        var schedule = ((Workload.Job) profile.workload()).schedule();
        double seconds = schedule.duration().seconds();
        return (double) schedule.tasksAtOnce(seconds) / seconds;
    }
}
