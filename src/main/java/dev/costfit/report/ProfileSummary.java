package dev.costfit.report;

import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Schedule;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;

/** One line that says what a profile asks for, for report headings. */
public final class ProfileSummary {

    private ProfileSummary() {
    }

    public static String describe(Profile p) {
        StringBuilder s = new StringBuilder();
        if (p.workload() instanceof Workload.Service service) {
            Traffic t = service.traffic();
            DurationProfile d = service.duration();
            s.append(t.rate().display()).append(" ").append(t.pattern().display());
            if (t.burst() > 1) {
                s.append(", burst ").append(Numbers.grouped(t.burst(), 2)).append("x");
            }
            s.append(" · ").append(d.mean().display()).append(" mean");
            if (!d.longestName().equals("mean")) {
                s.append(" (").append(d.longestName()).append(" ").append(d.longest().display()).append(")");
            }
        } else {
            Schedule sc = ((Workload.Job) p.workload()).schedule();
            s.append(sc.runs().display()).append(" runs × ").append(Numbers.count(sc.tasks(), "task")).append(" × ")
                    .append(sc.duration().display());
        }
        s.append(" · ").append(p.memory().display());
        p.vcpu().ifPresent(v -> s.append(", ").append(Numbers.grouped(v, 3)).append(" vCPU"));
        s.append(p.timeout().map(t -> " · timeout " + t.display()).orElse(" · no timeout"));
        p.gpu().ifPresent(g -> s.append(" · GPU ").append(g.count()).append("× ").append(g.type().spelling()));
        return s.toString();
    }
}
