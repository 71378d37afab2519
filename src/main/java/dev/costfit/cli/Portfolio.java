package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.ProfileResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Evaluates many profiles on {@code jobs} threads and hands the results on in input order, a part at a time, with
 * at most a few parts in flight: a portfolio of any size runs in flat memory, and the output is the same bytes
 * whatever the number of jobs (the engine is pure, each profile's result depends on that profile alone).
 */
final class Portfolio {

    /**
     * Profiles per part handed on: large enough to keep every thread busy, small enough to stream. The results in
     * flight (up to two parts, and the part being gathered) are what every young collection copies: with 64 a
     * part, 10,000 generated profiles paused 0.93 s for their 172 collections, with 16 0.56–0.61 s (2026-12-05,
     * 2 jobs; 20,000 profiles 29.2 → 27.9 s wall, medians of three, the same bytes).
     */
    static final int PART = 16;

    private final int jobs;

    Portfolio(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.jobs = jobs;
    }

    /** Every result, in input order. */
    List<ProfileResult> evaluateAll(List<Profile> profiles, Function<Profile, ProfileResult> evaluate) {
        List<ProfileResult> all = new ArrayList<>(profiles.size());
        evaluate(profiles, evaluate, all::addAll);
        return all;
    }

    /** Calls {@code each} on the calling thread with consecutive parts of the results, in input order. */
    void evaluate(List<Profile> profiles, Function<Profile, ProfileResult> evaluate,
                  Consumer<List<ProfileResult>> each) {
        if (jobs == 1) {
            for (int from = 0; from < profiles.size(); from += PART) {
                // A part's profiles taken at once, then priced (the bursts below).
                each.accept(List.copyOf(profiles.subList(from, Math.min(profiles.size(), from + PART))).stream()
                        .map(evaluate).toList());
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "costfit-evaluate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<ProfileResult>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = Math.max(2 * PART, 4 * jobs);
            List<ProfileResult> part = new ArrayList<>(PART);
            while (next < profiles.size() || !inFlight.isEmpty()) {
                // Refilled in bursts, half a window at a time, on this thread (otherwise waiting for results): a
                // portfolio too large to keep reads each profile again when asked for it (RunInputs), and a burst
                // of readings keeps the YAML parser's code and data warm. One reading at a time, on the jobs'
                // threads between pricings, took 1.3 s more CPU for 12,000 profiles (54.1 against 52.8 s, three
                // runs each, linked profiles, which the launcher then ran with C1 alone).
                if (inFlight.size() <= window / 2) {
                    while (next < profiles.size() && inFlight.size() < window) {
                        Profile profile = profiles.get(next++);
                        inFlight.add(pool.submit(() -> evaluate.apply(profile)));
                    }
                }
                part.add(result(inFlight.poll()));
                if (part.size() == PART) {
                    each.accept(List.copyOf(part));
                    part.clear();
                }
            }
            if (!part.isEmpty()) {
                each.accept(List.copyOf(part));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result, or what the evaluation threw, unwrapped, so errors read the same as with one job. */
    private static ProfileResult result(Future<ProfileResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating profiles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
