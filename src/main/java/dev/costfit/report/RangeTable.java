package dev.costfit.report;

import dev.costfit.recommend.RangeAnalysis;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The --ranges table every renderer lays out: each platform's P10/P50/P90 and how often it wins. */
final class RangeTable {

    private RangeTable() {
    }

    static String title(RangeAnalysis r) {
        return "Across the ranges: " + Numbers.grouped(r.scenarios(), 0) + " scenarios (monthly, LLM tokens left out)";
    }

    /** Who wins how often, then how the scenarios were drawn. */
    static List<String> sentences(RangeAnalysis r) {
        List<String> out = new ArrayList<>();
        out.add(verdict(r));
        r.llmTokens().ifPresent(band -> out.add("LLM tokens, alike on every platform and left out above: P10 "
                + Money.format(band.p10()) + ", P50 " + Money.format(band.p50()) + ", P90 " + Money.format(band.p90())
                + " a month."));
        out.add("Each scenario draws " + String.join(", ", r.varied()) + " independently from a "
                + RangeAnalysis.DISTRIBUTION + " distribution between low and high, peaking at expected (seed "
                + r.seed() + "); P10, P50 and P90 are by nearest rank over the scenarios where a platform fits.");
        return out;
    }

    /** Column headers ('>' marks right alignment). */
    static List<String> header() {
        return List.of("Platform", ">P10", ">P50", ">P90", ">Fits", ">Cheapest", ">Recommended");
    }

    /** A row per platform. Cells are plain text. */
    static List<List<String>> rows(RangeAnalysis r) {
        List<List<String>> out = new ArrayList<>();
        for (RangeAnalysis.Spread s : r.spreads()) {
            out.add(List.of(r.name(s.platform()), money(s.p10()), money(s.p50()), money(s.p90()),
                    percent(r, s.fits()), percent(r, r.cheapest().getOrDefault(s.platform(), 0)),
                    percent(r, r.recommended().getOrDefault(s.platform(), 0))));
        }
        return out;
    }

    /**
     * The cost bands for a terminal: per platform that fits, '=' from its P10 to its P90 and '|' at its P50, on one
     * scale from $0 to the highest P90 across {@code columns} characters; a heading line first.
     */
    static List<String> bands(RangeAnalysis r, int columns) {
        List<RangeAnalysis.Spread> shown = r.spreads().stream().filter(s -> s.p90().isPresent()).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        double top = shown.stream().mapToDouble(s -> s.p90().getAsDouble()).max().orElse(0);
        int label = shown.stream().mapToInt(s -> r.name(s.platform()).length()).max().orElse(0);
        List<String> out = new ArrayList<>();
        out.add("Cost bands, $0 to " + Money.format(top) + " a month ('=' P10 to P90, '|' P50):");
        for (RangeAnalysis.Spread s : shown) {
            char[] bar = " ".repeat(columns).toCharArray();
            int from = at(s.p10().getAsDouble(), top, columns);
            int to = at(s.p90().getAsDouble(), top, columns);
            for (int i = from; i <= to; i++) {
                bar[i] = '=';
            }
            bar[at(s.p50().getAsDouble(), top, columns)] = '|';
            String name = r.name(s.platform());
            out.add(name + " ".repeat(label - name.length()) + "  " + new String(bar).stripTrailing());
        }
        return out;
    }

    /** The column of a cost on a scale of {@code columns} characters from $0 to {@code top}. */
    private static int at(double cost, double top, int columns) {
        return top <= 0 ? 0 : (int) Math.min(columns - 1, Math.round(cost / top * (columns - 1)));
    }

    /** "Recommended: AWS Fargate in 72% of scenarios, AWS Lambda in 28%." */
    static String verdict(RangeAnalysis r) {
        return "Recommended: " + shares(r, r.recommended()) + ". Cheapest: " + shares(r, r.cheapest()) + ".";
    }

    private static String shares(RangeAnalysis r, Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((id, n) -> parts.add(r.name(id) + " in " + percent(r, n)
                + (parts.isEmpty() ? " of scenarios" : "")));
        return String.join(", ", parts);
    }

    /**
     * A share of the scenarios, whole where it is whole, else to 0.1%, with more places where 0.1% would round it to
     * 0% or 100%: a share that is not all or none is never shown as either (9,998 of 10,000 is 99.98%, not 100%).
     */
    static String percent(RangeAnalysis r, int count) {
        double share = 100.0 * r.share(count);
        if (count * 100L % r.scenarios() == 0) {
            return Numbers.grouped(share, 0) + "%";
        }
        String shown = Numbers.grouped(share, 1);
        for (int places = 2; places < 10 && allOrNone(shown); places++) {
            shown = Numbers.grouped(share, places);
        }
        return shown + "%";
    }

    private static boolean allOrNone(String shown) {
        double value = Double.parseDouble(shown.replace(",", ""));
        return value <= 0 || value >= 100;
    }

    private static String money(OptionalDouble cost) {
        return cost.isPresent() ? Money.format(cost.getAsDouble()) : "—";
    }
}
