package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.LongestRequest;
import dev.costfit.model.RequestTime;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two limits every setting of every platform is held to once the CPU model is on (DESIGN §3): the longest
 * request still ends within the profile's timeout, and the mean request is at most latency.max_slowdown slower
 * than measured. Where the longest stated is a p95 or p99, which bounds no request, the timeout also holds the share
 * of requests the fitted log-normal puts past it: at most 0.1% more than as measured
 * ({@link LongestRequest#endWithinOwnTimeout}; the share as measured is the profile's own, stopped by its timeout
 * already). Both are hard: a setting that breaks them is not one the team would deploy. A job that states no
 * timeout has none of its own: its task is held on each setting to the platform's maximum run time instead
 * ({@link RunLimit}), where the platform has one.
 */
final class SpeedLimits {

    private SpeedLimits() {
    }

    /**
     * @param vcpu    the CPU the request's CPU part gets on this setting
     * @param setting what names the setting (a platform's id and its size), the same wherever {@code named} is
     * @param named   the setting as the checks' texts name it ("1 vCPU / 2 GB tasks"), written when a report reads
     *                them: a search reads whether the checks pass
     * @param most    the platform's maximum run time, which holds a job that states no timeout (none on containers
     *                that take no work from a queue)
     * @return the checks, worked out once per search ({@link dev.costfit.pricing.Reused}): no rate changes them
     */
    static List<LimitCheck> check(Profile profile, PricingContext context, RequestTime time, double vcpu,
                                  List<?> setting, Supplier<String> named, Optional<RunLimit> most) {
        if (!time.cpuModel()) {
            return List.of();
        }
        LongestRequest requests = LongestRequest.of(profile);
        return context.reused().get(List.of("speed-limits", time, vcpu, setting, profile.maxSlowdown(),
                profile.timeout(), most, requests), () -> List.copyOf(check(profile, time, vcpu, named, most,
                requests)));
    }

    private static List<LimitCheck> check(Profile profile, RequestTime time, double vcpu, Supplier<String> named,
                                          Optional<RunLimit> most, LongestRequest requests) {
        List<LimitCheck> checks = new ArrayList<>();
        double slowdown = time.slowdownAt(vcpu);
        double max = profile.maxSlowdown().fraction();
        checks.add(LimitCheck.of(slowdown <= max + 1e-9, LimitCheck.Severity.HARD, "latency (max_slowdown)",
                () -> TimeSpan.ofSeconds(time.workAt(vcpu)).display() + " at " + named.get() + " ("
                        + Numbers.grouped(time.share(vcpu), 3) + " vCPU for " + TimeSpan.ofSeconds(time.cpu())
                        .display() + " of CPU), " + percent(slowdown) + " slower than measured",
                () -> "at most " + percent(max) + " slower (latency.max_slowdown)",
                "a setting with more CPU, or raise latency.max_slowdown if slower requests are acceptable"));
        // The work alone: a floor that outlasts the timeout (a slow stream) is the platform's own check, with its
        // own workaround; more CPU would not help it.
        double longest = time.longestWorkAt(vcpu);
        if (profile.timeout().isPresent()) {
            TimeSpan timeout = profile.timeout().get();
            // A p95 or p99 bounds no request: the timeout stops those the setting's slower speed pushes past it.
            LongestRequest atSetting = requests.at(longest);
            LongestRequest measured = time.asMeasured(requests);
            checks.add(LimitCheck.of(atSetting.endWithinOwnTimeout(timeout.seconds(), measured),
                    LimitCheck.Severity.HARD, "timeout at this setting", () -> TimeSpan.ofSeconds(longest).display()
                            + (atSetting.bounds() ? " (the longest request at " + named.get() + ")" : " (the "
                            + requests.figure() + " at " + named.get() + "; no max is stated, and "
                            + atSetting.beyond(timeout.seconds()) + ", "
                            + LongestRequest.share(measured.shareBeyond(timeout.seconds())) + " as measured)"),
                    () -> timeout.display() + " (timeout" + (atSetting.bounds() ? ")" : "; at most "
                            + Numbers.significant(LongestRequest.NEGLIGIBLE * 100, 1) + "% more past it than as "
                            + "measured)"),
                    "a setting with more CPU, or a longer timeout"));
        } else if (most.isPresent() && time.longest() <= most.get().most().seconds() * (1 + 1e-9)) {
            // A task longer than the limit even at a whole vCPU fits no setting: the platform's own check says so
            // once (RunLimit#check, DeliveryLimits for a queue's), not every setting again.
            RunLimit limit = most.get();
            checks.add(LimitCheck.of(longest <= limit.most().seconds() * (1 + 1e-9), LimitCheck.Severity.HARD,
                    RunLimit.RUN_TIME + " at this setting", () -> TimeSpan.ofSeconds(longest).display()
                            + " (a task at " + named.get() + ")", () -> limit.most().display() + " (" + limit.what()
                            + "; no timeout stated)", "a setting with more CPU"));
        }
        return checks;
    }

    private static String percent(double fraction) {
        return Numbers.grouped(fraction * 100, 0) + "%";
    }
}
