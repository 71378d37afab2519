package dev.costfit.platform;

import dev.costfit.model.ColdStartPlan;
import dev.costfit.model.ErlangLoss;
import dev.costfit.model.HourlyLoad;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * Lambda's provisioned concurrency bought for its price, not for a latency SLO: a provisioned environment is billed
 * for every second it is configured, at a lower price per second it runs, so it costs less than on demand wherever
 * it is busy more than configured ÷ (on demand − running) of the time — 60% at AWS's list prices
 * (pricing-reference.md §1.1: $0.0000041667 configured and $0.0000097222 running a GB-second, against $0.0000166667
 * on demand). `auto` buys it only for a latency SLO (DESIGN §3), as the published on-demand examples price it; a
 * report says where buying it for its price would cost less, and about how much: the duration it moves to the
 * provisioned rate less what it costs configured, at the chosen memory setting. Stating the count prices the month
 * exactly, and can only save more (the cold starts it spares, a memory setting chosen with it); a re-assessment
 * here would cost a portfolio an eighth more time.
 *
 * <p>Requests go to the provisioned environments first, one each, and one that finds them all busy runs on demand
 * to its end: Erlang's loss system ({@link ErlangLoss}), in which the k-th environment (from 0) is busy
 * L·(B(k) − B(k + 1)) of the hour, what it adds to the load the environments carry. One count all month (what the
 * profile field sets): environment k pays for itself where its share of the month's time busy,
 * Σ_h hours_h·share_h(k) / Σ_h hours_h, exceeds the break-even share;
 * that share falls with k, so the environments that pay are the first ones, found by bisection. Scheduled by the hour
 * (Application Auto Scaling's scheduled actions, which the profile cannot state), each hour keeps those busy more
 * than the break-even share of it, share_h(k): never less saved than one count all month, and far more where the
 * hours' loads differ (the chat API sample's business hours: about $398 against $100).
 */
final class ProvisionedForPrice {

    private ProvisionedForPrice() {
    }

    /**
     * The share of the time an environment must be busy for provisioning it to cost less than on demand; at least 1
     * (never) where running on a provisioned environment costs no less than on demand.
     *
     * @param configured a GB-second configured
     * @param running    a GB-second run on a provisioned environment
     * @param onDemand   a GB-second on demand, at the month's last tier (the GB-seconds provisioning takes off)
     */
    static double breakEvenShare(double configured, double running, double onDemand) {
        double saved = onDemand - running;
        return saved > 0 ? configured / saved : Double.POSITIVE_INFINITY;
    }

    /** The most environments, all month, each busy more than {@code breakEven} of the time (0 where none is). */
    static int environments(HourlyLoad load, double breakEven) {
        return paying(load, load.distinctHours(), breakEven);
    }

    /**
     * The most environments in each distinct hour ({@link HourlyLoad#distinctHours()}, in its order), each busy more
     * than {@code breakEven} of that hour: what provisioned concurrency scheduled by the hour would keep (Application
     * Auto Scaling's scheduled actions; `auto` buys for an SLO the same way).
     */
    static int[] environmentsByHour(HourlyLoad load, double breakEven) {
        List<HourlyLoad.Hour> hours = load.distinctHours();
        int[] counts = new int[hours.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = paying(load, List.of(hours.get(i)), breakEven);
        }
        return counts;
    }

    /**
     * How many environments from the first are busy more than {@code breakEven} of {@code hours}' time together
     * (weighted by the month hours each stands for): environment k's share falls with k, so they are counted from
     * the first until one is not, walking Erlang's recurrence once ({@link ErlangLoss.Servers}, hour by hour)
     * rather than from B(0) for each k asked. None beyond the occupancy's last level is busy enough to ask.
     */
    private static int paying(HourlyLoad load, List<HourlyLoad.Hour> hours, double breakEven) {
        if (!(breakEven < 1)) {
            return 0;
        }
        int idle = 1;
        double weight = 0;
        for (HourlyLoad.Hour hour : hours) {
            idle = Math.max(idle, load.occupancy(hour).last() + 1);
            weight += hour.monthHours();
        }
        ErlangLoss.Servers[] servers = hours.stream().map(h -> new ErlangLoss.Servers(h.inFlight()))
                .toArray(ErlangLoss.Servers[]::new);
        for (int k = 0; k < idle; k++) {
            double busy = 0;
            for (int i = 0; i < servers.length; i++) {
                busy += hours.get(i).monthHours() * servers[i].nextBusyShare();
            }
            if (!(weight > 0 && busy / weight > breakEven)) {
                return k;
            }
        }
        return idle;
    }

    /**
     * What {@code environments} provisioned all month save a month: each hour, the GB-seconds they run, the load
     * they carry as the bill counts it ({@link ColdStartPlan#servedByKept}, the load built at the billed seconds),
     * move from the on-demand price to the running one, and every environment is billed configured.
     */
    static double saving(ColdStartPlan plan, int environments, double memoryGb, double configured, double running,
                         double onDemand) {
        int[] counts = new int[plan.load().distinctHours().size()];
        java.util.Arrays.fill(counts, environments);
        return saving(plan, counts, memoryGb, configured, running, onDemand);
    }

    /** The same with {@code environments[i]} in the i-th distinct hour. */
    static double saving(ColdStartPlan plan, int[] environments, double memoryGb, double configured, double running,
                         double onDemand) {
        List<HourlyLoad.Hour> hours = plan.load().distinctHours();
        double saved = 0;
        for (int i = 0; i < environments.length; i++) {
            HourlyLoad.Hour hour = hours.get(i);
            saved += hour.monthHours() * 3600 * memoryGb * ((onDemand - running)
                    * plan.servedByKept(hour, environments[i]) - configured * environments[i]);
        }
        return saved;
    }

    /**
     * The report's note: what the count all month saves (none where {@code environments} is 0), and where the hours'
     * loads differ enough, what scheduling the count by the hour saves, from the least to the most kept; and why.
     */
    static String note(int environments, double saved, int fewest, int most, double scheduled, double breakEven) {
        String allMonth = "provisioned concurrency bought for its price: " + Numbers.grouped(environments, 0)
                + " environments all month (platforms.lambda.provisioned_concurrency: " + environments + ")";
        String byHour = "scheduled by the hour (Application Auto Scaling, " + Numbers.grouped(fewest, 0) + " to "
                + Numbers.grouped(most, 0) + " environments)";
        String what = environments == 0
                ? "provisioned concurrency bought for its price, " + byHour + ", would save about "
                        + Money.format(scheduled) + " a month at this memory setting (one count all month saves "
                        + "nothing)"
                : scheduled >= saved + 0.01
                ? allMonth + " would save about " + Money.format(saved) + " a month at this memory setting, "
                        + byHour + " about " + Money.format(scheduled)
                : allMonth + " would save about " + Money.format(saved) + " a month at this memory setting";
        return what + ": an environment busy more than " + Numbers.significant(breakEven * 100, 2) + "% of the time "
                + "costs less provisioned than on demand (auto buys it only for a latency SLO)";
    }
}
