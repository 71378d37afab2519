package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.units.Money;
import java.util.Locale;
import java.util.OptionalDouble;

/** The `diff` report for people: the change of every profile, then what changed in each. */
final class DiffTableReport {

    private static final String INDENT = "  ";

    private final int width;
    private final Style style;

    DiffTableReport(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    String render(RunInfo run, Diff diff) {
        StringBuilder out = new StringBuilder(style.bold("Cost change")).append('\n');
        out.append(INDENT).append(diff.count(ProfileDiff.Status.ADDED)).append(" added, ")
                .append(diff.count(ProfileDiff.Status.REMOVED)).append(" removed, ")
                .append(diff.count(ProfileDiff.Status.CHANGED)).append(" changed, ")
                .append(diff.count(ProfileDiff.Status.UNCHANGED)).append(" unchanged\n\n");
        TextTable table = new TextTable("~Profile", "Change", "~Recommended", ">Before", ">After", ">Change");
        for (ProfileDiff d : diff.profiles()) {
            String before = d.recommendedBefore().map(Assessment::platformName).orElse("—");
            String after = d.recommendedAfter().map(Assessment::platformName).orElse("—");
            table.row(d.name(), d.status().name().toLowerCase(Locale.ROOT),
                    d.recommendationChanged() ? before + " → " + after
                            : d.status() == ProfileDiff.Status.REMOVED ? before : after,
                    Money.format(d.costBefore()), Money.format(d.costAfter()),
                    signed(d.costAfter() - d.costBefore()));
        }
        table.row("Total", "", "", Money.format(diff.totalBefore()), Money.format(diff.totalAfter()),
                signed(diff.totalAfter() - diff.totalBefore()));
        out.append(table.render(width, INDENT));
        for (ProfileDiff d : diff.profiles()) {
            if (d.status() != ProfileDiff.Status.CHANGED) {
                continue;
            }
            out.append('\n').append(style.bold(d.name())).append('\n');
            TextTable fields = new TextTable("~Field", "~Before", "~After");
            d.fields().forEach(f -> fields.row(f.path(), f.before(), f.after()));
            out.append(fields.render(width, INDENT));
            TextTable platforms = new TextTable("Platform", ">Before", ">After", ">Change");
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                platforms.row(p.name(), cost(p.before()), cost(p.after()),
                        p.delta().isPresent() ? signed(p.delta().getAsDouble()) : "—");
            }
            out.append('\n').append(platforms.render(width, INDENT));
        }
        out.append('\n').append(style.dim("Prices: catalog of " + run.catalog().date() + ". Costs are the recommended "
                + "platforms' monthly costs, without LLM tokens.")).append('\n');
        return out.toString();
    }

    private static String cost(OptionalDouble value) {
        return value.isPresent() ? Money.format(value.getAsDouble()) : "does not fit";
    }

    static String signed(double delta) {
        return delta > 0.005 ? "+" + Money.format(delta) : delta < -0.005 ? Money.format(delta) : "$0.00";
    }
}
