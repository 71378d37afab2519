package dev.costfit.recommend;

import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.profile.Workload;
import dev.costfit.units.Money;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The recommendation at round values of cpu_time below the duration, for a service that calls an LLM API, or says
 * an instance serves several requests at once, but leaves cpu_time to its default. Without cpu_time costfit cannot
 * tell how CPU-bound a request is, and prices every platform as if the whole request kept a vCPU busy (DESIGN §3):
 * what Lambda bills anyway, but a container is then sized a vCPU per request in flight and a Cloud Run instance runs
 * one at a time, where an LLM call's wait burns none. The profile itself says its requests wait (on an LLM API, or
 * many to a server), so the answer may rest on the one figure it does not give; costfit does not guess that figure,
 * and the reasons say instead where stating it would change the answer (the break-even of cpu_time, on a ladder of
 * round values). An expert review (2026-12-07) found a service of 80 requests at once and no cpu_time recommended
 * at $7,341 a month, where 200 ms of CPU made it $92, and nothing in the reasons said so: it had no llm block.
 *
 * @param why      what in the profile says its requests wait, as the reason words it
 * @param ask      why stating cpu_time is worth it, for that kind of service
 * @param duration the profile's mean duration, seconds
 * @param values   the cpu_time values asked, seconds, from the largest down
 * @param answers  the platform recommended at each ("none" where none fits)
 * @param months   its platform cost a month at each (NaN where none fits)
 */
public record CpuTimeLadder(String why, String ask, double duration, List<Double> values, List<String> answers,
                            List<Double> months) {

    /** Round cpu_times, from 5 s down to 10 ms: each below the duration is asked. */
    private static final double[] ROUND = {5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01};

    /** The platform recommended at one cpu_time, and its platform cost a month (NaN where none fits). */
    public record Rung(String platform, double month) {}

    public CpuTimeLadder {
        values = List.copyOf(values);
        answers = List.copyOf(answers);
        months = List.copyOf(months);
    }

    /**
     * The ladder for a service that calls an LLM API or states a concurrency_per_instance above 1, and leaves
     * cpu_time to its default (not a pipeline, whose steps each have their own); empty for any other profile, or
     * where no round value lies below the duration.
     *
     * @param recommended the platform recommended for a profile (a search's answer) and its month
     */
    static Optional<CpuTimeLadder> of(Profile profile, Function<Profile, Rung> recommended) {
        boolean concurrent = !profile.defaulted(ProfileFormat.CONCURRENCY.path())
                && profile.concurrencyPerInstance() > 1;
        if (!(profile.workload() instanceof Workload.Service) || profile.cpuModel()
                || (profile.llm().isEmpty() && !concurrent) || profile.glue().pipeline().isPresent()) {
            return Optional.empty();
        }
        boolean llm = profile.llm().isPresent();
        String why = llm ? "calls an LLM API"
                : "has an instance serve " + profile.concurrencyPerInstance() + " requests at once";
        String ask = llm ? "a service that waits on an LLM API spends tens to hundreds of milliseconds on the CPU"
                : "a server that holds many requests at once spends most of each waiting on I/O, and tens to "
                + "hundreds of milliseconds on the CPU";
        double duration = profile.meanDuration().seconds();
        List<Double> values = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Double> months = new ArrayList<>();
        for (double v : ROUND) {
            if (v < duration * (1 - 1e-9)) {
                Profile stated = SweepVariable.CPU_TIME.apply(profile, v);
                if (stated.consistent()) {
                    Rung rung = recommended.apply(stated);
                    values.add(v);
                    answers.add(rung.platform());
                    months.add(rung.month());
                }
            }
        }
        return values.isEmpty() ? Optional.empty()
                : Optional.of(new CpuTimeLadder(why, ask, duration, values, answers, months));
    }

    /**
     * The reason: that the profile leaves cpu_time out, and what each run of round values gives, from the least up,
     * with its months at the values asked ("with cpu_time of 500 ms or less, AWS Fargate ($52.10 to $635.16 a month)
     * would be recommended; from 1 s to 2 s, Lambda Managed Instances (...); at 5 s, AWS Lambda (...), as now"), or
     * that none changes the answer.
     */
    String reason(String recommended, Reasons.PlatformNames names) {
        String lead = "the profile " + why + " but leaves cpu_time to its default: every platform is priced as if "
                + "a request kept a vCPU busy for all of its " + TimeSpan.ofSeconds(duration).display() + ", which "
                + "AWS Lambda bills anyway but a container or a Cloud Run instance that holds many waiting requests "
                + "need not; ";
        String stating = " (state cpu_time: " + ask + ")";
        int n = values.size();
        if (answers.stream().allMatch(recommended::equals)) {
            return lead + "stating it would not change the answer (any cpu_time from " + shown(n - 1) + " to "
                    + shown(0) + " asked)";
        }
        StringBuilder runs = new StringBuilder();
        int i = n - 1;
        while (i >= 0) {
            int top = i;
            while (top > 0 && answers.get(top - 1).equals(answers.get(i))) {
                top--;
            }
            String who = names.of(answers.get(i)) + monthsOf(top, i)
                    + (answers.get(i).equals(recommended) ? ", as now" : "");
            if (i == n - 1) {
                runs.append("with cpu_time of ").append(shown(top)).append(" or less, ").append(who)
                        .append(" would be recommended");
            } else {
                runs.append("; ").append(top == i ? "at " + shown(i) : "from " + shown(i) + " to " + shown(top))
                        .append(", ").append(who);
            }
            i = top - 1;
        }
        return lead + runs + stating;
    }

    /** " ($52.10 to $635.16 a month)": its months over the rungs from {@code top} to {@code bottom}, where it fits. */
    private String monthsOf(int top, int bottom) {
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (int i = top; i <= bottom; i++) {
            least = Math.min(least, months.get(i));
            most = Math.max(most, months.get(i));
        }
        if (!(least <= most)) {
            return "";
        }
        String low = Money.format(least);
        String high = Money.format(most);
        return " (" + (low.equals(high) ? low : low + " to " + high) + " a month)";
    }

    private String shown(int i) {
        return TimeSpan.ofSeconds(values.get(i)).display();
    }
}
