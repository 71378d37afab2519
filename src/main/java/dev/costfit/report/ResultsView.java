package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommendation;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.yaml.DefaultUsed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every format of the `recommend` and `check` reports says, worked out once from the results (issue 14: the
 * table, Markdown and HTML renderers each re-walked the results and drifted apart — the runner-up lost its variant
 * in Markdown and HTML, the "Fits" legend and the cost lines' total were only in some formats). Every figure and
 * word a reader compares across formats is decided here; the renderers choose how much to show, lay it out and
 * escape it. Nothing here knows one platform from another: platforms are rows.
 *
 * The run itself (catalog, free tier, tripped policies) is {@link RunInfo}'s to say.
 *
 * @param profiles one per profile, in the order of the results
 */
record ResultsView(List<ProfileView> profiles) {

    static final String NOTHING = "—";
    /** Says what each word of the Fits column means (a reader met "quota" with no explanation). */
    static final String FITS_LEGEND = "Fits: yes; quota = fits once a default quota is raised (see \"needs action\"); "
            + "no price = fits, but the catalog lacks a price here; no = breaks a hard limit.";
    private static final int MAX_LINES_IN_SUMMARY = 3;

    /** A platform's standing for a profile, as the Fits column words it. */
    enum Fit {
        YES("yes"), QUOTA("quota"), NO_PRICE("no price"), NO("no");

        final String word;

        Fit(String word) {
            this.word = word;
        }

        static Fit of(Assessment a) {
            if (!a.feasible()) {
                return NO;
            }
            if (!a.priced()) {
                return NO_PRICE;
            }
            return a.violations().stream().anyMatch(v -> v.severity() == LimitCheck.Severity.QUOTA) ? QUOTA : YES;
        }
    }

    /**
     * One profile.
     *
     * @param result      the results it was made from, for the charts (which draw from the figures themselves)
     * @param recommended the recommended platform, if any
     * @param runnerUp    the next best platform, if any
     * @param tokens      the monthly cost every platform shares (LLM tokens), where there is one
     * @param coldStarts  every usable platform's cold-start explanation, "Platform: …"
     * @param notes       every platform's notes, "Platform: …"
     */
    record ProfileView(ProfileResult result, String name, String kind, String region, String source,
                       String description, String summary, Optional<PlatformView> recommended,
                       Optional<PlatformView> runnerUp, List<String> reasons, List<PlatformView> platforms,
                       Optional<String> tokens, List<String> coldStarts, List<String> notes,
                       List<DefaultUsed> defaults) {

        /**
         * The usable platforms that pay for LLM tokens beyond those every platform shares (their cloud's further
         * delivery attempts), in their own monthly cost.
         */
        List<String> moreTokens() {
            return platforms.stream().filter(PlatformView::usable)
                    .filter(v -> v.lines().stream().anyMatch(l -> l.line().key().equals(CostLine.LLM_MORE_ATTEMPTS)))
                    .map(PlatformView::label).toList();
        }

        /** "AWS Fargate (x86_64), $91.94 a month", or empty where no platform fits. */
        Optional<String> headline() {
            return recommended.map(p -> p.label() + ", " + p.monthly() + " a month");
        }

        /**
         * What stands where nothing is recommended: that nothing fits, or that what fits has no price here (the
         * catalog lacks the region's prices: "does not fit" would be false, and a user would look for a limit).
         */
        String nothingRecommended() {
            return fitting().isEmpty() ? "no platform fits" : "no platform that fits could be priced here";
        }

        /** "5 of 6": how many platforms fit (priced or not). */
        String fitCount() {
            return fitting().size() + " of " + platforms.size();
        }

        /** The names of the platforms that fit, priced or not. */
        List<String> fitting() {
            return platforms.stream().filter(PlatformView::feasible).map(PlatformView::name).toList();
        }

        /** Every limit of every platform. */
        List<LimitView> limits() {
            return platforms.stream().flatMap(p -> p.limits().stream()).toList();
        }

        long limitsNotMet() {
            return limits().stream().filter(l -> !l.ok()).count();
        }
    }

    /**
     * One platform of a profile.
     *
     * @param id            the platform's stable id ("lambda")
     * @param label         name and variant: "AWS Fargate (x86_64)"
     * @param clean         no limit is over, not even a quota or an advisory one
     * @param monthly       what the platform costs a month without the shared lines, "—" where it cannot be used
     * @param total         the month with every line, shared ones too
     * @param tokens        the shared lines' month (LLM tokens), where there are any
     * @param largestLines  the three largest own lines, or why it does not fit or cannot be priced
     * @param chosen        this is the recommendation
     */
    record PlatformView(String id, String name, String variant, String label, Fit fit, boolean clean,
                        boolean feasible, boolean usable, String monthly, String total, Optional<String> tokens,
                        String largestLines, String capacity, boolean chosen, List<LineView> lines,
                        Optional<String> unpriced, List<LimitView> limits, List<String> coldStarts,
                        List<String> notes, List<String> assumptions, List<SettingOption> tradeOff) {

        /** "AWS Fargate (x86_64) $732.23": a platform with its month, as the runner-up is named. */
        String labelAndMonthly() {
            return label + " " + monthly;
        }
    }

    /** A cost line, its figures as printed; {@code line} keeps them unrounded for machine formats. */
    record LineView(CostLine line, String quantity, String unitPrice, String monthly) {

        static LineView of(CostLine line) {
            return new LineView(line, Numbers.grouped(line.quantity(), 3), Money.unitPrice(line.unitPrice()),
                    Money.format(line.monthlyCost()));
        }

        String component() {
            return line.component();
        }

        String unit() {
            return line.unit();
        }
    }

    /**
     * A limit of a platform: {@code status} is "ok" or what breaking it means, the workaround only where it is not
     * met.
     */
    record LimitView(String platformId, String platform, String limit, String needs, String allowed, boolean ok,
                     LimitCheck.Severity severity, String status, String workaround) {

        static LimitView of(Assessment a, LimitCheck check) {
            return new LimitView(a.platform(), a.platformName(), check.limit(), check.required(), check.allowed(),
                    check.ok(), check.severity(), check.ok() ? "ok" : severityWord(check.severity()),
                    check.ok() ? "" : check.workaround());
        }

        /** "hard", "quota", "advisory". */
        String severityKey() {
            return severity.name().toLowerCase(Locale.ROOT);
        }

        /** Blocks the platform: the workload cannot run there as described. */
        boolean blocks() {
            return !ok && severity == LimitCheck.Severity.HARD;
        }
    }

    static ResultsView of(List<ProfileResult> results) {
        return new ResultsView(results.stream().map(ResultsView::profile).toList());
    }

    private static ProfileView profile(ProfileResult result) {
        Profile p = result.profile();
        Recommendation rec = result.recommendation();
        List<PlatformView> platforms = result.assessments().stream()
                .map(a -> platform(a, rec.chosen().filter(c -> c == a).isPresent())).toList();
        Optional<PlatformView> recommended = platforms.stream().filter(PlatformView::chosen).findFirst();
        Optional<PlatformView> runnerUp = rec.runnerUp().map(r -> platforms.get(result.assessments().indexOf(r)));
        Optional<String> tokens = platforms.stream().filter(PlatformView::usable).findFirst()
                .flatMap(PlatformView::tokens);
        List<String> coldStarts = platforms.stream().filter(PlatformView::usable)
                .flatMap(v -> v.coldStarts().stream().map(e -> v.name() + ": " + e)).toList();
        List<String> notes = platforms.stream().flatMap(v -> v.notes().stream().map(n -> v.name() + ": " + n))
                .toList();
        return new ProfileView(result, p.name(), p.kind().spelling(), p.region(), p.source().start().toString(),
                p.description(), ProfileSummary.describe(p), recommended, runnerUp, rec.reasons(), platforms, tokens,
                coldStarts, notes, p.defaultsUsed());
    }

    private static PlatformView platform(Assessment a, boolean chosen) {
        double shared = a.monthlyCost() - a.platformCost();
        List<LimitView> limits = a.limits().stream().map(l -> LimitView.of(a, l)).toList();
        return new PlatformView(a.platform(), a.platformName(), a.variant(), label(a), Fit.of(a),
                a.violations().isEmpty(), a.feasible(), a.usable(),
                a.usable() ? Money.format(a.platformCost()) : NOTHING, Money.format(a.monthlyCost()),
                a.usable() && shared > 0 ? Optional.of(Money.format(shared)) : Optional.empty(),
                largestLines(a, limits), a.capacity().summary(), chosen,
                a.lines().stream().map(LineView::of).toList(), a.unpriced(), limits,
                a.coldStarts().explanation(), a.notes(), a.assumptions(), a.tradeOff());
    }

    private static String label(Assessment a) {
        return a.platformName() + (a.variant().isEmpty() ? "" : " (" + a.variant() + ")");
    }

    private static String largestLines(Assessment a, List<LimitView> limits) {
        if (!a.feasible()) {
            return "does not fit: " + limits.stream().filter(LimitView::blocks).map(l -> l.limit() + " "
                    + l.needs() + " (allowed " + l.allowed() + ")").collect(Collectors.joining("; "));
        }
        if (!a.priced()) {
            return a.unpriced().orElse("");
        }
        return a.lines().stream().filter(l -> !l.shared())
                .sorted(Comparator.comparingDouble(CostLine::monthlyCost).reversed())
                .limit(MAX_LINES_IN_SUMMARY)
                .map(l -> l.component() + " " + Money.format(l.monthlyCost()))
                .collect(Collectors.joining("; "));
    }

    /** What breaking a limit of this severity means. */
    static String severityWord(LimitCheck.Severity severity) {
        return switch (severity) {
            case HARD -> "VIOLATED";
            case QUOTA -> "over the default quota";
            case ADVISORY -> "caution";
        };
    }
}
