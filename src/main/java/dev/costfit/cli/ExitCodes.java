package dev.costfit.cli;

/** The exit codes of DESIGN §1. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int POLICY = 3;

    private ExitCodes() {
    }
}
