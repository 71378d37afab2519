package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.glue.Deliveries;
import dev.costfit.glue.GlueBill;
import dev.costfit.glue.GlueServices;
import dev.costfit.glue.GlueSite;
import dev.costfit.network.NatGateway;
import dev.costfit.pricing.PricingContext;
import java.util.List;
import java.util.Optional;

/** The platforms costfit knows, in the order reports show them. Adding a platform is one line here. */
public final class Platforms {

    private static final List<Platform> ALL = List.of(
            new LambdaPlatform(),
            new CloudFunctionsGen2Platform(),
            new CloudFunctionsGen1Platform(),
            new LambdaManagedInstancesPlatform(),
            new FargatePlatform(),
            new EksPlatform());

    private Platforms() {
    }

    public static List<Platform> all() {
        return ALL;
    }

    public static Optional<Platform> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * A platform's assessment with what every platform shares added: the LLM API's tokens and its rate limit,
     * and the pricing option in force (a commitment's discount on the lines the catalog says it covers).
     * Kept here, outside the platform classes, so a new platform gets them without writing them again.
     */
    public static Assessment assess(Platform platform, dev.costfit.profile.Profile stated, PricingContext context) {
        dev.costfit.profile.Profile profile = DeliveryLimits.onCloud(stated, platform.info().cloud(),
                context.catalog());
        // Retried messages are processed again, LLM calls included; the glue counts messages and deliveries itself.
        dev.costfit.profile.Profile delivered = Deliveries.withRetries(profile);
        Assessment own;
        if (PipelineAssessment.applies(platform, delivered)) {
            own = PipelineAssessment.assess(platform, delivered, context);
        } else if (StepsOnOneFunction.applies(platform, delivered)) {
            own = StepsOnOneFunction.assess(platform, delivered, context);
        } else {
            dev.costfit.profile.Profile whole = WholePipeline.sized(delivered);
            dev.costfit.profile.Profile invoked = platform.asInvoked(whole, context.catalog());
            own = platform.assess(invoked, context);
            if (invoked != whole && own.usable()) {
                own = own.withNote(Deliveries.batchNote(delivered, context.catalog()));
                if (delivered.glue().delivery().failing().fraction() > 0) {
                    own = own.withAssumption(Deliveries.PARTIAL_BATCH_RESPONSES);
                }
                for (String assumption : Deliveries.atOnceAssumptions(delivered)) {
                    own = own.withAssumption(assumption);
                }
            } else if (invoked != whole && context.forReport()) {
                own = BatchTimeout.reworded(own, whole, context.catalog());
            }
            own = WholePipeline.held(WholePipeline.described(own, delivered), delivered, context.catalog());
        }
        if (context.forReport() && own.usable()) {
            Assessment priced = own;
            own = NatGateway.countedInFull(delivered, own.lines()).map(priced::withNote).orElse(own);
            Assessment counted = own;
            own = DeliveryLimits.note(stated, platform.info().cloud(), context.catalog()).map(counted::withNote)
                    .orElse(own);
        }
        Assessment total = shared(platform, stated, profile, delivered, context, own);
        // A note that prices a setting compares the month the report shows with the setting's, priced alike: in a
        // report only, where it is read (a search reads months; pricing each setting's glue there cost a map 7%).
        if (context.forReport()) {
            total = SettingNotes.worded(total, note -> statedTotal(platform, note.stating().apply(stated), context,
                    note.other()));
        }
        // The trade-off table's rows priced as the total is: a setting's row adds what the month adds to its own
        // (only a profile run whole has a table: a pipeline's steps drop theirs).
        return SettingChoice.pricedAsTotal(total, row -> shared(platform, stated, profile, delivered, context,
                WholePipeline.held(row, delivered, context.catalog())));
    }

    /**
     * A setting's own assessment ({@code other}, of the profile {@code stated} states it in) with what
     * {@link #assess} adds to every platform's own lines added, as to the platform's month.
     */
    private static Assessment statedTotal(Platform platform, dev.costfit.profile.Profile stated,
                                          PricingContext context, Assessment other) {
        dev.costfit.profile.Profile profile = DeliveryLimits.onCloud(stated, platform.info().cloud(),
                context.catalog());
        return shared(platform, stated, profile, Deliveries.withRetries(profile), context, other);
    }

    /** {@link #withShared}, billed for {@code own}'s cold starts; unpriced where a price it needs is missing. */
    private static Assessment shared(Platform platform, dev.costfit.profile.Profile stated,
                                     dev.costfit.profile.Profile profile, dev.costfit.profile.Profile delivered,
                                     PricingContext context, Assessment own) {
        try {
            return withShared(platform, stated, profile, delivered, context, own, own.coldStarts().perMonth());
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return FiniteFigures.check(Assessment.unpriced(platform.info(), own.variant(), own.limits(),
                    own.capacity(), SettingNotes.unpriced(own).notes(), own.assumptions(), e.getMessage()));
        }
    }

    /**
     * Whether a limit {@link #assess} adds to every platform's assessment alike blocks the profile — the LLM API's
     * rate limit, which its mean calls a minute exceed — so that no platform is usable at all: a search then needs
     * no platform's assessment to know that none is recommended. The queue's and event bus's limits
     * ({@link DeliveryLimits}) are not asked: they are each cloud's, so they block one cloud's platforms and not the
     * other's, and no rate changes them (an assessment's {@code unfitAtEveryRate} tells a search).
     */
    public static boolean sharedLimitsBlock(dev.costfit.profile.Profile profile,
                                            dev.costfit.pricing.Catalog catalog) {
        for (dev.costfit.assessment.LimitCheck limit : sharedLimits(Deliveries.withRetries(profile), catalog)) {
            if (limit.blocks()) {
                return true;
            }
        }
        return false;
    }

    /** The limits {@link #assess} adds to every platform's assessment alike, of the profile as delivered. */
    private static List<dev.costfit.assessment.LimitCheck> sharedLimits(dev.costfit.profile.Profile delivered,
                                                                       dev.costfit.pricing.Catalog catalog) {
        return LlmCalls.limits(delivered, catalog);
    }

    /** {@link #sharedLimits} with the limits of the queue or event bus on the platform's cloud. */
    private static List<dev.costfit.assessment.LimitCheck> sharedLimits(Platform platform,
                                                                       dev.costfit.profile.Profile delivered,
                                                                       dev.costfit.pricing.Catalog catalog) {
        List<dev.costfit.assessment.LimitCheck> limits = new java.util.ArrayList<>(sharedLimits(delivered, catalog));
        limits.addAll(LlmCalls.window(delivered, catalog));
        limits.addAll(DeliveryLimits.check(delivered, platform.info().cloud(), platform.id(), catalog));
        return limits;
    }

    /** The glue (billed for {@code coldStarts} a month), the LLM calls and the pricing option added to {@code own}. */
    private static Assessment withShared(Platform platform, dev.costfit.profile.Profile stated,
                                         dev.costfit.profile.Profile profile,
                                         dev.costfit.profile.Profile delivered, PricingContext context, Assessment own,
                                         double coldStarts) {
        if (own.usable()) {
            GlueBill glue = GlueServices.bill(profile, new GlueSite(platform.info().cloud(),
                    region(platform, profile, context), platform.id(), coldStarts), context);
            own = own.withShared(glue.lines(), glue.limits());
            for (String note : glue.notes()) {
                own = own.withNote(note);
            }
        }
        // The tokens of the fewest deliveries any cloud makes are every platform's; what this cloud's further
        // attempts add is the platform's own, counted in its cost and ranking.
        List<dev.costfit.assessment.CostLine> llm = new java.util.ArrayList<>();
        if (delivered.llm().isPresent()) {
            dev.costfit.profile.Profile fewest = DeliveryLimits.fewestDelivered(stated, context.catalog());
            llm.addAll(LlmCalls.lines(fewest, context.catalog()));
            llm.addAll(LlmCalls.moreAttempts(delivered, fewest,
                    () -> DeliveryLimits.moreAttempts(delivered, fewest, platform.info().cloud()), context.catalog()));
        }
        Assessment priced = own.withShared(llm, sharedLimits(platform, delivered, context.catalog()));
        return FiniteFigures.check(Commitments.apply(priced, profile, context.catalog(), context.optionFor(profile)));
    }

    /**
     * What {@link #assess} gives lies between these two: as usable, and costing at least {@code lower}'s and at most
     * {@code upper}'s platform cost ({@link Platform#bracket}).
     */
    public record Bracket(Assessment lower, Assessment upper) {}

    /**
     * {@link Platform#bracket} of a profile as {@link #assess} prices it, the shared lines added at both ends (the
     * glue billed for no cold start and for the most): empty where the platform offers none (for a pipeline on
     * functions, where a step's platform offers none; a pipeline run whole, as {@link WholePipeline#sized} sizes it),
     * where assess prices it another way (a commitment's
     * discounts) or a price is missing.
     */
    public static Optional<Bracket> bracket(Platform platform, dev.costfit.profile.Profile stated,
                                            PricingContext context) {
        dev.costfit.profile.Profile profile = DeliveryLimits.onCloud(stated, platform.info().cloud(),
                context.catalog());
        dev.costfit.profile.Profile delivered = Deliveries.withRetries(profile);
        if (!context.optionFor(profile).onDemand()) {
            return Optional.empty();
        }
        try {
            Optional<CostBracket> own = ownBracket(platform, delivered, context);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            Assessment lower = own.get().lower();
            List<dev.costfit.assessment.CostLine> more = new java.util.ArrayList<>(lower.lines());
            more.add(new dev.costfit.assessment.CostLine(platform.id() + ".bracket", "the most left unmodelled", 1,
                    "month", own.get().addsAtMost(), own.get().addsAtMost(), false));
            return Optional.of(new Bracket(withShared(platform, stated, profile, delivered, context, lower, 0),
                    withShared(platform, stated, profile, delivered, context, lower.withLines(more, List.of()),
                            own.get().coldStartsAtMost())));
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return Optional.empty();
        }
    }

    /**
     * The platform's own bracket of a profile as delivered, as {@link #assess} prices its own lines: a pipeline on
     * functions step by step ({@link PipelineAssessment#bracket}), none for a pipeline on one function
     * ({@link StepsOnOneFunction}), anything else as invoked.
     *
     * @throws dev.costfit.pricing.MissingPriceException where the catalog lacks a price it needs
     */
    static Optional<CostBracket> ownBracket(Platform platform, dev.costfit.profile.Profile delivered,
                                            PricingContext context) {
        if (StepsOnOneFunction.applies(platform, delivered)) {
            return Optional.empty();
        }
        return PipelineAssessment.applies(platform, delivered)
                ? PipelineAssessment.bracket(platform, delivered, context)
                : platform.bracket(platform.asInvoked(WholePipeline.sized(delivered), context.catalog()), context);
    }

    /**
     * {@link Platform#costFloor} of a profile as {@link #assess} prices it (retried messages delivered again, batches
     * invoked; a pipeline on functions, its steps' floors added up: {@link PipelineAssessment#costFloor}; none for a
     * pipeline on one function, {@link StepsOnOneFunction}): 0 where a
     * commitment's discounts price it another way or a price is missing. What assess adds to the platform's own lines
     * (glue, LLM calls) only adds, so the floor still holds.
     */
    public static double costFloor(Platform platform, dev.costfit.profile.Profile stated, PricingContext context) {
        dev.costfit.profile.Profile delivered = Deliveries.withRetries(DeliveryLimits.onCloud(stated,
                platform.info().cloud(), context.catalog()));
        if (!context.optionFor(stated).onDemand()) {
            return 0;
        }
        if (StepsOnOneFunction.applies(platform, delivered)) {
            return 0;
        }
        try {
            double floor = PipelineAssessment.applies(platform, delivered)
                    ? PipelineAssessment.costFloor(platform, delivered, context)
                    : platform.costFloor(platform.asInvoked(WholePipeline.sized(delivered), context.catalog()),
                    context);
            return Double.isFinite(floor) && floor > 0 ? floor : 0;
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return 0;
        }
    }

    /** The region the glue is priced in: the profile's AWS region, or the Google region of Cloud Run functions. */
    private static String region(Platform platform, dev.costfit.profile.Profile profile, PricingContext context) {
        return platform.info().cloud() == dev.costfit.profile.Cloud.AWS ? profile.region()
                : GoogleRegion.forGen2(profile, context.catalog(), false).name();
    }

    /**
     * The Google region Cloud Run functions are priced in for a profile (its gcp_region, else the nearest to its AWS
     * region), empty where the catalog names none: what a comparison across AWS regions says of Google's.
     */
    public static Optional<String> googleRegion(dev.costfit.profile.Profile profile,
                                                dev.costfit.pricing.Catalog catalog) {
        return GoogleRegion.gen2Name(profile, catalog);
    }

    public static List<String> ids() {
        return ALL.stream().map(Platform::id).toList();
    }
}
