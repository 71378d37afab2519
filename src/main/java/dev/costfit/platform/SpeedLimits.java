package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.RequestTime;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The two limits every setting of every platform is held to once the CPU model is on (DESIGN §3): the longest
 * request still ends within the profile's timeout, and the mean request is at most latency.max_slowdown slower
 * than measured. Both are hard: a setting that breaks them is not one the team would deploy.
 */
final class SpeedLimits {

    private SpeedLimits() {
    }

    /**
     * @param vcpu    the CPU the request's CPU part gets on this setting
     * @param setting what names the setting (a platform's id and its size), the same wherever {@code named} is
     * @param named   the setting as the checks' texts name it ("1 vCPU / 2 GB tasks"), written when a report reads
     *                them: a search reads whether the checks pass
     * @return the checks, worked out once per search ({@link dev.costfit.pricing.Reused}): no rate changes them
     */
    static List<LimitCheck> check(Profile profile, PricingContext context, RequestTime time, double vcpu,
                                  List<?> setting, Supplier<String> named) {
        if (!time.cpuModel()) {
            return List.of();
        }
        return context.reused().get(List.of("speed-limits", time, vcpu, setting, profile.maxSlowdown(),
                profile.timeout()), () -> List.copyOf(check(profile, time, vcpu, named)));
    }

    private static List<LimitCheck> check(Profile profile, RequestTime time, double vcpu, Supplier<String> named) {
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
        checks.add(LimitCheck.of(longest <= profile.timeout().seconds() * (1 + 1e-9), LimitCheck.Severity.HARD,
                "timeout at this setting", () -> TimeSpan.ofSeconds(longest).display() + " (the longest request at "
                        + named.get() + ")", () -> profile.timeout().display() + " (timeout)",
                "a setting with more CPU, or a longer timeout"));
        return checks;
    }

    private static String percent(double fraction) {
        return Numbers.grouped(fraction * 100, 0) + "%";
    }
}
