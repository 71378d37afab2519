package dev.costfit.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run must do whatever the input: exit 0, 2 or 3; no stack trace and no "internal error"; no Infinity, NaN or
 * ∞ (unless the input itself holds that word and costfit merely quotes it); on exit 2 a message that points at
 * file:line:col (a line the file has) or names the option at fault, and no report; exit 3 only with --fail-on; and
 * all of it within the time limit.
 */
final class Judge {

    private static final Pattern LOCATION = Pattern.compile("^(.+?):(\\d+):(\\d+): ");
    /**
     * Problems of a whole file, which has no line to point at: it holds no profile (BadProfilesTest's
     * empty-file.yaml), or it is larger than costfit reads (YamlLoaderTest; a mutation can grow a file past 1 MiB).
     */
    private static final Pattern WHOLE_FILE = Pattern.compile(
            "^(.+?): (?:the file holds no profile$|the file is \\d+ bytes; costfit reads files of at most )");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");
    private static final Pattern NON_FINITE = Pattern.compile("(?<![A-Za-z])(NaN|Infinity)(?![A-Za-z])|∞");
    private static final Pattern JSON_KEY = Pattern.compile("\"([^\"]{1,60})\"\\s*:\\s*[^:]*$");
    /** A stack frame, an exception's name, or the CLI's "internal error" (literal prefixes: linear on any text). */
    private static final Pattern TRACE = Pattern.compile(
            "internal error|Exception|Error: |\\bat (?:dev\\.costfit|java|jdk|picocli|com\\.fasterxml|org)\\.[\\w$.]{1,200}\\(");

    private final long limitMillis;
    private final boolean byCpu;

    /** @param byCpu hold the run's CPU time to the limit instead of its wall time (see CaseRunner.alone) */
    Judge(long limitMillis, boolean byCpu) {
        this.limitMillis = limitMillis;
        this.byCpu = byCpu;
    }

    Verdict judge(RunInput input, CliResult run) {
        String command = input.command() + " --format " + input.format();
        if (!run.finished()) {
            return new Verdict(Outcome.SLOW, "did not finish within " + run.millis() + " ms (stopped)", "hung",
                    "slow | " + input.command() + " | did not finish", run.millis(), run.exitCode());
        }
        if (run.exitCode() != 0 && run.exitCode() != 2 && run.exitCode() != 3) {
            return crash(input, run);
        }
        String all = run.out() + "\n" + run.err() + "\n" + run.outFile();
        Matcher trace = TRACE.matcher(all);
        if (trace.find() && !input.inputContains(trace.group().trim())) {
            return new Verdict(Outcome.CRASH, "exit " + run.exitCode() + " with '" + trace.group().trim()
                    + "' in the output: " + lineAround(all, trace.start()), "trace-in-output",
                    "crash | trace in output | " + command, run.millis(), run.exitCode());
        }
        Optional<Verdict> nonFinite = nonFinite(input, run, command);
        if (nonFinite.isPresent()) {
            return nonFinite.get();
        }
        Optional<Verdict> message = message(input, run, command);
        if (message.isPresent()) {
            return message.get();
        }
        if ((byCpu ? run.cpuMillis() : run.millis()) > limitMillis) {
            return new Verdict(Outcome.SLOW, "took " + run.millis() + " ms, " + run.cpuMillis() + " ms of CPU (limit "
                    + limitMillis + " ms" + (byCpu ? " of CPU" : "") + "), exit " + run.exitCode(), "slow",
                    "slow | " + input.command(), run.millis(), run.exitCode());
        }
        if (run.exitCode() == 2) {
            String first = run.err().lines().findFirst().orElse("");
            return new Verdict(Outcome.EXIT2, normalised(first.replaceFirst("^\\S+?:\\d+:\\d+: ", "")), "exit2",
                    "exit2", run.millis(), run.exitCode());
        }
        Outcome outcome = run.exitCode() == 0 ? Outcome.OK : Outcome.EXIT3;
        return new Verdict(outcome, "", outcome.label, outcome.label, run.millis(), run.exitCode());
    }

    private static Verdict crash(RunInput input, CliResult run) {
        Throwable t = run.thrown() == null ? null : Frames.origin(run.thrown());
        if (t == null) {
            String first = run.err().lines().findFirst().orElse("");
            return new Verdict(Outcome.CRASH, "exit " + run.exitCode() + ": " + first, "exit " + run.exitCode(),
                    "crash | exit " + run.exitCode() + " | " + normalised(first), run.millis(), run.exitCode());
        }
        String key = t.getClass().getSimpleName() + " from " + Frames.firstCostfitMethod(t);
        return new Verdict(Outcome.CRASH, "exit " + run.exitCode() + ": " + Frames.describe(t), key,
                "crash | " + key + " | top " + Frames.top(t).replaceAll(":\\d+\\)", ")") + " | " + input.command(),
                run.millis(), run.exitCode());
    }

