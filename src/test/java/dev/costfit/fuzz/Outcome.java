package dev.costfit.fuzz;

/** How a case ended, in the order a case with several problems is counted (the first that applies). */
enum Outcome {
    CRASH("crash"), NON_FINITE("non-finite"), BAD_MESSAGE("bad-message"), SLOW("slow"),
    OK("ok"), EXIT2("exit2"), EXIT3("exit3");

    final String label;

    Outcome(String label) {
        this.label = label;
    }

    boolean failure() {
        return ordinal() < OK.ordinal();
    }
}
