package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.units.Money;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What every format of the `diff` report says, worked out once (issue 14: three renderers each re-walking the diff
 * had drifted apart — an added profile's recommendation was "—" in HTML and a platform in Markdown, the HTML Δ lost
 * its "+", an added profile's platforms read "does not fit" before it existed). The renderers only lay it out.
 *
 * @param summary  one sentence: the counts and the recommended platforms' total, before → after (Δ)
 * @param rows     one per profile, in the order of the diff
 * @param total    the totals row
 * @param sections each profile that is not unchanged: its field changes and each platform before and after
 * @param footnote what the costs are
 */
record DiffView(String summary, List<Row> rows, Row total, List<Section> sections, String footnote) {

    /** Said in the Before cells of a profile that did not exist, and the After cells of one that no longer does. */
    static final String NEW = "new";
    static final String REMOVED = "removed";
    static final String NOT_FITTING = "does not fit";
    static final String NOTHING = "—";

    /**
     * A profile's line. {@code before} and {@code after} are the recommended platforms' names ("—" where none);
     * {@code changed} says the recommendation moved, and then {@code after} is the one to stress.
     */
    record Row(String profile, String change, String before, String after, boolean changed, String costBefore,
               String costAfter, String delta) {

        /** The recommendation in plain text: "AWS Lambda → AWS Fargate", or the one platform. */
        String recommended() {
            return changed ? before + " → " + after : after;
        }
    }

    record Section(String profile, String change, ProfileDiff diff, List<ProfileDiff.FieldChange> fields,
                   List<PlatformRow> platforms) {}

    record PlatformRow(String platform, String before, String after, String delta) {}

    static DiffView of(RunInfo run, Diff diff) {
        String summary = diff.count(ProfileDiff.Status.ADDED) + " added, " + diff.count(ProfileDiff.Status.REMOVED)
                + " removed, " + diff.count(ProfileDiff.Status.CHANGED) + " changed, "
                + diff.count(ProfileDiff.Status.UNCHANGED) + " unchanged. Monthly cost of the recommended platforms: "
                + Money.format(diff.totalBefore()) + " → " + Money.format(diff.totalAfter()) + " ("
                + signed(diff.totalAfter() - diff.totalBefore()) + ").";
        List<Row> rows = diff.profiles().stream().map(DiffView::row).toList();
        Row total = new Row("Total", "", "", "", false, Money.format(diff.totalBefore()),
                Money.format(diff.totalAfter()), signed(diff.totalAfter() - diff.totalBefore()));
        List<Section> sections = diff.profiles().stream().filter(d -> d.status() != ProfileDiff.Status.UNCHANGED)
                .map(DiffView::section).toList();
        return new DiffView(summary, rows, total, sections, "Prices: catalog of " + run.catalog().date()
                + ". Costs are the recommended platforms' monthly costs, without LLM tokens.");
    }

    private static Row row(ProfileDiff d) {
        boolean added = d.status() == ProfileDiff.Status.ADDED;
        boolean removed = d.status() == ProfileDiff.Status.REMOVED;
        String before = d.recommendedBefore().map(Assessment::platformName).orElse(NOTHING);
        String after = d.recommendedAfter().map(Assessment::platformName).orElse(NOTHING);
        return new Row(d.name(), status(d), before, removed ? before : after, d.recommendationChanged(),
                added ? NEW : Money.format(d.costBefore()), removed ? REMOVED : Money.format(d.costAfter()),
                signed(d.costAfter() - d.costBefore()));
    }

    private static Section section(ProfileDiff d) {
        boolean added = d.status() == ProfileDiff.Status.ADDED;
        boolean removed = d.status() == ProfileDiff.Status.REMOVED;
        List<PlatformRow> platforms = d.platforms().stream().map(p -> new PlatformRow(p.name(),
                added ? NEW : cost(p.before()), removed ? REMOVED : cost(p.after()),
                p.delta().isPresent() ? signed(p.delta().getAsDouble()) : NOTHING)).toList();
        return new Section(d.name(), status(d), d, d.fields(), platforms);
    }

    private static String status(ProfileDiff d) {
        return d.status().name().toLowerCase(Locale.ROOT);
    }

    private static String cost(OptionalDouble value) {
        return value.isPresent() ? Money.format(value.getAsDouble()) : NOT_FITTING;
    }

    /** A change of cost with its sign: +$155.37, -$0.49, $0.00 (under half a cent either way). */
    static String signed(double delta) {
        return delta > 0.005 ? "+" + Money.format(delta) : delta < -0.005 ? Money.format(delta) : "$0.00";
    }
}
