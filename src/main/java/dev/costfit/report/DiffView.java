package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.PricingOption;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileDiff.Standing;
import dev.costfit.units.EnglishList;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every format of the `diff` report says, worked out once (issue 14: three renderers each re-walking the diff
 * had drifted apart — an added profile's recommendation was "—" in HTML and a platform in Markdown, the HTML Δ lost
 * its "+", an added profile's platforms read "does not fit" before it existed). The renderers only lay it out.
 *
 * @param summary  one sentence: the counts and the recommended platforms' total, before → after (Δ), and which
 *                 profiles the totals leave out
 * @param basis    where and how the figures are priced: the region(s) and the pricing option
 * @param rows     one per profile: the changed, added and removed first, in the order of the diff, then the
 *                 unchanged (a reader, and a comment cut to fit, meets the changes first)
 * @param total    the totals row
 * @param sections each profile that is not unchanged: its field changes and each platform before and after
 * @param footnote what the costs are
 */
record DiffView(String summary, String basis, List<Row> rows, Row total, List<Section> sections, String footnote) {

    /** Said in the Before cells of a profile that did not exist, and the After cells of one that no longer does. */
    static final String NEW = "new";
    static final String REMOVED = "removed";
    static final String NOT_FITTING = "does not fit";
    static final String NOT_PRICED = "no price here";
    static final String NOT_ASSESSED = "not assessed";
    /** A profile's cost cell where no platform fits: no figure, which $0.00 would have been. */
    static final String FITS_NOTHING = "fits nothing";
    /** The recommendation where there is none. */
    static final String NONE = "none";
    static final String NOTHING = "—";
    /** The profiles the summary names where the totals leave some out; the rest are counted. */
    private static final int NAMED = 5;

    /**
     * A profile's line. {@code before} and {@code after} are the recommended platforms' names ("none" where nothing
     * is recommended); {@code changed} says the recommendation moved, and then {@code after} is the one to stress.
     *
     * @param unchanged    whether the profile is unchanged (a comment cut to fit counts these in one line)
     * @param totalBefore  what the profile adds to the total before (0 where absent or left out of the totals)
     * @param totalAfter   the same after
     */
    record Row(String profile, String change, String before, String after, boolean changed, String costBefore,
               String costAfter, String delta, boolean unchanged, double totalBefore, double totalAfter) {

        /** The recommendation in plain text: "AWS Lambda → AWS Fargate", or the one platform. */
        String recommended() {
            return changed ? before + " → " + after : after;
        }
    }

    record Section(String profile, String change, ProfileDiff diff, List<ProfileDiff.FieldChange> fields,
                   List<PlatformRow> platforms) {}

    record PlatformRow(String platform, String before, String after, String delta) {}

    static DiffView of(RunInfo run, Diff diff) {
        List<ProfileDiff> leftOut = diff.leftOutOfTotals();
        String summary = count(diff, ProfileDiff.Status.ADDED) + " added, " + count(diff, ProfileDiff.Status.REMOVED)
                + " removed, " + count(diff, ProfileDiff.Status.CHANGED) + " changed, "
                + count(diff, ProfileDiff.Status.UNCHANGED) + " unchanged. Monthly cost of the recommended platforms: "
                + Money.format(diff.totalBefore()) + " → " + Money.format(diff.totalAfter()) + " ("
                + signed(diff.totalAfter() - diff.totalBefore()) + ")." + leftOutSentence(leftOut);
        List<Row> rows = Stream.concat(
                diff.profiles().stream().filter(d -> d.status() != ProfileDiff.Status.UNCHANGED),
                diff.profiles().stream().filter(d -> d.status() == ProfileDiff.Status.UNCHANGED))
                .map(DiffView::row).toList();
        String totalLabel = leftOut.isEmpty() ? "Total" : "Total (excludes " + profiles(leftOut.size()) + ")";
        Row total = new Row(totalLabel, "", "", "", false, Money.format(diff.totalBefore()),
                Money.format(diff.totalAfter()), signed(diff.totalAfter() - diff.totalBefore()), false,
                diff.totalBefore(), diff.totalAfter());
        List<Section> sections = diff.profiles().stream().filter(d -> d.status() != ProfileDiff.Status.UNCHANGED)
                .map(DiffView::section).toList();
        return new DiffView(summary, basis(run, diff), rows, total, sections, "Prices: " + run.catalogNote()
                + ". Costs are the recommended platforms' monthly costs, without LLM tokens.");
    }

    /**
     * The rows counted as one line, "1,099 unchanged profiles", with their totals: a comment cut to fit GitHub's
     * limit keeps the table adding up to its Total row.
     */
    static Row counted(String label, String change, List<Row> rows) {
        double before = rows.stream().mapToDouble(Row::totalBefore).sum();
        double after = rows.stream().mapToDouble(Row::totalAfter).sum();
        return new Row(label, change, "", "", false, Money.format(before), Money.format(after),
                signed(after - before), false, before, after);
    }

    private static String count(Diff diff, ProfileDiff.Status status) {
        return Numbers.grouped(diff.count(status), 0);
    }

    /** "1 profile", "1,099 profiles". */
    static String profiles(long n) {
        return profiles(n, "");
    }

    /** "1 more profile", "1,099 unchanged profiles". */
    static String profiles(long n, String which) {
        return Numbers.grouped(n, 0) + (which.isEmpty() ? "" : " " + which) + (n == 1 ? " profile" : " profiles");
    }

    private static String leftOutSentence(List<ProfileDiff> leftOut) {
        if (leftOut.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>(leftOut.stream().limit(NAMED).map(ProfileDiff::name).toList());
        if (leftOut.size() > NAMED) {
            names.add(Numbers.grouped(leftOut.size() - NAMED, 0) + " more");
        }
        return " The totals leave out " + profiles(leftOut.size()) + " with no cost before or after ("
                + (leftOut.size() == 1 ? "it fits" : "they fit") + " nothing, or nothing that fits is priced here): "
                + EnglishList.of(names) + ".";
    }

    /**
     * "Priced in me-central-1 (--region), on demand.": the region(s) every figure is priced in and how compute is
     * bought, as the run's options or the profiles' own fields set them (a review found neither left a
     * trace in the report). Google platforms follow each AWS region's nearest Google region unless gcp_region says.
     */
    static String basis(RunInfo run, Diff diff) {
        Set<String> regions = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        for (ProfileDiff d : diff.profiles()) {
            Stream.of(d.regionBefore(), d.regionAfter()).flatMap(Optional::stream).forEach(regions::add);
            Stream.of(d.pricingBefore(), d.pricingAfter()).flatMap(Optional::stream).map(PricingOption::id)
                    .forEach(options::add);
        }
        String where = !run.regions().isEmpty() ? String.join(", ", run.regions()) + " (--region)"
                : regions.isEmpty() ? "each profile's own region"
                : regions.size() == 1 ? regions.iterator().next() + " (the profiles' own region)"
                : "each profile's own region (" + EnglishList.of(List.copyOf(regions)) + ")";
        String how = run.pricing().map(o -> (o.onDemand() ? "" : "under a ") + o.label() + " (--pricing " + o.id()
                        + ")")
                .orElse(options.size() == 1 && options.contains(PricingOption.ON_DEMAND.id())
                        || options.isEmpty() ? PricingOption.ON_DEMAND.label()
                        : "as each profile's own pricing says (" + EnglishList.of(List.copyOf(options)) + ")");
        return "Priced in " + where + ", " + how + ".";
    }

    private static Row row(ProfileDiff d) {
        boolean removed = d.status() == ProfileDiff.Status.REMOVED;
        String before = recommended(d.before(), d.recommendedBefore());
        String after = recommended(d.after(), d.recommendedAfter());
        return new Row(d.name(), status(d), before, removed ? before : after, d.recommendationChanged(),
                cost(d.before(), NEW), cost(d.after(), REMOVED),
                d.inTotals() ? signed(d.totalAfter() - d.totalBefore()) : NOTHING,
                d.status() == ProfileDiff.Status.UNCHANGED, d.totalBefore(), d.totalAfter());
    }

    private static String recommended(ProfileDiff.Side side, Optional<Assessment> chosen) {
        return side.standing() == Standing.ABSENT ? NOTHING : chosen.map(Assessment::platformName).orElse(NONE);
    }

    /** A profile's cost cell: the figure, or why there is none. */
    private static String cost(ProfileDiff.Side side, String absent) {
        return switch (side.standing()) {
            case FITS -> Money.format(side.cost().getAsDouble());
            case UNFIT -> FITS_NOTHING;
            case UNPRICED -> NOT_PRICED;
            case NOT_ASSESSED -> NOT_ASSESSED;
            case ABSENT -> absent;
        };
    }

    private static Section section(ProfileDiff d) {
        List<PlatformRow> platforms = d.platforms().stream().map(p -> new PlatformRow(p.name(),
                platformCost(p.sideBefore(), NEW), platformCost(p.sideAfter(), REMOVED),
                p.delta().isPresent() ? signed(p.delta().getAsDouble()) : NOTHING)).toList();
        return new Section(d.name(), status(d), d, d.fields(), platforms);
    }

    /** A platform's cost cell: "does not fit", "no price here" and "removed" are three different things. */
    private static String platformCost(ProfileDiff.Side side, String absent) {
        return side.standing() == Standing.UNFIT ? NOT_FITTING : cost(side, absent);
    }

    private static String status(ProfileDiff d) {
        return d.status().name().toLowerCase(Locale.ROOT);
    }

    /** A change of cost with its sign: +$155.37, -$0.49, $0.00 (under half a cent either way). */
    static String signed(double delta) {
        return delta > 0.005 ? "+" + Money.format(delta) : delta < -0.005 ? Money.format(delta) : "$0.00";
    }
}
