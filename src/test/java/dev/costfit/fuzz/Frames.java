package dev.costfit.fuzz;

import java.util.Arrays;
import java.util.Optional;

/** Where an exception came from: its top frame and the first frame in costfit's own code. */
final class Frames {

    private Frames() {
    }

    /**
     * The exception whose stack says where things went wrong: a parallel stream rethrows a worker's exception as a
     * copy made by reflection, with the original as its cause; the innermost cause is the one thrown in costfit.
     */
    static Throwable origin(Throwable t) {
        Throwable origin = t;
        while (origin.getCause() != null && origin.getCause() != origin) {
            origin = origin.getCause();
        }
        return origin;
    }

    static String top(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "?" : frame(trace[0]);
    }

    /** The first frame in dev.costfit, outside the fuzzer: the line of costfit where things went wrong. */
    static String firstCostfit(Throwable t) {
        return costfitFrame(t).map(Frames::frame).orElse("?");
    }

    static String firstCostfitMethod(Throwable t) {
        return costfitFrame(t).map(f -> shortClass(f.getClassName()) + "." + f.getMethodName()).orElse("?");
    }

    private static Optional<StackTraceElement> costfitFrame(Throwable t) {
        return Arrays.stream(t.getStackTrace())
                .filter(f -> f.getClassName().startsWith("dev.costfit.") && !f.getClassName().startsWith("dev.costfit.fuzz."))
                .findFirst();
    }

    static String frame(StackTraceElement f) {
        return shortClass(f.getClassName()) + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")";
    }

    private static String shortClass(String name) {
        return name.replaceFirst("^dev\\.costfit\\.", "");
    }

    /** The exception in one line: class, message, top frame and first costfit frame. */
    static String describe(Throwable thrown) {
        Throwable t = origin(thrown);
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        return t.getClass().getName() + (message.isEmpty() ? "" : ": " + message) + " at " + top(t)
                + (top(t).equals(firstCostfit(t)) ? "" : ", from " + firstCostfit(t));
    }
}