    private static Optional<Verdict> nonFinite(RunInput input, CliResult run, String command) {
        for (Map.Entry<String, String> stream : List.of(Map.entry("stdout", run.out()), Map.entry("stderr",
                run.err()), Map.entry("--out file", run.outFile()))) {
            Matcher m = NON_FINITE.matcher(stream.getValue());
            while (m.find()) {
                String token = m.group();
                if (input.inputContains(token)) {
                    continue;
                }
                String text = stream.getValue();
                String where = input.format().equalsIgnoreCase("json") ? jsonKey(text, m.start())
                        : normalised(text.substring(Math.min(m.start(), Math.max(text.lastIndexOf('\n',
                        m.start() - 1) + 1, m.start() - 40)), m.start()));
                return Optional.of(new Verdict(Outcome.NON_FINITE, "'" + token + "' on " + stream.getKey() + " of "
                        + command + ", exit " + run.exitCode() + ": " + lineAround(text, m.start()),
                        "non-finite " + input.format(), "non-finite | " + command + " | " + stream.getKey() + " | "
                        + where, run.millis(), run.exitCode()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Verdict> message(RunInput input, CliResult run, String command) {
        if (run.exitCode() == 3 && !input.failOn()) {
            return bad("exit 3 without --fail-on", run, command);
        }
        if (run.exitCode() != 2) {
            if (run.out().isBlank() && !input.args().contains("--out")) {
                return bad("exit " + run.exitCode() + " and no report", run, command);
            }
            return Optional.empty();
        }
        if (!run.out().isEmpty()) {
            return bad("exit 2 after writing to stdout", run, command);
        }
        boolean located = false;
        boolean option = false;
        for (String line : run.err().lines().toList()) {
            Matcher whole = WHOLE_FILE.matcher(line);
            if (whole.find() && input.texts().containsKey(whole.group(1))) {
                located = true;
            }
            Matcher m = LOCATION.matcher(line);
            if (m.find() && input.texts().containsKey(m.group(1))) {
                int lineNo = Integer.parseInt(m.group(2));
                int lines = lineCount(input.texts().get(m.group(1)));
                if (lineNo < 1 || lineNo > lines + 1 || Integer.parseInt(m.group(3)) < 1) {
                    return bad("exit 2 pointing past the end of the file", "line " + lineNo + " of a file of "
                            + lines + " lines", run, command);
                }
                located = true;
            }
            option |= OPTION.matcher(line).find();
        }
        if (!located && !option) {
            return bad("exit 2 without file:line:col or an option", run, command);
        }
        return Optional.empty();
    }

    private static Optional<Verdict> bad(String what, CliResult run, String command) {
        return bad(what, "", run, command);
    }

    private static Optional<Verdict> bad(String what, String particulars, CliResult run, String command) {
        String first = run.err().lines().filter(l -> !l.startsWith("costfit: ")).findFirst()
                .orElse(run.err().lines().findFirst().orElse(""));
        return Optional.of(new Verdict(Outcome.BAD_MESSAGE, what + (particulars.isEmpty() ? "" : " (" + particulars
                + ")") + ": " + Visible.of(first), what,
                "bad-message | " + what + " | " + normalised(first), run.millis(), run.exitCode()));
    }

    /** Lines as an editor counts them: \n, \r\n and \r break lines; U+2028, U+2029 and NEL do not. */
    static int lineCount(String text) {
        return text.split("\r\n|\r|\n", -1).length;
    }

    private static String jsonKey(String text, int at) {
        Matcher key = JSON_KEY.matcher(text.substring(Math.max(0, at - 200), at));
        return key.find() ? "\"" + key.group(1) + "\"" : "?";
    }

    private static String lineAround(String text, int at) {
        int start = Math.min(at, Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 80));
        int end = text.indexOf('\n', at);
        end = Math.min(end < 0 ? text.length() : end, at + 80);
        return Visible.of(text.substring(start, end).strip());
    }

    /** A message without its particulars: paths, numbers and quoted values replaced, so that alike ones group. */
    static String normalised(String text) {
        String s = text.replaceAll("\\S*/(profile|base)\\.yaml", "FILE").replaceAll("'[^']*'", "'_'")
                .replaceAll("[0-9][0-9.,]*", "#").replaceAll("\\s+", " ").strip();
        return Visible.of(s.length() > 90 ? s.substring(0, 90) : s);
    }
}
