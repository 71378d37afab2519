package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per outcome and, per failure signature, how many cases and the first of them. Thread-safe. */
final class Tally {

    /** A failure signature: how often it was seen, its first case, the slowest run. */
    static final class Group {
        final String signature;
        final FuzzCase first;
        final Verdict firstVerdict;
        long count;
        long maxMillis;
        String reproducer = "";

        Group(String signature, FuzzCase first, Verdict firstVerdict) {
            this.signature = signature;
            this.first = first;
            this.firstVerdict = firstVerdict;
        }
    }

    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<String> failureLines = new ArrayList<>();
    private final List<String> caseLines = new ArrayList<>();
    private final Map<String, Long> rejections = new java.util.HashMap<>();
    private long untimedFailures;
    private final List<FuzzCase> slowCases = new ArrayList<>();
    private final List<String> confirmedSlow = new ArrayList<>();
    private long slowestMillis;
    private long slowestCase = -1;

    /** Counts the case; true if it is the first of a new failure signature. */
    synchronized boolean add(FuzzCase c, Verdict v) {
        counts.merge(v.outcome(), 1L, Long::sum);
        caseLines.add(c.index() + "\t" + v.outcome().label + "\t" + v.millis() + "\t" + c.sample() + "\t"
                + c.invocation().command() + "\t" + c.invocation().format());
        if (v.millis() > slowestMillis) {
            slowestMillis = v.millis();
            slowestCase = c.index();
        }
        if (v.outcome() == Outcome.EXIT2) {
            String what = v.detail().length() > 70 ? v.detail().substring(0, 70) : v.detail();
            rejections.merge(what, 1L, Long::sum);
        }
        if (v.failsUntimed()) {
            untimedFailures++;
        } else if (v.failure()) {
            slowCases.add(c);
        }
        if (v.failure()) {
            boolean first = !groups.containsKey(v.signature());
            Group g = groups.computeIfAbsent(v.signature(), s -> new Group(s, c, v));
            g.count++;
            g.maxMillis = Math.max(g.maxMillis, v.millis());
            failureLines.add(c.index() + "\t" + v.outcome().label + "\t" + v.millis() + "\t" + v.signature());
            return first;
        }
        return false;
    }

    /** One line per case: number, outcome, milliseconds, sample, command, format. */
    synchronized List<String> caseLines() {
        return List.copyOf(caseLines);
    }

    /** The most frequent exit-2 messages (particulars left out), most frequent first. */
    synchronized List<String> topRejections(int n) {
        return rejections.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("%6d  %s", e.getValue(), e.getKey())).toList();
    }

    synchronized long count(Outcome o) {
        return counts.getOrDefault(o, 0L);
    }

    synchronized long failures() {
        return counts.entrySet().stream().filter(e -> e.getKey().failure()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Cases that finished but over the time limit: to be re-timed alone. */
    synchronized List<FuzzCase> slowCases() {
        return List.copyOf(slowCases);
    }

    /** A slow case that was slow again when re-timed alone. */
    synchronized void confirmSlow(FuzzCase c, Verdict again) {
        confirmedSlow.add("case " + c.index() + ": " + again.detail() + ": " + c.invocation());
    }

    synchronized List<String> confirmedSlow() {
        return List.copyOf(confirmedSlow);
    }

    /** The failures that count: every failure but slow runs that were fast when re-timed alone. */
    synchronized long failuresThatCount() {
        return untimedFailures + confirmedSlow.size();
    }

    synchronized long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized List<Group> groups() {
        return List.copyOf(groups.values());
    }

    synchronized List<String> failureLines() {
        return List.copyOf(failureLines);
    }

    /** "ok=… exit2=… exit3=… crash=… non-finite=… slow=… bad-message=…" */
    synchronized String countsLine() {
        StringBuilder out = new StringBuilder();
        for (Outcome o : List.of(Outcome.OK, Outcome.EXIT2, Outcome.EXIT3, Outcome.CRASH, Outcome.NON_FINITE,
                Outcome.SLOW, Outcome.BAD_MESSAGE)) {
            out.append(out.length() == 0 ? "" : " ").append(o.label).append('=').append(count(o));
        }
        return out.append(" (slow again alone=").append(confirmedSlow.size()).append(')').toString();
    }

    synchronized String slowest() {
        return slowestCase < 0 ? "-" : "case " + slowestCase + " (" + slowestMillis + " ms)";
    }
}
