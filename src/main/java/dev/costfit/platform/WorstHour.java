package dev.costfit.platform;

import dev.costfit.model.ColdStartPlan;
import dev.costfit.model.HourlyLoad;
import dev.costfit.units.Numbers;

/**
 * The share of requests that start cold as the latency SLO judges it: in the worst hour of the pattern, named by its
 * kind (the quietest hours, the hour traffic rises), beside the month's. The SLO's share is the "max share of cold
 * requests" (DESIGN §2): read per hour, the conservative reading, since a share met over the month can be broken
 * every night, when few requests keep few environments warm.
 */
final class WorstHour {

    private static final String EVERY_HOUR = "in every hour";

    private WorstHour() {
    }

    /**
     * "0.163% would start cold in the quietest hours (0.0586% over the month)" with {@code verb} "would start cold";
     * "0.0628% would start cold in every hour" where the pattern is flat (the worst hour is then every hour).
     */
    static String shares(HourlyLoad load, ColdStartPlan.Outcome outcome, String verb) {
        return shares(outcome.worstHourShare(), kind(load, outcome.worstHour()), outcome.share(), verb);
    }

    /** The same from the figures alone ({@link #kind} of the worst hour): a check's text keeps them, not the load. */
    static String shares(double worstHourShare, String kind, double monthShare, String verb) {
        String worst = percent(worstHourShare) + " " + verb + " " + kind;
        return kind.equals(EVERY_HOUR) ? worst : worst + " (" + percent(monthShare) + " over the month)";
    }

    /**
     * What sets pattern hour {@code h} apart: "in every hour" (a flat pattern), "in the hour from 08:00, as traffic
     * rises" (its rate differs from the hour before's: a step, whose cold starts are the pool growing or the hour
     * before's instances idling out), "in the quietest hours", "in the busiest hours", or "in the hour from 03:00".
     */
    static String kind(HourlyLoad load, int h) {
        int n = load.hourCount();
        if (load.distinctHours().size() < 2) {
            return EVERY_HOUR;
        }
        double rate = load.loadOf(h).rate();
        double before = load.loadOf((h - 1 + n) % n).rate();
        if (rate != before) {
            return "in the hour from " + PatternStep.hourName(h, n) + ", as traffic " + (rate > before ? "rises"
                    : "falls");
        }
        double quietest = Double.POSITIVE_INFINITY;
        double busiest = 0;
        for (HourlyLoad.Hour hour : load.distinctHours()) {
            if (hour.rate() > 0) {
                quietest = Math.min(quietest, hour.rate());
            }
            busiest = Math.max(busiest, hour.rate());
        }
        return rate == quietest ? "in the quietest hours" : rate == busiest ? "in the busiest hours"
                : "in the hour from " + PatternStep.hourName(h, n);
    }

    private static String percent(double share) {
        return Numbers.significant(share * 100, 3) + "%";
    }
}
